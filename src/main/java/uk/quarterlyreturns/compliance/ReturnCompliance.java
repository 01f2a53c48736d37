package uk.quarterlyreturns.compliance;

import java.time.Instant;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ServiceReturn;

/**
 * One service's return as compliance sees it.
 *
 * @param pastDeadline whether the cycle's deadline had gone by when the return was read
 */
public record ReturnCompliance(long returnId, long serviceId, String service, String directorate, String director,
        ReturnStatus status, Instant firstSubmittedAt, boolean onTime, boolean overdue, boolean pastDeadline,
        long daysToDeadline, int remindersSent, int escalations, Instant lastChased, Instant lastActivity) {

    public boolean isIn() {
        return firstSubmittedAt != null;
    }

    /** Whether the report prints what the return holds: see {@link ServiceReturn#reported(Instant, ReturnStatus)}. */
    public boolean reported() {
        return ServiceReturn.reported(firstSubmittedAt, status);
    }

    /** As {@link ServiceReturn#chaseable}: not in yet, or sent back or reopened after it was in. */
    public boolean chaseable() {
        return ServiceReturn.chaseable(firstSubmittedAt, status);
    }

    /**
     * Owed past the deadline: not in yet (overdue), or sent back or reopened and not yet submitted again. Each is
     * owed now and late, so a chase of the late ones takes them all; one in on time and sent back is still in for
     * timeliness ({@link #onTime}).
     */
    public boolean owedLate() {
        return chaseable() && pastDeadline;
    }
}
