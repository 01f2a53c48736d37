package uk.quarterlyreturns.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.quarterlyreturns.cycle.CycleScenario.at;

import java.time.Duration;
import java.time.LocalTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnTrail;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.LockWaits;

/**
 * The same accepted return reopened twice at once after publication (two tabs): reopened once, its reason once in
 * the pending change note and the trail, and the second told plainly that it is already reopened.
 */
class ReopeningRaceTest extends ApplicationTest {

    /** A year of its own; nothing here waits on a weekday (no reminders, no escalation in time). */
    private static final int YEAR = 2773;

    @Autowired ApplicationContext context;
    @Autowired CycleRepository cycleRows;
    @Autowired ReturnRepository returns;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReturnTrail trail;
    @Autowired ReportApproval approval;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    private CycleScenario scenario;

    @AfterEach
    void realTime() {
        CycleScenario.end(scenario);
    }

    @Test
    void aReturnReopenedTwiceAtOnceIsReopenedOnce() throws Exception {
        scenario = CycleScenario.of(context, YEAR)
                .open(ChasePolicy.parse("", LocalTime.of(9, 0), 30, 30));
        ServiceReturn housing = scenario.returnOf("Housing");
        scenario.enter("H-1", "60");
        scenario.awaitTask(housing.id(), ReturnProcess.TASK_COMPLETE_RETURN);
        workflow.submit(housing.id(), "data.housing");
        workflow.signOff(housing.id(), "dir.housing");
        scenario.awaitTask(housing.id(), ReturnProcess.TASK_QUALITY_CHECK);
        workflow.accept(housing.id(), "perf");
        at(YEAR, 8, 1, 9, 5);
        scenario.awaitCycleTask(CycleProcess.TASK_APPROVE_REPORT);
        approval.approve(scenario.cycle.id(), "ceo");
        Await.until("version 1 published", CycleScenario.WAIT, () -> cycleRows.find(scenario.cycle.id())
                .orElseThrow().status() == CycleStatus.PUBLISHED);
        at(YEAR, 8, 10, 10, 0);

        String reason = "H-1 corrected after an audit of repairs data";
        CountDownLatch firstReopened = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        // The first reopening is held before it commits, while the second (another tab) runs.
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
            workflow.reopen(housing.id(), "perf", reason);
            firstReopened.countDown();
            try {
                commitFirst.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(firstReopened.await(60, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> second = CompletableFuture.runAsync(
                () -> workflow.reopen(housing.id(), "perfmgr", reason));
        LockWaits.until(jdbc, "the second reopening waits for the first");
        commitFirst.countDown();
        first.get(60, TimeUnit.SECONDS);

        Throwable refused = second.handle((done, failure) -> failure).get(60, TimeUnit.SECONDS);
        assertThat(refused).as("the second reopening is refused").isNotNull();
        assertThat(cycleRows.pendingChangeNote(scenario.cycle.id())).isEqualTo(reason);
        assertThat(trail.forReturn(housing.id())).filteredOn(e -> ReturnStatus.REOPENED.name().equals(e.newValue()))
                .hasSize(1);
        assertThat(scenario.reload(housing).status()).isEqualTo(ReturnStatus.REOPENED);
        assertThat(refused.getCause()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Housing's return was already reopened");
    }
}
