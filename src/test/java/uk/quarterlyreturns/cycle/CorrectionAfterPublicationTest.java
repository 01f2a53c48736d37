package uk.quarterlyreturns.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.quarterlyreturns.cycle.CycleScenario.at;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.report.ReportDrafts;
import uk.quarterlyreturns.report.ReportStatus;
import uk.quarterlyreturns.report.ReportVersions;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;

/**
 * A correction after publication of a report compiled at its compilation date with a return still missing: the
 * correction waits for the reopened return only, not for the one that never came in; a draft meanwhile reads as
 * the version to come.
 */
class CorrectionAfterPublicationTest extends ApplicationTest {

    /** 21 July 2724 is a Monday, as CycleScenario's dates expect. */
    private static final int YEAR = 2724;
    /** A year of its own for the draft; nothing in it waits on a weekday (no reminders, no escalation in time). */
    private static final int DRAFT_YEAR = 2776;
    private static final int WAITING_YEAR = 6031;

    @Autowired ApplicationContext context;
    @Autowired ReturnRepository returns;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReportApproval approval;
    @Autowired ReportVersions reportVersions;
    @Autowired ReportDrafts drafts;

    private CycleScenario scenario;

    @AfterEach
    void realTime() {
        CycleScenario.end(scenario);
    }

    @Test
    void aCorrectionIsCompiledOnceTheReopenedReturnIsAcceptedEvenWithAnotherReturnStillMissing() throws Exception {
        // Highways never sends its return: at the compilation date the report goes with what is in.
        scenario = CycleScenario.of(context, YEAR).open(ChasePolicy.parse("", java.time.LocalTime.of(9, 0), 30, 30));
        ServiceReturn housing = scenario.housingPublished(workflow, approval);
        assertThat(scenario.returnOf("Highways and Streetscene").status()).isNotEqualTo(ReturnStatus.ACCEPTED);

        at(YEAR, 8, 10, 10, 0);
        workflow.reopen(housing.id(), "perf", "H-1 corrected after an audit of repairs data");
        // Highways' return comes in at last, during the correction: version 2 prints it, and its note says so
        ServiceReturn highways = scenario.returnOf("Highways and Streetscene");
        scenario.enter("R-1", "90");
        workflow.submit(highways.id(), "data.highways");
        scenario.enter("H-1", "58");
        scenario.signedOffAndAccepted(workflow, housing);

        scenario.awaitCycleTask(CycleProcess.TASK_APPROVE_REPORT);
        var second = reportVersions.latest(scenario.cycle.id()).orElseThrow();
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.status()).isEqualTo(ReportStatus.AWAITING_APPROVAL);
        assertThat(second.changeNote()).isEqualTo("H-1 corrected after an audit of repairs data; first in after"
                + " version 1 was compiled: Highways and Streetscene");
        assertThat(scenario.status()).isEqualTo(CycleStatus.AWAITING_APPROVAL);
    }

    /**
     * Highways' late return comes in while version 1 waits for the chief executive: version 1 was compiled without
     * it, so version 2's note names it, though it came in before version 1 was published.
     */
    @Test
    void aReturnInWhileTheVersionWaitedForApprovalIsNamedInTheNextVersionsNote() throws Exception {
        scenario = CycleScenario.of(context, WAITING_YEAR)
                .open(ChasePolicy.parse("", java.time.LocalTime.of(9, 0), 30, 30));
        ServiceReturn housing = scenario.housingCompiled(workflow);

        at(WAITING_YEAR, 8, 2, 10, 0);
        ServiceReturn highways = scenario.returnOf("Highways and Streetscene");
        scenario.enter("R-1", "90");
        workflow.submit(highways.id(), "data.highways");
        at(WAITING_YEAR, 8, 3, 10, 0);
        approval.approve(scenario.cycle.id(), "ceo");
        Await.until("version 1 published", CycleScenario.WAIT, () -> scenario.status() == CycleStatus.PUBLISHED);

        at(WAITING_YEAR, 8, 10, 10, 0);
        workflow.reopen(housing.id(), "perf", "H-1 corrected after an audit of repairs data");
        scenario.enter("H-1", "58");
        scenario.signedOffAndAccepted(workflow, housing);
        scenario.awaitCycleTask(CycleProcess.TASK_APPROVE_REPORT);
        assertThat(reportVersions.latest(scenario.cycle.id()).orElseThrow().changeNote())
                .isEqualTo("H-1 corrected after an audit of repairs data; first in after version 1 was compiled:"
                        + " Highways and Streetscene");
    }

    @Test
    void aDraftDuringACorrectionIsTheNextVersionWithItsPendingChangeNote() throws Exception {
        scenario = CycleScenario.of(context, DRAFT_YEAR)
                .open(ChasePolicy.parse("", java.time.LocalTime.of(9, 0), 30, 30));
        ServiceReturn housing = scenario.housingPublished(workflow, approval);

        at(DRAFT_YEAR, 8, 10, 10, 0);
        workflow.reopen(housing.id(), "perf", "H-1 corrected after an audit of repairs data");
        assertThat(scenario.status()).as("a correction collects returns again").isEqualTo(CycleStatus.OPEN);

        ReportDrafts.Draft draft = drafts.compile(scenario.cycle.id(), "perf");
        try {
            assertThat(draft.html()).contains("DRAFT: not for publication").contains("Version 2")
                    .doesNotContain("Version 1")
                    .contains("Change note: <span>H-1 corrected after an audit of repairs data</span>");
        } finally {
            draft.discard();
        }
    }

}
