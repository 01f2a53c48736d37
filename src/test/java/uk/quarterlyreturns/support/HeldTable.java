package uk.quarterlyreturns.support;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A table locked against every reader, in a transaction of its own, until released: a reading that reaches it waits
 * there, after its earlier reads, so that a test can commit a change between two reads of one compilation.
 */
public final class HeldTable implements AutoCloseable {

    private final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final CompletableFuture<Void> done;

    /** Locks the table; once released, runs {@code beforeCommit} in the same transaction and commits. */
    public HeldTable(TransactionTemplate transactions, JdbcClient jdbc, String table, Runnable beforeCommit)
            throws InterruptedException {
        done = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
            jdbc.sql("lock table " + table + " in access exclusive mode").update();
            held.countDown();
            try {
                release.await(120, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            beforeCommit.run();
        }));
        if (!held.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException(table + " was not locked within a minute");
        }
    }

    /** Waits until a statement containing {@code statementPart} waits on the table. */
    public static void readerWaits(JdbcClient jdbc, String table, String statementPart) {
        Await.until("a reading of " + table + " waiting on it", Duration.ofSeconds(90), () -> jdbc.sql("""
                select count(*) from pg_locks l join pg_stat_activity a on a.pid = l.pid
                where not l.granted and l.relation = cast(:t as regclass) and a.query like :q""")
                .param("t", table).param("q", "%" + statementPart + "%").query(Long.class).single() > 0);
    }

    /** Lets the change commit, and waits until it has. */
    public void commit() throws Exception {
        release.countDown();
        done.get(60, TimeUnit.SECONDS);
    }

    /** A test that failed before {@link #commit()} lets the table go at once, not after two minutes. */
    @Override
    public void close() {
        release.countDown();
    }
}
