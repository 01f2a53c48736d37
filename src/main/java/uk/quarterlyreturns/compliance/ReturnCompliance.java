package uk.quarterlyreturns.compliance;

import java.time.Instant;
import uk.quarterlyreturns.returns.ReturnStatus;

/** One service's return as compliance sees it. */
public record ReturnCompliance(long returnId, long serviceId, String service, String directorate, String director,
        ReturnStatus status, Instant firstSubmittedAt, boolean onTime, boolean overdue, long daysToDeadline,
        int remindersSent, int escalations, Instant lastChased, Instant lastActivity) {

    public boolean isIn() {
        return firstSubmittedAt != null;
    }

    /** Not in yet, or sent back after it was in: the service has work to do and may be chased. */
    public boolean chaseable() {
        return !isIn() || status == ReturnStatus.SENT_BACK;
    }
}
