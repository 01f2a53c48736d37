package uk.quarterlyreturns.people;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A deputy named for a service for the days from startsOn to endsOn, both included, covering the director in post
 * when named (namedFor; null when the post was empty). endReason says why it ended when not by hand.
 */
public record Delegation(long id, long serviceId, String deputy, LocalDate startsOn, LocalDate endsOn,
                         String createdBy, Instant createdAt, String endedBy, Instant endedAt, boolean withdrawn,
                         String namedFor, String endReason) {

    public DelegationState state(LocalDate today) {
        if (withdrawn) {
            return DelegationState.WITHDRAWN;
        }
        if (endsOn.isBefore(today)) {
            return DelegationState.PAST;
        }
        return startsOn.isAfter(today) ? DelegationState.COMING : DelegationState.CURRENT;
    }
}
