package uk.quarterlyreturns.returns.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * A send-back comment and a reason for reopening go into mail and the return's history, so each has the sign-off
 * note's limit: a longer one is refused with its length, and the return stays where it was.
 */
class LongCommentsTest extends ViewTest {

    @Autowired ApplicationContext context;
    @Autowired ReturnWorkflow workflow;

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
    }
}
