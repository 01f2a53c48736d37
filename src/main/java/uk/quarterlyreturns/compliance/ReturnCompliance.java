package uk.quarterlyreturns.compliance;

import java.time.Instant;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ServiceReturn;

/**
 * One service's return as compliance sees it.
 *
 * @param pastDeadline whether the return's own deadline had gone by when the return was read
 * @param extendedTo the extension agreed for this return (its own deadline then), or null when it has none
 * @param extensionReason why the extension was agreed, or null
 */
public record ReturnCompliance(long returnId, long serviceId, String service, String directorate, String director,
        ReturnStatus status, Instant firstSubmittedAt, boolean onTime, boolean overdue, boolean pastDeadline,
        long daysToDeadline, int remindersSent, int escalations, Instant lastChased, Instant lastActivity,
        Instant extendedTo, String extensionReason) {

    /** A return with no extension agreed. */
    public ReturnCompliance(long returnId, long serviceId, String service, String directorate, String director,
            ReturnStatus status, Instant firstSubmittedAt, boolean onTime, boolean overdue, boolean pastDeadline,
            long daysToDeadline, int remindersSent, int escalations, Instant lastChased, Instant lastActivity) {
        this(returnId, serviceId, service, directorate, director, status, firstSubmittedAt, onTime, overdue,
                pastDeadline, daysToDeadline, remindersSent, escalations, lastChased, lastActivity, null, null);
    }

    /** The return's own deadline: see {@link ServiceReturn#deadline(Instant, Instant)}. */
    public Instant deadline(Instant cycleDeadline) {
        return ServiceReturn.deadline(extendedTo, cycleDeadline);
    }

    public boolean isExtended() {
        return extendedTo != null;
    }

    /** Not in, and its agreed extension runs past a moment (a draft's): not yet due then, whatever the cycle's. */
    public boolean notYetDue(Instant at) {
        return !isIn() && isExtended() && at.isBefore(extendedTo);
    }

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
