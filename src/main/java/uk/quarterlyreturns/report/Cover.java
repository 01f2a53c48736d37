package uk.quarterlyreturns.report;

/**
 * The report's front page.
 *
 * @param title       e.g. "Quarter (2) Corporate Performance Report 2017/18"
 * @param statusText  "Draft", "Awaiting approval" or "Approved by NAME on 21 November 2017"
 * @param versionText e.g. "Version 2"
 * @param changeNote  why this version replaces the last, or null
 * @param cabinet     the cover report for Cabinet as entered (never null; empty when nothing was entered)
 * @param meetingDate the meeting's date in words, "21 November 2017", or null
 * @param keyDecision "Yes", "No", or null when not said
 * @param compiledText "Compiled on 17 October 2017", on the application's clock, or null when not known
 */
public record Cover(String organisation, String title, String period, ReportStatus status,
                    String statusText, int version, String versionText, String changeNote,
                    CabinetCover cabinet, String meetingDate, String keyDecision, String compiledText) {

    /** Whether a cover report for Cabinet is printed before the report. */
    public boolean hasCabinetCover() {
        return cabinet != null && !cabinet.isEmpty();
    }

    /** The cover report's title, the report's own when none was entered. */
    public String cabinetTitle() {
        return cabinet == null || cabinet.title() == null ? title : cabinet.title();
    }
}
