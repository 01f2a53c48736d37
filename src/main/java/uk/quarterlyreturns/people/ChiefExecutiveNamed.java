package uk.quarterlyreturns.people;

/**
 * Someone became the chief executive (appointed, or enabled again as one): a report already waiting for approval
 * should reach them as it reached the one before, or it waits in an inbox nobody is told to open.
 */
public record ChiefExecutiveNamed(String username) {
}
