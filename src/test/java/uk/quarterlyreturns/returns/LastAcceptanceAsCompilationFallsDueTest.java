package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.cycle.CycleProcess;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.CycleStatus;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.HeldJob;
import uk.quarterlyreturns.support.LockWaits;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * The performance team accepts the last return at the moment the cycle's compilation date falls due: the cycle stops
 * waiting for its returns either way, and the acceptance must not be lost to the timer, nor the report compiled
 * twice. Year 5971 is this class's own.
 */
class LastAcceptanceAsCompilationFallsDueTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReturnRepository returns;
    @Autowired CycleRepository cycles;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @Test
    void theAcceptanceGoesThroughAndTheReportCompilesOnce() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 5971);
        long id = scenario.housing.id();
        long cycleId = scenario.cycle.id();
        scenario.completeAndSignOff();
        scenario.awaitTask(ReturnProcess.TASK_QUALITY_CHECK);
        String cycleInstance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(CycleProcess.businessKey(cycleId)).singleResult().getId();
        Job compilationDate = management.createJobQuery().processInstanceId(cycleInstance)
                .activityId(CycleProcess.TIMER_COMPILATION_DATE).singleResult();

        HeldJob fallingDue = HeldJob.run(transactions, management, compilationDate.getId());
        CompletableFuture<Void> acceptance = CompletableFuture.runAsync(() -> workflow.accept(id, "perf"));
        LockWaits.untilWaitingOrDone(jdbc, "the acceptance waiting on the timer's rows", acceptance);
        fallingDue.commit();

        acceptance.get(60, TimeUnit.SECONDS);
        assertThat(returns.find(id).orElseThrow().status()).isEqualTo(ReturnStatus.ACCEPTED);
        Await.until("the report compiled", ReturnScenario.WAIT, () -> EnumSet.of(CycleStatus.COMPILED,
                CycleStatus.AWAITING_APPROVAL).contains(cycles.find(cycleId).orElseThrow().status()));
        assertThat(jdbc.sql("select count(*) from report_version where cycle_id = :c").param("c", cycleId)
                .query(Long.class).single()).as("compiled once").isEqualTo(1);
        OpenedCycles.end(runtime, returns, cycleId);
    }
}
