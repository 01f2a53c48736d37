package uk.quarterlyreturns.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.quarterlyreturns.cycle.CycleScenario.at;
import static uk.quarterlyreturns.cycle.CycleScenario.london;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.report.ReportInput;
import uk.quarterlyreturns.report.ReportVersions;
import uk.quarterlyreturns.report.SummaryCounts;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.OpenedCycles;

/**
 * "11% were judged 'at risk' in Quarter 1": the next quarter's report quotes the last quarter as its published
 * report told readers, not as its figures would be rated today.
 */
class PreviousQuarterAsPublishedTest extends ApplicationTest {

    private static final int YEAR = 2973;

    @Autowired ApplicationContext context;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReportApproval approval;
    @Autowired CycleService cycles;
    @Autowired CycleReports reports;
    @Autowired ReportVersions versions;
    @Autowired RuntimeService runtime;
    @Autowired ReturnRepository returns;
    @Autowired ObjectMapper json;
    @Autowired FrameworkImport imports;

    private CycleScenario scenario;
    private Cycle second;

    @AfterEach
    void endProcesses() {
        if (second != null) {
            OpenedCycles.end(runtime, returns, second.id());
        }
        CycleScenario.end(scenario);
    }

    @Test
    void theLastQuarterIsQuotedAsItsReportWasPublished() throws Exception {
        ChasePolicy policy = ChasePolicy.parse("", LocalTime.of(9, 0), 30, 30);
        scenario = CycleScenario.of(context, YEAR).open(policy);
        scenario.housingPublished(workflow, approval);
        // Highways' Q1 return was not in, so the published report printed R-1 as Missing; its figure (Red) was typed
        // in afterwards and never submitted
        scenario.enter("R-1", "150");
        // once Q1's report is published, H-1's target may be raised under its accepted 60, which is now off track
        imports.importMeasures(scenario.year, TabularFile.read(new String(new ClassPathResource(
                "fixtures/framework-cycle.csv").getContentAsByteArray(), StandardCharsets.UTF_8)
                .replace("SNAPSHOT,50,", "SNAPSHOT,70,").getBytes(StandardCharsets.UTF_8), "framework.csv"));

        at(YEAR, 10, 1, 9, 0);
        second = cycles.open(scenario.year, 2, london(YEAR, 10, 21, 17, 0).toInstant(),
                london(YEAR, 11, 1, 9, 0).toInstant(), policy, "perf");
        reports.compile(second.id());

        ReportInput q2 = json.readValue(versions.inputJson(versions.latest(second.id()).orElseThrow().id()),
                ReportInput.class);
        assertThat(q2.previousQuarter()).as("Q1 as published: H-1 on track, R-1 missing, whatever the target now")
                .isEqualTo(new SummaryCounts(1, 0, 0, 1));
    }
}
