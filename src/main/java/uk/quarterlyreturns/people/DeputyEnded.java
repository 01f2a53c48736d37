package uk.quarterlyreturns.people;

/**
 * A deputy's delegation for a service was ended or withdrawn: steps offered to them by name may be taken back, and
 * those they claimed let go.
 *
 * @param by     who ended it (the director, an administrator, or whoever's change took the director from the post)
 * @param reason why, when not by hand (the director they covered left the post); null when ended by hand
 */
public record DeputyEnded(long serviceId, String deputy, String by, String reason) {

    /** Why their claims were let go, for the return's history. */
    public String why() {
        return reason == null ? "Their cover as deputy was ended" : "Their cover as deputy ended: " + reason;
    }
}
