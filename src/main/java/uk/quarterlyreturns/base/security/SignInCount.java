package uk.quarterlyreturns.base.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One username's recent sign-in attempts and the rule that counts them: after {@value #MAX_FAILURES} attempts
 * within {@link #WINDOW} without a success the username is locked for {@link #LOCK}, whatever password comes
 * next. Attempts made while locked are refused and do not lengthen the lock.
 *
 * @param times       the attempts within the window, oldest first
 * @param lockedUntil the end of the lock, or null when not locked (or once that time has passed)
 */
record SignInCount(List<Instant> times, Instant lockedUntil) {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    static final SignInCount NONE = new SignInCount(List.of(), null);

    /** What one more attempt at {@code now} makes of this count, and whether it may be checked. */
    record Attempt(boolean admitted, SignInCount after) {
    }

    SignInCount {
        times = List.copyOf(times);
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** The {@value #MAX_FAILURES}th attempt within the window is still checked, but locks the username. */
    Attempt attempt(Instant now) {
        if (lockedAt(now)) {
            return new Attempt(false, this);
        }
        Instant since = now.minus(WINDOW);
        List<Instant> recent = new ArrayList<>(times.stream().filter(t -> t.isAfter(since)).toList());
        recent.add(now);
        return new Attempt(true, new SignInCount(recent, recent.size() >= MAX_FAILURES ? now.plus(LOCK) : null));
    }
}
