package uk.quarterlyreturns.report;

import java.time.Instant;

/**
 * One service's return for the quarter, as the compliance statement lists it.
 *
 * @param status           the return's state in words, e.g. "Accepted"
 * @param firstSubmittedAt when it was first submitted (this decides on time or late), or null if not in
 * @param onTime           whether it was in by the deadline
 */
public record ServiceCompliance(String service, String director, String status, Instant firstSubmittedAt,
                                boolean onTime, int remindersSent, int escalations) {
}
