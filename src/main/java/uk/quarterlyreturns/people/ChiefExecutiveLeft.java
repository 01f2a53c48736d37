package uk.quarterlyreturns.people;

/**
 * Someone stopped being a chief executive (disabled, or the role taken away): a report waiting for approval may now
 * have nobody who may approve it, and would wait unseen unless someone who can name another is told.
 */
public record ChiefExecutiveLeft(String username) {
}
