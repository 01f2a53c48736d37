package uk.quarterlyreturns.support;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.cycle.CycleRepository;

/**
 * A cycle's row held as a save of the report's words holds it, in a transaction of its own, until released: what
 * runs meanwhile in the test waits on it, as it would behind a colleague's save.
 */
public final class HeldCycle {

    private final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final CompletableFuture<Void> done;

    /** Locks the cycle; once released, runs {@code beforeCommit} in the same transaction and commits. */
    public HeldCycle(TransactionTemplate transactions, CycleRepository cycles, long cycleId, Runnable beforeCommit)
            throws InterruptedException {
        done = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
            cycles.lock(cycleId);
            held.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            beforeCommit.run();
        }));
        if (!held.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The cycle was not locked within a minute");
        }
    }

    public void release() {
        release.countDown();
    }

    public void committed() throws Exception {
        done.get(60, TimeUnit.SECONDS);
    }

    /** Waits until at least {@code n} sessions of the database wait on a lock. */
    public static void waitersAtLeast(JdbcClient jdbc, int n) {
        Await.until(n + " waiting on a lock", Duration.ofSeconds(60), () -> LockWaits.count(jdbc) >= n);
    }
}
