package uk.quarterlyreturns.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.CycleStatus;
import uk.quarterlyreturns.cycle.ReportApproval;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.report.CabinetCover;
import uk.quarterlyreturns.report.CabinetCoverService;
import uk.quarterlyreturns.report.ReportVersions;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.TaskClaims;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.PeopleInRoles;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * Nobody checks their own work: a performance officer who sent the revised report for approval, or wrote its cover
 * report for Cabinet, and is then made chief executive may not approve that report, on the page, in the service or
 * by claiming its step; nor may whoever accepted one of the returns it prints; it waits for a chief executive who
 * had no hand in it. Years 4100-01, 4101-02 and 4104-05.
 */
class OwnReportNotApprovedTest extends ViewTest {

    @Autowired ApplicationContext context;
    @Autowired CycleRepository cycles;
    @Autowired ReportApproval approval;
    @Autowired ReportVersions versions;
    @Autowired CabinetCoverService covers;
    @Autowired UserAdministration admin;
    @Autowired TaskClaims claims;
    @Autowired TaskService tasks;
    @Autowired ReturnRepository returns;
    @Autowired RuntimeService runtime;
    @Autowired JdbcClient jdbc;

    @Test
    void whoeverSentTheRevisedReportMayNotApproveItOnceChiefExecutive() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4100);
        long cycleId = scenario.cycle.id();
        try {
            people().give("perf.4100", "Pat Reviser", Role.PERFORMANCE_TEAM);
            scenario.completeAndAccept();
            awaitDecision(cycleId);
            approval.returnWithComments(cycleId, "ceo", "Say more about housing repairs");
            Await.until("the revision open", ReturnScenario.WAIT, () -> approval.revisionStep(cycleId).isPresent());
            approval.resubmit(cycleId, "perf.4100");
            awaitDecision(cycleId);

            // out of the performance team (the roles are exclusive), beside the chief executive there is
            people().give("perf.4100", "Pat Reviser", Role.CHIEF_EXECUTIVE);

            String own = "You sent the revised report for approval, so you may not approve it: nobody checks their own"
                    + " work. It waits for a chief executive who had no hand in it.";
            assertThatThrownBy(() -> approval.approve(cycleId, "perf.4100")).isInstanceOf(NotAllowedException.class)
                    .hasMessage(own);
            String step = approval.decisionStep(cycleId).orElseThrow();
            assertThatThrownBy(() -> claims.claim(step, "perf.4100")).as("held, it would leave the others' inboxes")
                    .isInstanceOf(NotAllowedException.class).hasMessage(own);
            assertThat(tasks.createTaskQuery().taskId(step).singleResult().getAssignee()).isNull();

            signIn("perf.4100");
            open("reports/" + cycleId + "/approval");
            assertThat(_get(Button.class, s -> s.withText("Approve report")).isEnabled()).isFalse();
            assertThat(_get(Paragraph.class, s -> s.withClasses("own-work")).getText()).isEqualTo(own);

            assertThat(cycles.find(cycleId).orElseThrow().status()).isEqualTo(CycleStatus.AWAITING_APPROVAL);
            assertThat(versions.latest(cycleId).orElseThrow().decidedBy()).isNull();
            assertThat(approval.decisionStep(cycleId)).as("still waiting for a decision").contains(step);

            // a chief executive who had no hand in it approves it
            approval.approve(cycleId, "ceo", step);
            Await.until("the report published", ReturnScenario.WAIT,
                    () -> cycles.find(cycleId).orElseThrow().status() == CycleStatus.PUBLISHED);
        } finally {
            people().disable("perf.4100");
            OpenedCycles.end(runtime, returns, cycleId);
        }
    }

    @Test
    void whoeverWroteTheCoverReportMayNotApproveItOnceChiefExecutive() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4101);
        long cycleId = scenario.cycle.id();
        try {
            people().give("perf.4101", "Cas Writer", Role.PERFORMANCE_TEAM);
            covers.write(cycleId, "perf.4101", new CabinetCover("Cabinet", null, null, "Quarter 2 performance", null,
                    null, null, null, null, "Cas Writer, Performance Officer"), CabinetCover.EMPTY);
            scenario.completeAndAccept();
            awaitDecision(cycleId);

            people().give("perf.4101", "Cas Writer", Role.CHIEF_EXECUTIVE);

            assertThatThrownBy(() -> approval.approve(cycleId, "perf.4101")).isInstanceOf(NotAllowedException.class)
                    .hasMessageStartingWith("You wrote its cover report for Cabinet, so you may not approve it");
            assertThat(approval.whyNotApprove(cycleId, "ceo")).isEmpty();
            assertThat(cycles.find(cycleId).orElseThrow().status()).isEqualTo(CycleStatus.AWAITING_APPROVAL);
        } finally {
            people().disable("perf.4101");
            OpenedCycles.end(runtime, returns, cycleId);
        }
    }

    /**
     * The report prints the quarter's returns: whoever accepted one (or prepared, submitted or signed one off) checked
     * or made part of it, so once chief executive may not approve it. Only work on the report's own text counted.
     */
    @Test
    void whoeverAcceptedOneOfItsReturnsMayNotApproveItOnceChiefExecutive() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4104);
        long cycleId = scenario.cycle.id();
        try {
            people().give("perf.4104", "Acc Checker", Role.PERFORMANCE_TEAM);
            scenario.completeAndSignOff();
            scenario.awaitTask(ReturnProcess.TASK_QUALITY_CHECK);
            context.getBean(ReturnWorkflow.class).accept(scenario.housing.id(), "perf.4104");
            awaitDecision(cycleId);

            people().give("perf.4104", "Acc Checker", Role.CHIEF_EXECUTIVE);

            String own = "You accepted Housing's return, so you may not approve it: nobody checks their own work. It"
                    + " waits for a chief executive who had no hand in it.";
            assertThatThrownBy(() -> approval.approve(cycleId, "perf.4104")).isInstanceOf(NotAllowedException.class)
                    .hasMessage(own);
            assertThat(approval.whyNotApprove(cycleId, "dir.housing")).as("signed it off").contains("You signed off"
                    + " Housing's return, so you may not approve it: nobody checks their own work. It waits for a"
                    + " chief executive who had no hand in it.");
            assertThat(approval.whyNotApprove(cycleId, "ceo")).isEmpty();
            assertThat(cycles.find(cycleId).orElseThrow().status()).isEqualTo(CycleStatus.AWAITING_APPROVAL);
        } finally {
            people().disable("perf.4104");
            OpenedCycles.end(runtime, returns, cycleId);
        }
    }

    private PeopleInRoles people() {
        return new PeopleInRoles(admin, jdbc);
    }

    private void awaitDecision(long cycleId) {
        Await.until("the report awaiting a decision", ReturnScenario.WAIT,
                () -> cycles.find(cycleId).orElseThrow().status() == CycleStatus.AWAITING_APPROVAL
                        && approval.decisionStep(cycleId).isPresent());
    }
}
