package uk.quarterlyreturns.people;

/** A deputy's delegation for a service was ended or withdrawn: steps offered to them by name may be taken back. */
public record DeputyEnded(long serviceId, String deputy) {
}
