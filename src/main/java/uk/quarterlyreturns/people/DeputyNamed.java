package uk.quarterlyreturns.people;

/** A deputy was named for a service: steps already offered to its director and deputies should reach them too. */
public record DeputyNamed(long serviceId, String deputy) {
}
