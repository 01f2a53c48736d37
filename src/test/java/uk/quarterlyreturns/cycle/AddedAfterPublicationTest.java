package uk.quarterlyreturns.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FrameworkEdit;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.FrameworkWay;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.report.MeasureLine;
import uk.quarterlyreturns.report.ReportInput;
import uk.quarterlyreturns.report.ReportVersions;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * A measure added once Q1's report is published is reported from Q2: a correction of Q1's return does not owe it, and
 * Q1's next version prints it Not due, its counts as they were.
 */
class AddedAfterPublicationTest extends ApplicationTest {

    private static final int YEAR = 7501;

    @Autowired ApplicationContext context;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReportApproval approval;
    @Autowired FrameworkImport imports;
    @Autowired ReportVersions versions;
    @Autowired MeasureRepository measures;
    @Autowired YearRepository years;
    @Autowired ObjectMapper json;

    private CycleScenario scenario;

    @AfterEach
    void end() {
        CycleScenario.end(scenario);
    }

    @Test
    void aCorrectionOfAnEarlierQuarterDoesNotOweAMeasureAddedSince() throws Exception {
        scenario = CycleScenario.of(context, YEAR);
        scenario.open(ChasePolicy.DEFAULT);
        ServiceReturn housing = scenario.housingPublished(workflow, approval);
        ReportInput first = input();

        imports.addMeasures(scenario.year, TabularFile.read(("code,title,directorate,service,theme,unit,polarity,"
                + "frequency,aggregation,target,floor,tolerance_pct,rag_scheme\n"
                + "H-9,Empty homes brought back into use,Economy and Infrastructure,Housing,Ambitious,COUNT,"
                + "HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,20,,10,TOLERANCE\n").getBytes(StandardCharsets.UTF_8), "f.csv"),
                FrameworkEdit.signedIn(FrameworkWay.FORM));
        long yearId = years.find(scenario.year).orElseThrow().id();
        assertThat(measures.find(yearId, "H-9").orElseThrow().reportedFrom()).isEqualTo(2);

        workflow.reopen(housing.id(), "perf", "H-1 was the wrong month");
        scenario.signedOffAndAccepted(workflow, housing); // submitted with no Q1 figure for H-9
        scenario.awaitCycleTask(CycleProcess.TASK_APPROVE_REPORT);

        ReportInput second = input();
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.changeNote()).isEqualTo("H-1 was the wrong month");
        assertThat(second.measures()).filteredOn(m -> m.code().equals("H-9")).singleElement()
                .satisfies(m -> assertThat(m.rag()).isEqualTo(Rag.NOT_DUE));
        assertThat(counts(second)).as("Q1's counts as version 1 printed them").isEqualTo(counts(first));
    }

    private ReportInput input() throws Exception {
        return json.readValue(versions.inputJson(versions.latest(scenario.cycle.id()).orElseThrow().id()),
                ReportInput.class);
    }

    /** How many measures the report prints at each RAG, the not due apart. */
    private static Map<Rag, Long> counts(ReportInput input) {
        return input.measures().stream().map(MeasureLine::rag).filter(rag -> rag != Rag.NOT_DUE)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
