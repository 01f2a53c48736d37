package uk.quarterlyreturns.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SignInAttemptsTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2025-07-01T09:00:00Z"));
    private final SignInAttempts attempts = new SignInAttempts(clock);

    @Test
    void theFifthAttemptWithinFifteenMinutesIsCheckedAndLocksTheUsername() {
        admitTimes("perf", 4);
        assertThat(attempts.isLocked("perf")).isFalse();
        assertThat(attempts.admit("perf")).as("the fifth is still checked").isTrue();
        assertThat(attempts.isLocked("perf")).isTrue();
        assertThat(attempts.admit("perf")).as("the sixth is not").isFalse();
    }

    @Test
    void twentyAttemptsAtOnceAdmitFive() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(20);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return attempts.admit("perf");
                }));
            }
            start.countDown();
            int admitted = 0;
            for (Future<Boolean> answer : answers) {
                admitted += answer.get() ? 1 : 0;
            }
            assertThat(admitted).isEqualTo(SignInAttempts.MAX_FAILURES);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void theLockLastsFifteenMinutesThenCountingStartsAgain() {
        admitTimes("perf", 5);
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(attempts.isLocked("perf")).isTrue();
        assertThat(attempts.admit("perf")).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(attempts.isLocked("perf")).isFalse();
        assertThat(attempts.admit("perf")).isTrue();
        assertThat(attempts.isLocked("perf")).as("one attempt after the lock").isFalse();
    }

    @Test
    void attemptsOlderThanFifteenMinutesNoLongerCount() {
        for (int i = 0; i < 4; i++) {
            attempts.admit("perf");
            clock.advance(Duration.ofMinutes(1));
        }
        // Now 09:04; at 09:15 the 09:00 attempt has dropped out, leaving 09:01-09:03 and this one.
        clock.advance(Duration.ofMinutes(11));
        attempts.admit("perf");
        assertThat(attempts.isLocked("perf")).isFalse();
        clock.advance(Duration.ofSeconds(30));
        attempts.admit("perf");
        assertThat(attempts.isLocked("perf")).as("five within the last fifteen minutes").isTrue();
    }

    @Test
    void aSuccessClearsTheCountAndTheLockItsAttemptSet() {
        admitTimes("perf", 4);
        attempts.succeeded("perf");
        admitTimes("perf", 4);
        assertThat(attempts.isLocked("perf")).isFalse();
        attempts.admit("perf");
        attempts.succeeded("perf");
        assertThat(attempts.isLocked("perf")).as("the fifth attempt had the right password").isFalse();
    }

    @Test
    void eachUsernameIsCountedOnItsOwnWhateverItsCase() {
        admitTimes("perf", 3);
        admitTimes("PERF ", 2);
        assertThat(attempts.isLocked("perf")).isTrue();
        assertThat(attempts.isLocked("ceo")).isFalse();
    }

    @Test
    void attemptsWhileLockedDoNotLengthenTheLock() {
        admitTimes("perf", 5);
        clock.advance(Duration.ofMinutes(10));
        admitTimes("perf", 3);
        clock.advance(Duration.ofMinutes(5));
        assertThat(attempts.isLocked("perf")).isFalse();
    }

    private void admitTimes(String username, int times) {
        for (int i = 0; i < times; i++) {
            attempts.admit(username);
        }
    }
}
