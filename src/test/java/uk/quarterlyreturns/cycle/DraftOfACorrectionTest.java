package uk.quarterlyreturns.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.quarterlyreturns.cycle.CycleScenario.at;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.report.ReportDrafts;
import uk.quarterlyreturns.report.ReportVersions;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;

/**
 * A draft compiled while a return reopened after publication is being corrected prints its figures as they stand,
 * mid-edit, and says so where they print, with the day and the reason it was reopened; once the return is accepted
 * again neither the draft nor the version sent for approval says so. Year 4284-85 (21 July 4284 is a Monday, as
 * CycleScenario's dates expect).
 */
class DraftOfACorrectionTest extends ApplicationTest {

    private static final int YEAR = 4284;
    private static final String NOTE = "Being corrected: reopened on 10 Aug 4284 - H-1 corrected after an audit of"
            + " repairs data";

    @Autowired ApplicationContext context;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReportApproval approval;
    @Autowired ReportVersions versions;
    @Autowired ReportDrafts drafts;

    private CycleScenario scenario;

    @AfterEach
    void realTime() {
        CycleScenario.end(scenario);
    }

    @Test
    void aDraftMarksTheFiguresOfAReturnBeingCorrected() throws Exception {
        scenario = CycleScenario.of(context, YEAR).open(ChasePolicy.parse("", java.time.LocalTime.of(9, 0), 30, 30));
        ServiceReturn housing = scenario.returnOf("Housing");
        scenario.enter("H-1", "60");
        scenario.signedOffAndAccepted(workflow, housing);
        at(YEAR, 8, 1, 9, 5);
        scenario.awaitCycleTask(CycleProcess.TASK_APPROVE_REPORT);
        approval.approve(scenario.cycle.id(), "ceo");
        Await.until("version 1 published", CycleScenario.WAIT, () -> scenario.status() == CycleStatus.PUBLISHED);

        at(YEAR, 8, 10, 10, 0);
        workflow.reopen(housing.id(), "perf", "H-1 corrected after an audit of repairs data");
        scenario.enter("H-1", "58"); // mid-edit: printed as it stands, marked so
        String draft = draftHtml();
        assertThat(draft).contains("<li><span>Housing</span>: <span>" + NOTE + "</span></li>")
                .as("where Housing's measures print").contains("<td colspan=\"13\">" + NOTE + "</td>")
                .doesNotContain("Highways and Streetscene</span>: <span>Being corrected");

        scenario.signedOffAndAccepted(workflow, housing);
        scenario.awaitCycleTask(CycleProcess.TASK_APPROVE_REPORT);
        long second = versions.latest(scenario.cycle.id()).orElseThrow().id();
        assertThat(versions.html(second)).as("the version sent for approval").doesNotContain("Being corrected");
    }

    private String draftHtml() {
        ReportDrafts.Draft draft = drafts.compile(scenario.cycle.id(), "perf");
        try {
            return draft.html();
        } finally {
            draft.discard();
        }
    }
}
