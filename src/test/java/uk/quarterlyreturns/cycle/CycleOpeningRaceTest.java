package uk.quarterlyreturns.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.LockWaits;

/**
 * The same quarter opened twice at once (a second tab, the API, the timer on another node): one cycle, and the
 * second is told plainly that the cycle is already open.
 */
class CycleOpeningRaceTest extends ApplicationTest {

    private static final int YEAR = 2726;

    @Autowired ApplicationContext context;
    @Autowired CycleService cycles;
    @Autowired CycleRepository cycleRows;
    @Autowired ReturnRepository returns;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    private CycleScenario scenario;

    @AfterEach
    void endTheCycle() {
        if (scenario != null && scenario.cycle != null) {
            Await.until("the returns issued", CycleScenario.WAIT,
                    () -> returns.forCycle(scenario.cycle.id()).size() == 2);
            scenario.close();
        }
    }

    @Test
    void aQuarterOpenedTwiceAtOnceIsOpenedOnceAndTheSecondIsToldItIsAlreadyOpen() throws Exception {
        scenario = CycleScenario.of(context, YEAR);
        Instant deadline = CycleScenario.london(YEAR, 7, 21, 17, 0).toInstant();
        Instant compilation = CycleScenario.london(YEAR, 8, 1, 9, 0).toInstant();
        CountDownLatch firstOpened = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        // The first opening is held before it commits, while the second runs.
        CompletableFuture<Cycle> first = CompletableFuture.supplyAsync(() -> transactions.execute(tx -> {
            Cycle cycle = cycles.open(scenario.year, 1, deadline, compilation, ChasePolicy.DEFAULT, "perf");
            firstOpened.countDown();
            try {
                commitFirst.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return cycle;
        }));
        assertThat(firstOpened.await(60, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Cycle> second = CompletableFuture.supplyAsync(
                () -> cycles.open(scenario.year, 1, deadline, compilation, ChasePolicy.DEFAULT, "perfmgr"));
        LockWaits.until(jdbc, "the second opening waits for the first");
        commitFirst.countDown();
        scenario.cycle = first.get(60, TimeUnit.SECONDS);

        Throwable refused = second.handle((cycle, failure) -> failure).get(60, TimeUnit.SECONDS);
        assertThat(refused).as("the second opening is refused").isNotNull();
        assertThat(refused.getCause()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cycle is already open");
        assertThat(cycles.all()).filteredOn(c -> c.yearLabel().equals(scenario.year)).hasSize(1);
    }
}
