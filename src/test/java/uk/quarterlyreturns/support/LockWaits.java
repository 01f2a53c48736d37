package uk.quarterlyreturns.support;

import java.time.Duration;
import java.util.concurrent.Future;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sessions waiting on a lock in the test database: how a race test knows the second side has reached the lock the
 * first holds, rather than sleeping for a time that a slow machine may not honour.
 */
public final class LockWaits {

    /** The longest of the waits it replaced: a busy machine may take that long to reach the lock. */
    private static final Duration WAIT = Duration.ofSeconds(90);

    private LockWaits() {
    }

    /** How many sessions wait on a lock now, running a statement like {@code statementLike} (SQL LIKE, any case). */
    public static long count(JdbcClient jdbc, String statementLike) {
        return jdbc.sql("select count(*) from pg_stat_activity where datname = current_database()"
                + " and wait_event_type = 'Lock' and query ilike :q").param("q", statementLike)
                .query(Long.class).single();
    }

    public static long count(JdbcClient jdbc) {
        return count(jdbc, "%");
    }

    /** Waits until a session waits on a lock running a statement like {@code statementLike}. */
    public static void until(JdbcClient jdbc, String what, String statementLike) {
        Await.until(what, WAIT, () -> count(jdbc, statementLike) > 0);
    }

    /** Waits until some session waits on a lock. */
    public static void until(JdbcClient jdbc, String what) {
        until(jdbc, what, "%");
    }

    /**
     * Waits until {@code second} waits on a lock or has finished: a second side that is not kept waiting (the lock
     * gone) finishes before the first commits, which the test's assertions then see.
     */
    public static void untilWaitingOrDone(JdbcClient jdbc, String what, Future<?> second) {
        Await.until(what, WAIT, () -> second.isDone() || count(jdbc) > 0);
    }
}
