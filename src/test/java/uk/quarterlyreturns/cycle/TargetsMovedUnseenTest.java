package uk.quarterlyreturns.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.quarterlyreturns.cycle.CycleScenario.at;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FrameworkEdit;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.FrameworkRemoval;
import uk.quarterlyreturns.framework.FrameworkWay;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.report.MeasureLine;
import uk.quarterlyreturns.report.ReportInput;
import uk.quarterlyreturns.report.ReportVersions;
import uk.quarterlyreturns.report.TargetChange;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * Ways to move R-1's target of 100, which Cabinet read in Q1's published report (Highways' return never came in, so no
 * signed figure holds the target still), without Q2's report saying so: lowering it to 80 while Q1's compiled report
 * waits for the chief executive's approval; removing the measure and adding it again with 80.
 */
class TargetsMovedUnseenTest extends ApplicationTest {

    private static final int YEAR = 5520;
    private static final int REMOVED_YEAR = 5530;
    private static final int ROUNDED_YEAR = 5531;
    private static final ChasePolicy POLICY = ChasePolicy.parse("", LocalTime.of(9, 0), 30, 30);
    private static final String REASON = "Contractor's capacity halved";

    @Autowired ApplicationContext context;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReportApproval approval;
    @Autowired CycleReports reports;
    @Autowired ReportVersions versions;
    @Autowired ObjectMapper json;
    @Autowired FrameworkImport imports;
    @Autowired FrameworkRemoval removal;
    @Autowired YearRepository years;

    private CycleScenario scenario;
    @AfterEach
    void endProcesses() {
        CycleScenario.end(scenario);
    }

    @Test
    void aTargetChangedAfterTheFirstReportWasCompiledButBeforeItsApprovalShowsInTheNext() throws Exception {
        scenario = CycleScenario.of(context, YEAR);
        scenario.open(POLICY);
        scenario.enter("H-1", "60");
        scenario.signedOffAndAccepted(workflow, scenario.returnOf("Housing"));
        at(YEAR, 8, 1, 9, 5);
        scenario.awaitCycleTask(CycleProcess.TASK_APPROVE_REPORT);

        at(YEAR, 8, 1, 10, 0);
        lowered();
        at(YEAR, 8, 1, 11, 0);
        approval.approve(scenario.cycle.id(), "ceo");
        scenario.await("version 1 published", () -> scenario.status() == CycleStatus.PUBLISHED);
        assertThat(line(scenario.cycle.id(), "R-1").targetText()).as("Q1 as compiled, not re-read at approval")
                .isEqualTo("100");

        assertThat(secondQuartersChanges()).as("Cabinet read 100 in Q1's published report")
                .containsExactly(new TargetChange("target", "100", "80", LocalDate.of(YEAR, 8, 1), REASON));
    }

    @Test
    void aMeasureRemovedAndAddedAgainWithAnotherTargetShowsItsTargetMoving() throws Exception {
        removedOnceQ1WasPublished(REMOVED_YEAR);
        lowered();
        assertThat(secondQuartersChanges()).as("against the rule it was removed with")
                .containsExactly(new TargetChange("target", "100", "80", LocalDate.of(REMOVED_YEAR, 9, 3), REASON));
    }

    /**
     * R-1 removed and added again with its figures rounded to no decimal places, not the two it was judged at: 99.6
     * judged at two places is not 100 judged at none, so Q2's report says the rule moved.
     */
    @Test
    void aMeasureRemovedAndAddedAgainWithOtherDecimalPlacesShowsItsRuleMoving() throws Exception {
        removedOnceQ1WasPublished(ROUNDED_YEAR);
        String csv = new String(new ClassPathResource("fixtures/framework-cycle.csv").getContentAsByteArray(),
                StandardCharsets.UTF_8).replace("rag_scheme\n", "rag_scheme,decimals\n")
                .replace("FIVE_POINT\n", "FIVE_POINT,\n").replace("TOLERANCE\n", "TOLERANCE,0\n");
        imports.importMeasures(scenario.year, TabularFile.read(csv.getBytes(StandardCharsets.UTF_8), "f.csv"),
                new FrameworkEdit("perf", FrameworkWay.FORM, REASON));

        assertThat(secondQuartersChanges()).as("against the decimal places it was removed with")
                .containsExactly(new TargetChange("decimals", "2", "0", LocalDate.of(ROUNDED_YEAR, 9, 3), REASON));
    }

    /** Q1's report published with R-1 in it; R-1 removed on 2 September; the clock at 3 September. */
    private void removedOnceQ1WasPublished(int year) throws Exception {
        scenario = CycleScenario.of(context, year);
        scenario.open(POLICY);
        scenario.housingPublished(workflow, approval);
        at(year, 9, 2, 10, 0);
        removal.removeMeasure(years.find(scenario.year).orElseThrow(), "R-1",
                new FrameworkEdit("perf", FrameworkWay.SCREEN, "Duplicate"));
        at(year, 9, 3, 10, 0);
    }

    /** R-1's target lowered from 100 to 80 (or R-1 added again with 80), with the reason. */
    private void lowered() throws Exception {
        String csv = new String(new ClassPathResource("fixtures/framework-cycle.csv").getContentAsByteArray(),
                StandardCharsets.UTF_8).replace("SNAPSHOT,100,", "SNAPSHOT,80,");
        imports.importMeasures(scenario.year, TabularFile.read(csv.getBytes(StandardCharsets.UTF_8), "f.csv"),
                new FrameworkEdit("perf", FrameworkWay.FORM, REASON));
    }

    /** Q2 opened in October and its report compiled: R-1's changes as it lists them. */
    private List<TargetChange> secondQuartersChanges() throws Exception {
        Cycle second = scenario.openSecondQuarter(POLICY);
        reports.compile(second.id());
        return line(second.id(), "R-1").targetChanges();
    }

    private MeasureLine line(long cycleId, String code) throws Exception {
        ReportInput input = json.readValue(versions.inputJson(versions.latest(cycleId).orElseThrow().id()),
                ReportInput.class);
        return input.measures().stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
    }
}
