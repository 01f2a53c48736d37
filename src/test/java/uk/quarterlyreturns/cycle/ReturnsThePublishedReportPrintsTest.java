package uk.quarterlyreturns.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.quarterlyreturns.cycle.CycleScenario.at;

import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.framework.MeasureEntry;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.report.ReportVersion;
import uk.quarterlyreturns.report.ReportVersions;
import uk.quarterlyreturns.returns.ReturnEditing;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * Returns whose figures a published version printed, or printed as Missing: readers are told of every change to them
 * in the next version. Years 7462 and 7463.
 */
class ReturnsThePublishedReportPrintsTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReturnEditing editing;
    @Autowired ReportApproval approval;
    @Autowired YearRepository years;
    @Autowired MeasureRepository measures;
    @Autowired ValueRepository values;
    @Autowired ReportVersions versions;

    private CycleScenario scenario;

    @AfterEach
    void end() {
        CycleScenario.end(scenario);
    }

    /**
     * Version 1 prints Housing's return as submitted (H-1 at 60). Changing it after publication at its sign-off left
     * version 1 with the old figure and published no version 2: it is refused. Sending it back, which was refused too
     * (a return unable to be signed off as it stands was then stuck), reopens it for correction with the comment as
     * its reason, and the correction publishes version 2 saying why.
     */
    @Test
    void aReturnPublishedAsSubmittedIsChangedOnlyByACorrection() throws Exception {
        scenario = CycleScenario.of(context, 7462).open(ChasePolicy.DEFAULT);
        ServiceReturn housing = scenario.housingPublishedAsSubmitted(workflow, approval);

        at(7462, 8, 5, 10, 0);
        long h1 = measures.find(years.find(scenario.year).orElseThrow().id(), "H-1").orElseThrow().id();
        assertThat(editing.canChange("dir.housing", scenario.reload(housing))).as("its form is read only").isFalse();
        assertThatThrownBy(() -> editing.saveMeasure(housing.id(), h1, values.find(h1, 1).orElseThrow().version(),
                new MeasureEntry(new BigDecimal("75"), null, null, null, null, null), "dir.housing"))
                .isInstanceOf(IllegalStateException.class).hasMessage("The published report prints Housing's return"
                        + " as submitted, so the return cannot be changed now: send it back with a reason to correct"
                        + " it, and the correction will be published as the next version.");
        assertThat(values.find(h1, 1).orElseThrow().value()).isEqualByComparingTo("60");

        workflow.signOff(housing.id(), "dir.housing");
        scenario.awaitTask(housing.id(), ReturnProcess.TASK_QUALITY_CHECK);
        workflow.sendBackByPerformanceTeam(housing.id(), "perf", "H-1 was the April count, not the month-end one");
        assertThat(scenario.reload(housing).status()).isEqualTo(ReturnStatus.REOPENED);
        scenario.enter("H-1", "75");
        scenario.signedOffAndAccepted(workflow, housing);
        scenario.awaitCycleTask(CycleProcess.TASK_APPROVE_REPORT);
        assertThat(versions.forCycle(scenario.cycle.id())).extracting(v -> v.version() + " " + v.status() + ": "
                + v.changeNote()).containsExactlyInAnyOrder("1 APPROVED: null",
                        "2 AWAITING_APPROVAL: H-1 was the April count, not the month-end one");
    }

    /**
     * Version 1 prints Housing's items "Missing: sent back for rework"; Housing is submitted again and accepted after
     * it. Version 2, a correction of Highways, prints Housing's figures: its note says why they appeared.
     */
    @Test
    void aReturnPublishedAsSentBackAndInNowIsNamedInTheNextVersionsNote() throws Exception {
        scenario = CycleScenario.of(context, 7463).open(ChasePolicy.DEFAULT);
        ServiceReturn highways = scenario.returnOf("Highways and Streetscene");
        scenario.enter("R-1", "90");
        acceptedHighways(highways);
        ServiceReturn housing = scenario.housingSubmitted(workflow);
        workflow.sendBackToService(housing.id(), "dir.housing", "Give the month-end figure");
        at(7463, 8, 1, 9, 5); // the compilation date: Housing sent back
        scenario.awaitCycleTask(CycleProcess.TASK_APPROVE_REPORT);
        approval.approve(scenario.cycle.id(), "ceo");
        scenario.await("version 1 published", () -> scenario.status() == CycleStatus.PUBLISHED);

        at(7463, 8, 5, 10, 0);
        scenario.enter("H-1", "64");
        scenario.signedOffAndAccepted(workflow, housing);
        workflow.reopen(highways.id(), "perf", "R-1 counted again");
        scenario.awaitTask(highways.id(), ReturnProcess.TASK_COMPLETE_RETURN);
        scenario.enter("R-1", "88");
        acceptedHighways(highways);
        scenario.awaitCycleTask(CycleProcess.TASK_APPROVE_REPORT);
        ReportVersion second = versions.latest(scenario.cycle.id()).orElseThrow();
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.changeNote()).isEqualTo("R-1 counted again; printed as Missing in version 1 while sent"
                + " back or reopened, in now: Housing");
    }

    private void acceptedHighways(ServiceReturn highways) {
        workflow.submit(highways.id(), "data.highways");
        workflow.signOff(highways.id(), "dir.highways");
        scenario.awaitTask(highways.id(), ReturnProcess.TASK_QUALITY_CHECK);
        workflow.accept(highways.id(), "perf");
    }
}
