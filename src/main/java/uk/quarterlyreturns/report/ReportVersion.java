package uk.quarterlyreturns.report;

import java.time.Instant;

/** A stored version of a cycle's report; an approved one is frozen. */
public record ReportVersion(long id, long cycleId, int version, ReportStatus status, Instant compiledAt,
        String pdfSha256, String xlsxSha256, String changeNote, String decidedBy, Instant decidedAt,
        String decisionNote) {
}
