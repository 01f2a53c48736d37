package uk.quarterlyreturns.people;

import java.time.Instant;
import java.time.LocalDate;

/** A deputy named for a service for the days from startsOn to endsOn, both included. */
public record Delegation(long id, long serviceId, String deputy, LocalDate startsOn, LocalDate endsOn,
                         String createdBy, Instant createdAt, String endedBy, Instant endedAt, boolean withdrawn) {

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
