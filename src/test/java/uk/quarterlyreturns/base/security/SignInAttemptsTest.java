package uk.quarterlyreturns.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInAttemptsTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2025-07-01T09:00:00Z"));
    private final SignInAttempts attempts = new SignInAttempts(clock);

    @Test
    void theFifthFailureWithinFifteenMinutesLocksTheUsername() {
        failTimes("perf", 4);
        assertThat(attempts.isLocked("perf")).isFalse();
        assertThat(attempts.failed("perf")).isTrue();
        assertThat(attempts.isLocked("perf")).isTrue();
    }

    @Test
    void theLockLastsFifteenMinutesThenCountingStartsAgain() {
        failTimes("perf", 5);
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(attempts.isLocked("perf")).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(attempts.isLocked("perf")).isFalse();
        assertThat(attempts.failed("perf")).as("one failure after the lock").isFalse();
    }

    @Test
    void failuresOlderThanFifteenMinutesNoLongerCount() {
        for (int i = 0; i < 4; i++) {
            attempts.failed("perf");
            clock.advance(Duration.ofMinutes(1));
        }
        // Now 09:04; at 09:15 the 09:00 failure has dropped out, leaving 09:01-09:03 and this one.
        clock.advance(Duration.ofMinutes(11));
        assertThat(attempts.failed("perf")).isFalse();
        clock.advance(Duration.ofSeconds(30));
        assertThat(attempts.failed("perf")).as("five within the last fifteen minutes").isTrue();
    }

    @Test
    void aSuccessClearsTheCount() {
        failTimes("perf", 4);
        attempts.succeeded("perf");
        failTimes("perf", 4);
        assertThat(attempts.isLocked("perf")).isFalse();
    }

    @Test
    void eachUsernameIsCountedOnItsOwnWhateverItsCase() {
        failTimes("perf", 3);
        failTimes("PERF ", 2);
        assertThat(attempts.isLocked("perf")).isTrue();
        assertThat(attempts.isLocked("ceo")).isFalse();
    }

    @Test
    void failuresWhileLockedDoNotLengthenTheLock() {
        failTimes("perf", 5);
        clock.advance(Duration.ofMinutes(10));
        failTimes("perf", 3);
        clock.advance(Duration.ofMinutes(5));
        assertThat(attempts.isLocked("perf")).isFalse();
    }

    private void failTimes(String username, int times) {
        for (int i = 0; i < times; i++) {
            attempts.failed(username);
        }
    }
}
