package uk.quarterlyreturns.people;

/**
 * A deputy's delegation for a service was ended or withdrawn: steps offered to them by name may be taken back, and
 * those they claimed let go.
 *
 * @param by     who ended it (the director, an administrator, whoever's change took the director from the post, or
 *               "system" when the period ran out)
 * @param reason why, when not by hand (the director they covered left the post, the period ran out); null when ended
 *               by hand
 */
public record DeputyEnded(long serviceId, String deputy, String by, String reason) {

    private static final java.time.format.DateTimeFormatter DAY = uk.quarterlyreturns.base.calendar.UkDateFormat
            .ofPattern("d MMM yyyy");

    /** A period that ran out by date: nobody ended it, so the claims are let go in the application's name. */
    public static DeputyEnded ranOut(Delegation d) {
        return new DeputyEnded(d.serviceId(), d.deputy(), "system", "the period they were named for ended on "
                + DAY.format(d.endsOn()));
    }

    /** Why their claims were let go, for the return's history. */
    public String why() {
        return reason == null ? "Their cover as deputy was ended" : "Their cover as deputy ended: " + reason;
    }
}
