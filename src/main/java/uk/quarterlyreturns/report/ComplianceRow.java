package uk.quarterlyreturns.report;

/**
 * One service's line in the compliance statement.
 *
 * @param firstSubmitted when it was first submitted, London time, e.g. "23 Oct 2017 14:05", or "Not in"
 * @param timeliness     "On time", "Late" or "Not in"
 */
public record ComplianceRow(String service, String director, String status, String firstSubmitted,
                            String timeliness, int remindersSent, int escalations) {
}
