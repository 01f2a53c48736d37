package uk.quarterlyreturns.base.api;

import java.time.Instant;
import java.time.LocalTime;

/**
 * Deadlines, dates and reminder times are set to the minute, as every mail, screen and report shows them: one sent
 * with seconds would be shown as a minute it is not (17:00 for 17:00:30, while a return in at 17:00:10 counts as on
 * time), so it is refused, not cut.
 */
public final class ToTheMinute {

    private ToTheMinute() {
    }

    /** The moment, when it falls on a whole minute; {@code sent} is what the caller wrote, for the message. */
    public static Instant require(String field, Object sent, Instant at) {
        if (at != null && (Math.floorMod(at.getEpochSecond(), 60) != 0 || at.getNano() != 0)) {
            throw new IllegalArgumentException(field + " '" + sent + "' has seconds: give it to the minute, such as"
                    + " 2031-07-21T17:00 (London time), as mails and screens show it");
        }
        return at;
    }

    /** The time of day, when it falls on a whole minute (a reminder time); {@code sent} as above. */
    public static LocalTime require(String field, Object sent, LocalTime at) {
        if (at != null && (at.getSecond() != 0 || at.getNano() != 0)) {
            throw new IllegalArgumentException(field + " '" + sent + "' has seconds: give it to the minute, such as"
                    + " 09:00, as mails and screens show it");
        }
        return at;
    }
}
