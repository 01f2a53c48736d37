package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnTrail;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * A return back with the service says who sent it back and when, beside their comment: the service knows whether to
 * ask its director or the performance team.
 */
class SentBackByWhomTest extends ViewTest {

    @Autowired ApplicationContext context;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReturnTrail trail;

    @Test
    void theServiceReadsWhoSentItsReturnBackAndWhen() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 3805);
        long id = scenario.housing.id();
        scenario.completeAndSignOff();
        scenario.awaitTask(ReturnProcess.TASK_QUALITY_CHECK);
        workflow.sendBackByPerformanceTeam(id, "perfmgr", "HF-1: is 85% the month-end figure?");
        String when = ReturnHeader.WHEN.format(trail.forReturn(id).stream().filter(e -> "SENT_BACK".equals(
                e.newValue())).reduce((first, last) -> last).orElseThrow().at());

        signIn("data.housing");
        open(ReturnView.path(id));
        assertThat(_get(ReturnHeader.class).getElement().getTextRecursively()).contains("Sent back by Performance"
                + " Manager on " + when + " with this comment: HF-1: is 85% the month-end figure?");
    }
}
