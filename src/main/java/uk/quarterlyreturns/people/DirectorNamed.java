package uk.quarterlyreturns.people;

/**
 * Someone became a service's director (appointed, moved in from another service, or enabled again as its director):
 * the service's returns already waiting on its director should reach them as they reached the one before.
 */
public record DirectorNamed(long serviceId, String director) {
}
