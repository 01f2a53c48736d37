package uk.quarterlyreturns.support;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A job run in a transaction held open until {@link #commit()}: the first side of a race, as the job executor would
 * be a moment before it commits, its rows of the engine changed and locked.
 */
public final class HeldJob {

    private final CountDownLatch commit = new CountDownLatch(1);
    private final CompletableFuture<Void> running;

    private HeldJob(TransactionTemplate transactions, ManagementService management, String jobId) {
        CountDownLatch ran = new CountDownLatch(1);
        running = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
            management.executeJob(jobId);
            ran.countDown();
            HeldImports.await(commit);
        }));
        HeldImports.await(ran);
    }

    /** Runs the job and returns once it has run, uncommitted. */
    public static HeldJob run(TransactionTemplate transactions, ManagementService management, String jobId) {
        return new HeldJob(transactions, management, jobId);
    }

    /** Lets the job's transaction commit, and waits until it has. */
    public void commit() throws Exception {
        commit.countDown();
        running.get(60, TimeUnit.SECONDS);
    }
}
