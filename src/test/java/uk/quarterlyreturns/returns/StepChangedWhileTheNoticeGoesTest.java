package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.people.Delegations;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.HeldJob;
import uk.quarterlyreturns.support.LockWaits;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * A return's sign-off step changed as its issue notice goes out: a notice waits for the mail server when it is down,
 * and a busy engine takes a while to notify a cycle's hundreds of returns, so a service may submit first. The
 * notice's branch ending moves the step within the engine, so a claim or a deputy named at that moment met the
 * engine's changed row and failed with "try again"; each now goes through once the notice has committed. Years 5969
 * and 5970 are this class's own.
 */
class StepChangedWhileTheNoticeGoesTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired TaskClaims claims;
    @Autowired Delegations delegations;
    @Autowired TaskService tasks;
    @Autowired ReturnRepository returns;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void theDirectorsClaimGoesThroughOnceTheNoticeCommits() throws Exception {
        changedWhileTheNoticeGoes(5969, (scenario, signOff) -> claims.claim(signOff, "dir.housing"),
                signOff -> assertThat(tasks.createTaskQuery().taskId(signOff).singleResult().getAssignee())
                        .isEqualTo("dir.housing"));
    }

    @Test
    void aDeputyNamedThenIsOfferedTheStepOnceTheNoticeCommits() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long[] deputy = new long[1];
        try {
            changedWhileTheNoticeGoes(5970, (scenario, signOff) -> deputy[0] = delegations.name(
                    scenario.housing.serviceId(), "sd.economy", today, today.plusDays(7), "dir.housing"),
                    signOff -> assertThat(tasks.getIdentityLinksForTask(signOff)).extracting(IdentityLink::getUserId)
                            .contains("sd.economy"));
        } finally {
            if (deputy[0] != 0) {
                delegations.end(deputy[0], "dir.housing");
            }
        }
    }

    /** The sign-off step changed while its return's notice runs in a transaction not yet committed, then checked. */
    private void changedWhileTheNoticeGoes(int year, BiConsumer<ReturnScenario, String> change,
            Consumer<String> check) throws Exception {
        // the notices' step waits while its definition is suspended: this test runs it by hand
        List<String> noticeSteps = management.createJobDefinitionQuery()
                .activityIdIn(ReturnProcess.TASK_NOTIFY_SERVICE).list().stream().map(JobDefinition::getId).toList();
        noticeSteps.forEach(id -> management.suspendJobDefinitionById(id, false));
        ReturnScenario scenario;
        String step;
        try {
            scenario = ReturnScenario.open(context, year);
            String instance = returns.processInstance(scenario.housing.id()).orElseThrow();
            String notice = management.createJobQuery().processInstanceId(instance)
                    .activityId(ReturnProcess.TASK_NOTIFY_SERVICE).singleResult().getId();
            scenario.completeAndSubmit();
            scenario.awaitTask(ReturnProcess.TASK_SIGN_OFF);
            step = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(ReturnProcess.TASK_SIGN_OFF)
                    .singleResult().getId();

            HeldJob noticeGoing = HeldJob.run(transactions, management, notice);
            String signOff = step;
            ReturnScenario opened = scenario;
            CompletableFuture<Void> changing = CompletableFuture.runAsync(() -> change.accept(opened, signOff));
            LockWaits.untilWaitingOrDone(jdbc, "the change waiting on the notice's rows", changing);
            noticeGoing.commit();

            changing.get(60, TimeUnit.SECONDS);
        } finally {
            noticeSteps.forEach(id -> management.activateJobDefinitionById(id, true));
        }
        assertThat(ReturnScenario.noticeSent(runtime, scenario.housing.id())).as("the notice sent").isTrue();
        check.accept(step);
        OpenedCycles.end(runtime, returns, scenario.cycle.id());
    }
}
