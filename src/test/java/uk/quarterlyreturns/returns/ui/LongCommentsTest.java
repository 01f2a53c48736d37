package uk.quarterlyreturns.returns.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.CycleStatus;
import uk.quarterlyreturns.cycle.ReportApproval;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * A send-back comment, a reason for reopening and the chief executive's comments go into mail and the history, so
 * each has the sign-off note's limit: a longer one is refused with its length, and the return stays where it was.
 */
class LongCommentsTest extends ViewTest {

    @Autowired ApplicationContext context;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReportApproval approval;
    @Autowired CycleRepository cycles;

    @Test
    void aCommentOrReasonBeyondTheLimitIsRefusedAndNothingChanges() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 3830);
        long id = scenario.housing.id();
        scenario.completeAndSignOff();
        scenario.awaitTask(ReturnProcess.TASK_QUALITY_CHECK);
        String tooLong = "x".repeat(ReturnWorkflow.MOST_CHARACTERS + 1);

        assertThatThrownBy(() -> workflow.sendBackByPerformanceTeam(id, "perfmgr", tooLong))
                .hasMessage("A comment for the service is at most 4000 characters; this one has 4001");
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SIGNED_OFF);

        workflow.accept(id, "perfmgr");
        assertThatThrownBy(() -> workflow.reopen(id, "perfmgr", tooLong))
                .hasMessage("A reason for reopening is at most 4000 characters; this one has 4001");
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.ACCEPTED);

        long cycleId = scenario.cycle.id();
        Await.until("the report with the chief executive", ReturnScenario.WAIT,
                () -> cycles.find(cycleId).orElseThrow().status() == CycleStatus.AWAITING_APPROVAL);
        assertThatThrownBy(() -> approval.returnWithComments(cycleId, "ceo", tooLong))
                .hasMessage("Comments for the performance team are at most 4000 characters; these have 4001");
        assertThat(cycles.find(cycleId).orElseThrow().status()).isEqualTo(CycleStatus.AWAITING_APPROVAL);
    }
}
