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
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.support.ApplicationTest;

/** The count on the application's database, on a clock of the test's own; each test counts its own username. */
class SignInAttemptsTest extends ApplicationTest {

    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    private final MovableClock clock = new MovableClock(Instant.parse("2025-07-01T09:00:00Z"));
    private SignInAttempts attempts;
    private String perf;

    @BeforeEach
    void aUsernameOfItsOwn() {
        attempts = new SignInAttempts(jdbc, transactions, clock);
        perf = "attempts." + UUID.randomUUID();
    }

    @Test
    void theInstancesOfAClusterCountTogether() {
        SignInAttempts other = new SignInAttempts(jdbc, transactions, clock);
        admitTimes(perf, 3);
        assertThat(other.admit(perf)).isTrue();
        assertThat(other.admit(perf)).as("the fifth, on the second instance").isTrue();
        assertThat(attempts.isLocked(perf)).as("locked on the first instance too").isTrue();
        assertThat(attempts.admit(perf)).isFalse();
        other.succeeded(perf);
        assertThat(attempts.isLocked(perf)).isFalse();
    }

    @Test
    void anAttemptCountsEvenWhenTheCallersTransactionIsRolledBack() {
        TransactionTemplate caller = new TransactionTemplate(transactions);
        for (int i = 0; i < 5; i++) {
            caller.executeWithoutResult(tx -> {
                attempts.admit(perf);
                tx.setRollbackOnly(); // as a refused password change does
            });
        }
        assertThat(attempts.isLocked(perf)).isTrue();
    }

    @Test
    void aSuccessInsideATransactionRolledBackClearsNothing() {
        admitTimes(perf, 5);
        TransactionTemplate caller = new TransactionTemplate(transactions);
        caller.executeWithoutResult(tx -> {
            attempts.succeeded(perf);
            tx.setRollbackOnly(); // an administrator's reset that failed after clearing
        });
        assertThat(attempts.isLocked(perf)).isTrue();
    }

    @Test
    void usernamesQuietForAWindowAndALockAreForgotten() {
        admitTimes(perf, 2);
        clock.advance(Duration.ofMinutes(31));
        attempts.admit("attempts." + UUID.randomUUID());
        assertThat(jdbc.sql("select count(*) from sign_in_attempt where username_key = :k").param("k", perf)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theFifthAttemptWithinFifteenMinutesIsCheckedAndLocksTheUsername() {
        admitTimes(perf, 4);
        assertThat(attempts.isLocked(perf)).isFalse();
        assertThat(attempts.admit(perf)).as("the fifth is still checked").isTrue();
        assertThat(attempts.isLocked(perf)).isTrue();
        assertThat(attempts.admit(perf)).as("the sixth is not").isFalse();
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
                    return attempts.admit(perf);
                }));
            }
            start.countDown();
            int admitted = 0;
            for (Future<Boolean> answer : answers) {
                admitted += answer.get() ? 1 : 0;
            }
            assertThat(admitted).isEqualTo(SignInCount.MAX_FAILURES);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void theLockLastsFifteenMinutesThenCountingStartsAgain() {
        admitTimes(perf, 5);
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(attempts.isLocked(perf)).isTrue();
        assertThat(attempts.admit(perf)).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(attempts.isLocked(perf)).isFalse();
        assertThat(attempts.admit(perf)).isTrue();
        assertThat(attempts.isLocked(perf)).as("one attempt after the lock").isFalse();
    }

    @Test
    void attemptsOlderThanFifteenMinutesNoLongerCount() {
        for (int i = 0; i < 4; i++) {
            attempts.admit(perf);
            clock.advance(Duration.ofMinutes(1));
        }
        // Now 09:04; at 09:15 the 09:00 attempt has dropped out, leaving 09:01-09:03 and this one.
        clock.advance(Duration.ofMinutes(11));
        attempts.admit(perf);
        assertThat(attempts.isLocked(perf)).isFalse();
        clock.advance(Duration.ofSeconds(30));
        attempts.admit(perf);
        assertThat(attempts.isLocked(perf)).as("five within the last fifteen minutes").isTrue();
    }

    @Test
    void aSuccessClearsTheCountAndTheLockItsAttemptSet() {
        admitTimes(perf, 4);
        attempts.succeeded(perf);
        admitTimes(perf, 4);
        assertThat(attempts.isLocked(perf)).isFalse();
        attempts.admit(perf);
        attempts.succeeded(perf);
        assertThat(attempts.isLocked(perf)).as("the fifth attempt had the right password").isFalse();
    }

    @Test
    void eachUsernameIsCountedOnItsOwnWhateverItsCase() {
        admitTimes(perf, 3);
        admitTimes(perf.toUpperCase() + " ", 2);
        assertThat(attempts.isLocked(perf)).isTrue();
        assertThat(attempts.isLocked("ceo." + UUID.randomUUID())).isFalse();
    }

    @Test
    void attemptsWhileLockedDoNotLengthenTheLock() {
        admitTimes(perf, 5);
        clock.advance(Duration.ofMinutes(10));
        admitTimes(perf, 3);
        clock.advance(Duration.ofMinutes(5));
        assertThat(attempts.isLocked(perf)).isFalse();
    }

    private void admitTimes(String username, int times) {
        for (int i = 0; i < times; i++) {
            attempts.admit(username);
        }
    }
}
