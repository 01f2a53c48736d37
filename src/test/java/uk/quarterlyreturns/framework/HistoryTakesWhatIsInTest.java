package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.CycleService;
import uk.quarterlyreturns.cycle.CycleStatus;
import uk.quarterlyreturns.cycle.ReportApproval;
import uk.quarterlyreturns.returns.ReturnEditing;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * Next year's history and "last year's outturn" take this year's figures as this year's report prints them: a
 * figure counts once its return is in (submitted, and not sent back for rework), not while it sits in a draft nobody
 * submitted. The report printed such a figure as Missing. Years 3910-3915.
 */
class HistoryTakesWhatIsInTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired YearRollover rollover;
    @Autowired YearRepository years;
    @Autowired MeasureRepository measures;
    @Autowired ValueRepository values;
    @Autowired MeasureHistory measureHistory;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReturnEditing editing;
    @Autowired CycleRepository cycles;
    @Autowired ReportApproval approval;
    @Autowired ReturnRepository returns;

    @Test
    void aFigureReachesNextYearsHistoryOnceItsReturnIsInAndLeavesItWhenSentBack() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 3910);
        rollover.rollover("3910-11", "3911-12", true);
        long next = years.find("3911-12").orElseThrow().id();
        // the council's own outturn for the year, imported before this year's figures settle it
        measureHistory.saveHistory(measures.find(next, "HF-1").orElseThrow().id(),
                "3910-11", null, new BigDecimal("88"));

        scenario.enter("HF-1", 2, "85");
        assertThat(history(next, "HF-1")).as("a figure fed into a return nobody submitted")
                .doesNotContainKey("Q2").containsEntry("Q1", new BigDecimal("70"));

        scenario.completeAndSubmit();
        assertThat(history(next, "HF-1")).containsEntry("Q2", new BigDecimal("85"));
        assertThat(history(next, "HF-2")).containsEntry("Q2", new BigDecimal("55"));

        // the director puts a figure right before signing off: accountable for it, and it is what the report prints
        long hf1 = scenario.measureId("HF-1");
        editing.saveMeasure(scenario.housing.id(), hf1, values.find(hf1, 2).orElseThrow().version(),
                new MeasureEntry(new BigDecimal("86"), null, null, null, null, null), "dir.housing");
        assertThat(history(next, "HF-1")).containsEntry("Q2", new BigDecimal("86"));
        workflow.signOff(scenario.housing.id(), "dir.housing");

        // sent back by the performance team after sign-off: its figures wait for the next submission
        scenario.awaitTask(ReturnProcess.TASK_QUALITY_CHECK);
        workflow.sendBackByPerformanceTeam(scenario.housing.id(), "perf", "HF-1 looks too high");
        assertThat(history(next, "HF-1")).as("imported history stays").doesNotContainKey("Q2")
                .containsEntry("Q1", new BigDecimal("70")).containsEntry("outturn", new BigDecimal("88"));
        assertThat(history(next, "HF-2")).doesNotContainKey("Q2");

        scenario.awaitTask(ReturnProcess.TASK_COMPLETE_RETURN);
        scenario.enter("HF-1", 2, "81");
        assertThat(history(next, "HF-1")).as("reworked, not yet submitted again").doesNotContainKey("Q2");
        workflow.submit(scenario.housing.id(), "data.housing");
        assertThat(history(next, "HF-1")).containsEntry("Q2", new BigDecimal("81"));

        // accepted, and the report compiled; the chief executive doubts HF-1, and the performance team reopens the
        // return to correct it: the report prints the correction, and so does history
        workflow.signOff(scenario.housing.id(), "dir.housing");
        scenario.awaitTask(ReturnProcess.TASK_QUALITY_CHECK);
        workflow.accept(scenario.housing.id(), "perf");
        Await.until("the report with the chief executive", ReturnScenario.WAIT,
                () -> cycles.find(scenario.cycle.id()).orElseThrow().status() == CycleStatus.AWAITING_APPROVAL);
        approval.returnWithComments(scenario.cycle.id(), "ceo", "Is HF-1 right?");
        workflow.reopen(scenario.housing.id(), "perf", "HF-1 checked for the chief executive");
        scenario.awaitTask(ReturnProcess.TASK_COMPLETE_RETURN);
        editing.saveMeasure(scenario.housing.id(), hf1, values.find(hf1, 2).orElseThrow().version(),
                new MeasureEntry(new BigDecimal("82.5"), null, null, null, null, null), "data.housing");
        assertThat(history(next, "HF-1")).containsEntry("Q2", new BigDecimal("82.5"));
    }

    @Test
    void theRolloverOfAYearWithADraftReturnCarriesNoneOfItsFigures() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 3912);
        scenario.enter("HF-1", 2, "85");
        scenario.enter("HF-2", 2, "55");

        rollover.rollover("3912-13", "3913-14", true);

        long next = years.find("3913-14").orElseThrow().id();
        assertThat(history(next, "HF-1", "3912-13")).doesNotContainKey("Q2")
                .as("the latest quarter in, not the draft's").containsEntry("outturn", new BigDecimal("70"))
                .containsEntry("Q1", new BigDecimal("70"));
        assertThat(history(next, "HF-2", "3912-13")).doesNotContainKey("Q2")
                .containsEntry("outturn", new BigDecimal("50"));
    }

    /**
     * A figure fed before its quarter's cycle opened had no return to be in, and reached next year's history; once the
     * cycle issues the return, it is a figure of a return not in, until the return is submitted.
     */
    @Test
    void aFigureFedBeforeItsCycleOpenedLeavesNextYearsHistoryWhenItsReturnIsIssued() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 3914);
        rollover.rollover("3914-15", "3915-16", true);
        long next = years.find("3915-16").orElseThrow().id();
        scenario.enter("HF-1", 3, "83");
        assertThat(history(next, "HF-1", "3914-15")).containsEntry("Q3", new BigDecimal("83"));

        Instant now = Instant.now();
        Cycle third = context.getBean(CycleService.class).open(scenario.year, 3, now.plus(Duration.ofDays(14)),
                now.plus(Duration.ofDays(30)), ChasePolicy.DEFAULT, "perf");
        Await.until("the Q3 return issued", ReturnScenario.WAIT, () -> returns.forCycle(third.id()).size() == 1);

        assertThat(history(next, "HF-1", "3914-15")).doesNotContainKey("Q3")
                .containsEntry("Q1", new BigDecimal("70"));
    }

    private Map<String, BigDecimal> history(long yearId, String code) {
        return history(yearId, code, "3910-11");
    }

    private Map<String, BigDecimal> history(long yearId, String code, String ofYear) {
        return HistoryByPeriod.of(measureHistory, measures, yearId, code, ofYear);
    }
}
