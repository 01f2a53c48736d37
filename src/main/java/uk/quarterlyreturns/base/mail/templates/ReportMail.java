package uk.quarterlyreturns.base.mail.templates;

import java.time.ZonedDateTime;

/**
 * What an email about the compiled corporate report says. Fields an email does not use may be null.
 *
 * @param recipientName who the email greets; null greets nobody by name
 * @param title e.g. "Quarter 2 Corporate Performance Report 2017/18"; always needed
 * @param quarterName the report's quarter, e.g. "Q2 2017/18", which its subject leads with; always needed
 * @param version 1 for the first publication, N+1 for each correction
 * @param summary e.g. "54% on track, 25% off track, 16% at risk, 5% missing"; shown when known
 * @param changeNote what a correction changed; shown in REPORT_FOR_APPROVAL and REPORT_PUBLISHED when the version is
 *                   above 1
 * @param comment the chief executive's comments, needed by REPORT_RETURNED; why nobody can approve the report, needed
 *                by REPORT_NOBODY_APPROVES
 * @param link absolute http(s) address of the report; always needed
 * @param returnedAt when the chief executive returned the version with the comments a revised report answers, for
 *                   REPORT_FOR_APPROVAL; null for a report not returned before
 */
public record ReportMail(String recipientName, String title, String quarterName, int version, String summary, String changeNote,
        String comment, String link, ZonedDateTime returnedAt) {

    /** A mail about a report not returned before. */
    public ReportMail(String recipientName, String title, String quarterName, int version, String summary,
            String changeNote, String comment, String link) {
        this(recipientName, title, quarterName, version, summary, changeNote, comment, link, null);
    }
}
