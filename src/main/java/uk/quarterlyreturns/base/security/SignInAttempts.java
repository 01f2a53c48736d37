package uk.quarterlyreturns.base.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Sign-in attempts per username, counted before the password is checked: after {@value #MAX_FAILURES}
 * attempts within {@link #WINDOW} without a success the username is locked for {@link #LOCK}, whatever
 * password comes next; a success clears its count. Kept in memory, so each application instance counts on
 * its own and a restart forgets.
 */
@Component
public class SignInAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);
    // Past this many usernames, stale ones are dropped so that guessed names cannot fill memory.
    private static final int TIDY_ABOVE = 10_000;

    /** The recent failures, oldest first; {@code lockedUntil} is null while not locked. */
    private record Failures(List<Instant> times, Instant lockedUntil) {
    }

    private final Clock clock;
    private final Map<String, Failures> byUsername = new ConcurrentHashMap<>();

    public SignInAttempts(Clock clock) {
        this.clock = clock;
    }

    /** Whether sign-in for this username is refused now, even with the right password. */
    public boolean isLocked(String username) {
        Failures failures = byUsername.get(key(username));
        return failures != null && lockedAt(failures, clock.instant());
    }

    /**
     * Counts an attempt before its password is checked, in one atomic step: answers whether it may be
     * checked at all. The {@value #MAX_FAILURES}th attempt within the window is still checked but locks the
     * username, so however many attempts arrive at once, no more than {@value #MAX_FAILURES} are ever
     * checked; a success clears the count (and that lock) again.
     */
    public boolean admit(String username) {
        Instant now = clock.instant();
        if (byUsername.size() > TIDY_ABOVE) {
            byUsername.values().removeIf(f -> !lockedAt(f, now) && recent(f.times(), now).isEmpty());
        }
        boolean[] admitted = new boolean[1];
        byUsername.compute(key(username), (name, before) -> {
            if (before != null && lockedAt(before, now)) {
                return before;
            }
            List<Instant> times = before == null ? new ArrayList<>() : recent(before.times(), now);
            times.add(now);
            admitted[0] = true;
            return times.size() >= MAX_FAILURES
                    ? new Failures(List.copyOf(times), now.plus(LOCK))
                    : new Failures(List.copyOf(times), null);
        });
        return admitted[0];
    }

    public void succeeded(String username) {
        byUsername.remove(key(username));
    }

    private static boolean lockedAt(Failures failures, Instant now) {
        return failures.lockedUntil() != null && now.isBefore(failures.lockedUntil());
    }

    private static List<Instant> recent(List<Instant> times, Instant now) {
        Instant since = now.minus(WINDOW);
        return new ArrayList<>(times.stream().filter(t -> t.isAfter(since)).toList());
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
