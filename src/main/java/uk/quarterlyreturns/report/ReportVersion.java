package uk.quarterlyreturns.report;

import java.time.Instant;

/**
 * A stored version of a cycle's report; an approved one is frozen. Its hashes are of the files as stored: an approved
 * version's are of the files published, printed again at publication with who approved it and when.
 *
 * @param decided the files the chief executive's decision was made on; null hashes until decided (and for a version
 *     decided before they were kept)
 */
public record ReportVersion(long id, long cycleId, int version, ReportStatus status, Instant compiledAt,
        String pdfSha256, String xlsxSha256, String changeNote, String decidedBy, Instant decidedAt,
        String decisionNote, DecidedCopy decided) {

    /**
     * The hashes of the files as they were put before the chief executive (the database keeps when they were compiled,
     * too, and approves the version only while its files are still those).
     */
    public record DecidedCopy(String pdfSha256, String xlsxSha256) {
    }
}
