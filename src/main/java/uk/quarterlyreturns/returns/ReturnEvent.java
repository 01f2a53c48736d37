package uk.quarterlyreturns.returns;

/** Published inside the transaction of a step, for features that follow returns (cycle, mail). */
public record ReturnEvent(long returnId, Kind kind, String user, String comment) {

    public enum Kind { SUBMITTED, SIGNED_OFF, SENT_BACK, ACCEPTED, REOPENING, WITHDRAWN }
}
