package uk.quarterlyreturns.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.ResourceTransactionManager;
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
        Both<ImportResult, ImportResult> both = secondWhileFirstOpen(transactions, run, run);
        return new Results(both.first(), both.second());
    }

    /** What each of two different runs gave. */
    public record Both<A, B>(A first, B second) {
    }

    /** As {@link #secondWhileFirstOpen(TransactionTemplate, Callable)}, for two different runs, say an import and a rollover. */
    public static <A, B> Both<A, B> secondWhileFirstOpen(TransactionTemplate transactions, Callable<A> firstRun,
            Callable<B> secondRun) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch firstImported = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        try {
            Future<A> first = pool.submit(() -> transactions.execute(t -> {
                A result = call(firstRun);
                firstImported.countDown();
                await(commitFirst);
                return result;
            }));
            assertThat(firstImported.await(2, TimeUnit.MINUTES)).isTrue();
            Future<B> second = pool.submit(secondRun);
            // the second reads the year, or waits for the first to let it go
            LockWaits.untilWaitingOrDone(JdbcClient.create(dataSource(transactions)), "the second run waiting, or done",
                    second);
            commitFirst.countDown();
            return new Both<>(first.get(2, TimeUnit.MINUTES), second.get(2, TimeUnit.MINUTES));
        } finally {
            commitFirst.countDown();
            pool.shutdownNow();
        }
    }

    private static DataSource dataSource(TransactionTemplate transactions) {
        return (DataSource) ((ResourceTransactionManager) transactions.getTransactionManager()).getResourceFactory();
    }

    private static <T> T call(Callable<T> run) {
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
