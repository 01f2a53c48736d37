package uk.quarterlyreturns.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.framework.ImportResult;

/**
 * Two runs of one import at once: the first holds its transaction open once it has imported, the second starts
 * meanwhile, then the first commits. An import that locks its year makes the second wait and find nothing to change.
 */
public final class HeldImports {

    public record Results(ImportResult first, ImportResult second) {
    }

    private HeldImports() {
    }

    public static Results secondWhileFirstOpen(TransactionTemplate transactions, Callable<ImportResult> run)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch firstImported = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        try {
            Future<ImportResult> first = pool.submit(() -> transactions.execute(t -> {
                ImportResult result = call(run);
                firstImported.countDown();
                await(commitFirst);
                return result;
            }));
            assertThat(firstImported.await(2, TimeUnit.MINUTES)).isTrue();
            Future<ImportResult> second = pool.submit(run);
            Thread.sleep(500); // time for the second to read the year, were it not kept waiting
            commitFirst.countDown();
            return new Results(first.get(2, TimeUnit.MINUTES), second.get(2, TimeUnit.MINUTES));
        } finally {
            commitFirst.countDown();
            pool.shutdownNow();
        }
    }

    private static ImportResult call(Callable<ImportResult> run) {
        try {
            return run.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits for the latch, up to two minutes, failing the test otherwise. */
    public static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(2, TimeUnit.MINUTES)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
