package uk.quarterlyreturns.report;

import java.time.Instant;

/**
 * One service's return for the quarter, as the compliance statement lists it.
 *
 * @param status           the return's state in words, e.g. "Accepted"
 * @param firstSubmittedAt when it was first submitted (this decides on time or late), or null if not in
 * @param onTime           whether it was in by its deadline (its own: an agreed extension, or the cycle's)
 * @param extendedTo       the extension agreed for the return, or null when it had none
 */
public record ServiceCompliance(String service, String director, String status, Instant firstSubmittedAt,
                                boolean onTime, int remindersSent, int escalations, Instant extendedTo) {

    /** A return with no extension agreed. */
    public ServiceCompliance(String service, String director, String status, Instant firstSubmittedAt,
            boolean onTime, int remindersSent, int escalations) {
        this(service, director, status, firstSubmittedAt, onTime, remindersSent, escalations, null);
    }
}
