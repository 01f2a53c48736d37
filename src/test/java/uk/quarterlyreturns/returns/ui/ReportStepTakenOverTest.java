package uk.quarterlyreturns.returns.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.cycle.CycleProcess;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.CycleStatus;
import uk.quarterlyreturns.cycle.ReportApproval;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.people.UserFields;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.TaskClaims;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * The report's steps claimed by someone who then leaves the role (a chief executive disabled mid-approval, a
 * performance officer moved out of the team mid-revision) come back to the inboxes of those who hold the role now,
 * who take them over, as a return's steps do. They stayed hidden and unclaimable, the report waiting unseen.
 */
class ReportStepTakenOverTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired InboxTasks inbox;
    @Autowired TaskClaims claims;
    @Autowired TaskService tasks;
    @Autowired CycleRepository cycles;
    @Autowired ReportApproval approval;
    @Autowired UserAdministration admin;
    @Autowired ReturnRepository returns;
    @Autowired RuntimeService runtime;

    @Test
    void theApprovalAndTheRevisionClaimedBySomeoneWhoLeftTheRoleAreTakenOver() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 3987);
        long cycleId = scenario.cycle.id();
        try {
            scenario.completeAndAccept();
            String approve = awaitStep(cycleId, CycleProcess.TASK_APPROVE_REPORT);
            admin.create(new UserFields("ceo.3987", "Cleo Leaving", "ceo.3987@council.test",
                    EnumSet.of(Role.CHIEF_EXECUTIVE), null, null), "pear tree lane 3987", "admin");
            claims.claim(approve, "ceo.3987");
            assertThat(inbox.forUser("ceo")).as("claimed by a chief executive").noneMatch(i -> i.taskId()
                    .equals(approve));

            admin.setEnabled("ceo.3987", false, "admin");

            assertThat(inbox.forUser("ceo")).filteredOn(i -> i.taskId().equals(approve)).singleElement()
                    .satisfies(i -> assertThat(i.formerClaimant()).isEqualTo("Cleo Leaving"));
            claims.claim(approve, "ceo");
            assertThat(tasks.createTaskQuery().taskId(approve).singleResult().getAssignee()).isEqualTo("ceo");
            approval.returnWithComments(cycleId, "ceo", "Say more about repairs");

            String revise = awaitStep(cycleId, CycleProcess.TASK_REVISE_REPORT);
            admin.create(new UserFields("perf.3987", "Pip Moving", "perf.3987@council.test",
                    EnumSet.of(Role.PERFORMANCE_TEAM), null, null), "pear tree lane 3987", "admin");
            claims.claim(revise, "perf.3987");
            assertThat(inbox.forUser("perf")).noneMatch(i -> i.taskId().equals(revise));

            admin.update(new UserFields("perf.3987", "Pip Moving", "perf.3987@council.test", EnumSet.of(Role.READER),
                    null, null), "admin");

            assertThat(inbox.forUser("perf.3987")).as("no longer theirs").noneMatch(i -> i.taskId().equals(revise));
            assertThat(inbox.forUser("perf")).filteredOn(i -> i.taskId().equals(revise)).singleElement()
                    .satisfies(i -> assertThat(i.formerClaimant()).isEqualTo("Pip Moving"));
            assertThatThrownBy(() -> claims.claim(revise, "ceo")).as("only to those who hold the role")
                    .isInstanceOf(RuntimeException.class);
            claims.claim(revise, "perf");
            assertThat(tasks.createTaskQuery().taskId(revise).singleResult().getAssignee()).isEqualTo("perf");
        } finally {
            OpenedCycles.end(runtime, returns, cycleId);
        }
    }

    private String awaitStep(long cycleId, String key) {
        Await.until("the report at " + key, ReturnScenario.WAIT, () -> approvalStep(cycleId, key) != null
                && (key.equals(CycleProcess.TASK_REVISE_REPORT)
                        || cycles.find(cycleId).orElseThrow().status() == CycleStatus.AWAITING_APPROVAL));
        return approvalStep(cycleId, key);
    }

    private String approvalStep(long cycleId, String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(CycleProcess.businessKey(cycleId))
                .taskDefinitionKey(key).active().list().stream().findFirst().map(t -> t.getId()).orElse(null);
    }
}
