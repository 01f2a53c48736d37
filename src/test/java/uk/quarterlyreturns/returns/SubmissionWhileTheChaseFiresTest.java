package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ChaseTimers;
import uk.quarterlyreturns.support.HeldJob;
import uk.quarterlyreturns.support.LockWaits;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * A return submitted at the moment its chase timer fires (a reminder due at 09:00, the data officer pressing Submit
 * then): the submission meets the engine's rows the timer changed. It goes through once the timer has committed,
 * rather than telling the data officer to try again.
 */
class SubmissionWhileTheChaseFiresTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReturnRepository returns;
    @Autowired ManagementService management;
    @Autowired TaskService tasks;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired RuntimeService runtime;

    @Test
    void theSubmissionGoesThroughOnceTheFiringTimerCommits() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 5967);
        long id = scenario.housing.id();
        String instance = returns.processInstance(id).orElseThrow();
        scenario.enter("HF-1", 2, "85");
        scenario.enter("HF-2", 2, "55");
        scenario.keyActionOnTrack(2);

        HeldJob firing = HeldJob.run(transactions, management,
                ChaseTimers.awaitSet(management, instance).getId());
        CompletableFuture<Void> submission = CompletableFuture.runAsync(() -> workflow.submit(id, "data.housing"));
        LockWaits.until(jdbc, "the submission waiting on the fired timer's rows", "%act_ru_%");
        firing.commit();

        submission.get(60, TimeUnit.SECONDS);
        assertThat(returns.find(id).orElseThrow().status()).isEqualTo(ReturnStatus.SUBMITTED);
        assertThat(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(ReturnProcess.TASK_SIGN_OFF)
                .count()).as("the sign-off step").isEqualTo(1);
        assertThat(tasks.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey(ReturnProcess.TASK_COMPLETE_RETURN).count()).as("the return's own step").isZero();
        assertThat(ChaseTimers.of(management, instance)).as("chasing ended with the submission").isNull();
        OpenedCycles.end(runtime, returns, scenario.cycle.id());
    }
}
