package uk.quarterlyreturns.report;

/**
 * The report's front page.
 *
 * @param title       e.g. "Quarter (2) Corporate Performance Report 2017/18"
 * @param statusText  "Draft", "Awaiting approval" or "Approved by NAME on 21 November 2017"
 * @param versionText e.g. "Version 2"
 * @param changeNote  why this version replaces the last, or null
 */
public record Cover(String organisation, String title, String period, ReportStatus status,
                    String statusText, int version, String versionText, String changeNote) {
}
