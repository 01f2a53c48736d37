package uk.quarterlyreturns.framework;

/**
 * A directorate continues as another from the year that has begun: its strategic directors now lead that one
 * (the people feature moves them, in the same transaction).
 *
 * @param by who recorded the continuation
 */
public record DirectorateContinued(long directorateId, long continuesAsId, String by) {
}
