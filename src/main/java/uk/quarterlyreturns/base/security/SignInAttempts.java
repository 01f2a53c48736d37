package uk.quarterlyreturns.base.security;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-in attempts per username, counted before the password is checked ({@link SignInCount} holds the rule).
 * Kept in the database, so the instances of a cluster count together and a restart forgets nothing; each
 * attempt is counted in a transaction of its own, which stands even when the caller's is rolled back (a
 * refused password change must still count).
 */
@Component
public class SignInAttempts {

    public static final Duration LOCK = SignInCount.LOCK;

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    public SignInAttempts(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Whether sign-in for this username is refused now, even with the right password. */
    public boolean isLocked(String username) {
        return read(key(username), false).map(count -> count.lockedAt(clock.instant())).orElse(false);
    }

    /**
     * Counts an attempt before its password is checked, in one atomic step (the username's row is locked
     * meanwhile, on every instance): answers whether it may be checked at all, so however many attempts arrive
     * at once, no more than {@value SignInCount#MAX_FAILURES} are ever checked.
     */
    public boolean admit(String username) {
        String key = key(username);
        Instant now = clock.instant();
        // Guessed usernames must not fill the table: rows quiet for a window and a lock go, in a transaction
        // of their own, so that no attempt ever holds another username's row while it waits for its own.
        ownTransaction.executeWithoutResult(tx -> jdbc.sql("""
                delete from sign_in_attempt where username_key in (select username_key from sign_in_attempt
                    where updated_at < :stale and username_key <> :k for update skip locked)""")
                .param("stale", Timestamp.from(now.minus(SignInCount.WINDOW).minus(LOCK))).param("k", key).update());
        return Boolean.TRUE.equals(ownTransaction.execute(tx -> {
            jdbc.sql("""
                    insert into sign_in_attempt (username_key, failures, updated_at) values (:k, '{}', :now)
                    on conflict (username_key) do nothing""").param("k", key).param("now", Timestamp.from(now))
                    .update();
            // (a row a concurrent tidy removed reads as none; the write below puts it back)
            SignInCount.Attempt attempt = read(key, true).orElse(SignInCount.NONE).attempt(now);
            SignInCount after = attempt.after();
            jdbc.sql("""
                    insert into sign_in_attempt (username_key, failures, locked_until, updated_at)
                    values (:k, :times, :until, :now) on conflict (username_key) do update
                    set failures = excluded.failures, locked_until = excluded.locked_until,
                        updated_at = excluded.updated_at""")
                    .param("times", new SqlArrayValue("timestamptz", after.times().stream().map(Timestamp::from)
                            .toArray()))
                    .param("until", after.lockedUntil() == null ? null : Timestamp.from(after.lockedUntil()))
                    .param("now", Timestamp.from(now)).param("k", key).update();
            return attempt.admitted();
        }));
    }

    /** A success clears the count and its lock; within the caller's transaction when there is one. */
    public void succeeded(String username) {
        jdbc.sql("delete from sign_in_attempt where username_key = :k").param("k", key(username)).update();
    }

    private Optional<SignInCount> read(String key, boolean forUpdate) {
        return jdbc.sql("select failures, locked_until from sign_in_attempt where username_key = :k"
                + (forUpdate ? " for update" : "")).param("k", key).query(SignInAttempts::count).optional();
    }

    private static SignInCount count(ResultSet rs, int row) throws SQLException {
        Array failures = rs.getArray("failures");
        Timestamp until = rs.getTimestamp("locked_until");
        return new SignInCount(Arrays.stream((Timestamp[]) failures.getArray()).map(Timestamp::toInstant).toList(),
                until == null ? null : until.toInstant());
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
