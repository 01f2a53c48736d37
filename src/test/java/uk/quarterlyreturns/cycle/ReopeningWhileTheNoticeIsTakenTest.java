package uk.quarterlyreturns.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.quarterlyreturns.cycle.CycleScenario.at;
import static uk.quarterlyreturns.cycle.CycleScenario.london;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Date;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.HeldImports;
import uk.quarterlyreturns.support.LockWaits;
import uk.quarterlyreturns.support.OpenedCycles;

/**
 * A return accepted before its issue notice went out (the notices queued behind a large opening) keeps its first
 * instance for the notice alone; it is reopened just as the job executor takes that notice. The reopening ended that
 * instance with a plain delete, met the job's row changed under it and failed; the person was told to try again.
 */
class ReopeningWhileTheNoticeIsTakenTest extends ApplicationTest {

    /** A year of its own; the engine's job executor is paused for the test, so nothing runs unless it runs it. */
    private static final int YEAR = 5950;

    @Autowired ApplicationContext context;
    @Autowired CycleService cycles;
    @Autowired ReturnRepository returns;
    @Autowired ReturnWorkflow workflow;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired ProcessEngineConfiguration engine;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    private CycleScenario scenario;

    @AfterEach
    void jobsRunAgain() {
        executor().start();
        CycleScenario.end(scenario);
    }

    @Test
    void theReopeningEndsTheInstanceKeptForTheNoticeAsItsJobIsTaken() throws Exception {
        scenario = CycleScenario.of(context, YEAR);
        OpenedCycles.endThoseLeftRunning(runtime);
        executor().shutdown();
        at(YEAR, 7, 1, 9, 0);
        scenario.cycle = cycles.open(scenario.year, 1, london(YEAR, 7, 21, 17, 0).toInstant(),
                london(YEAR, 8, 1, 9, 0).toInstant(), ChasePolicy.parse("", LocalTime.of(9, 0), 30, 30), "perf");
        String opening = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(CycleProcess.businessKey(scenario.cycle.id())).singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(opening).singleResult().getId());
        ServiceReturn housing = scenario.returnOf("Housing");
        String first = returns.processInstance(housing.id()).orElseThrow();
        Job notice = management.createJobQuery().processInstanceId(first)
                .activityId(ReturnProcess.TASK_NOTIFY_SERVICE).singleResult();
        assertThat(notice).as("Housing's issue notice queued").isNotNull();

        scenario.enter("H-1", "60");
        scenario.signedOffAndAccepted(workflow, housing);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(first).count())
                .as("the accepted return's instance still there for its notice").isOne();

        // The job executor takes the notice at that moment: the job's row changes (its lock owner) and commits while
        // the reopening deletes it. Here the same change is made through the engine, held until the delete waits on it.
        CountDownLatch taken = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> taking = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
            management.setJobDuedate(notice.getId(), Date.from(london(YEAR, 7, 1, 9, 0).toInstant()));
            taken.countDown();
            HeldImports.await(commit);
        }));
        HeldImports.await(taken);
        CompletableFuture<Void> reopening = CompletableFuture.runAsync(
                () -> workflow.reopen(housing.id(), "perf", "H-1 was the year's figure, not the quarter's"));
        LockWaits.until(jdbc, "the reopening waiting on the notice's job", "%delete from act_ru_job%");
        commit.countDown();
        taking.get(60, TimeUnit.SECONDS);

        Throwable failed = reopening.handle((done, failure) -> failure).get(60, TimeUnit.SECONDS);
        assertThat(failed).as("the reopening done").isNull();
        assertThat(scenario.reload(housing).status()).isEqualTo(ReturnStatus.REOPENED);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(first).count())
                .as("the first instance ended").isZero();
        String reopened = returns.processInstance(housing.id()).orElseThrow();
        assertThat(reopened).isNotEqualTo(first);
        assertThat(scenario.task(housing.id(), ReturnProcess.TASK_COMPLETE_RETURN).getProcessInstanceId())
                .as("the return back with its service, in the reopened instance").isEqualTo(reopened);
    }

    private JobExecutor executor() {
        return ((ProcessEngineConfigurationImpl) engine).getJobExecutor();
    }
}
