package uk.quarterlyreturns.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.ActionEntry;
import uk.quarterlyreturns.framework.FrameworkEdit;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.FrameworkWay;
import uk.quarterlyreturns.framework.KeyAction;
import uk.quarterlyreturns.framework.KeyActionRepository;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.report.ActionLine;
import uk.quarterlyreturns.report.MeasureLine;
import uk.quarterlyreturns.report.ReportInput;
import uk.quarterlyreturns.report.ReportVersions;
import uk.quarterlyreturns.returns.ReturnContents;
import uk.quarterlyreturns.returns.ReturnEditing;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnSheets;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * A measure or key action added once Q1's report is published is reported from Q2: a correction of Q1's return does
 * not owe it, and Q1's next version prints it Not due, its counts changed by the correction alone.
 */
class AddedAfterPublicationTest extends ApplicationTest {

    private static final int YEAR = 7501;
    /** 21 July 7614 is a Monday, as CycleScenario's dates expect. */
    private static final int KEY_ACTION_YEAR = 7614;

    @Autowired ApplicationContext context;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReportApproval approval;
    @Autowired FrameworkImport imports;
    @Autowired ReportVersions versions;
    @Autowired MeasureRepository measures;
    @Autowired YearRepository years;
    @Autowired ObjectMapper json;
    @Autowired KeyActionRepository actions;
    @Autowired ReturnEditing editing;
    @Autowired ReturnSheets sheets;
    @Autowired ReturnContents contents;

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

    @Test
    void aCorrectionOfAnEarlierQuarterDoesNotOweAKeyActionAddedSince() throws Exception {
        scenario = CycleScenario.of(context, KEY_ACTION_YEAR);
        scenario.open(ChasePolicy.DEFAULT);
        ServiceReturn housing = scenario.housingPublished(workflow, approval); // H-1 at 60, Highways' return out
        ReportInput first = input();

        imports.importKeyActions(scenario.year, TabularFile.read(("code,title,directorate,service,theme\n"
                + "ERC998,New housing action,Economy and Infrastructure,Housing,Ambitious\n"
                + "ERC999,New highways action,Economy and Infrastructure,Highways and Streetscene,Ambitious\n")
                .getBytes(StandardCharsets.UTF_8), "actions.csv"));
        KeyAction added = actions.find(years.find(scenario.year).orElseThrow().id(), "ERC998").orElseThrow();
        assertThat(added.reportedFrom()).isEqualTo(2);

        workflow.reopen(housing.id(), "perf", "H-1 was the wrong month");
        scenario.awaitTask(housing.id(), ReturnProcess.TASK_COMPLETE_RETURN);
        assertThat(sheets.load(housing.id()).actions()).as("the correction's form").isEmpty();
        assertThat(contents.counts(housing.id()).actionsDue()).as("what its mails say it asks for").isZero();
        assertThat(contents.emptyItems(housing.id())).noneMatch(item -> item.startsWith("ERC998"));
        assertThatThrownBy(() -> editing.saveKeyAction(housing.id(), added.id(), null,
                new ActionEntry(Rag.GREEN, "On track", null, null), "data.housing"))
                .hasMessage("ERC998 is reported from Q2 only: it was added once the Q1 report was published, and no"
                        + " return asks for its Q1 status");
        scenario.enter("H-1", "48"); // Amber/Green, which needs no narrative
        scenario.signedOffAndAccepted(workflow, housing); // submitted with no Q1 status for ERC998
        scenario.awaitCycleTask(CycleProcess.TASK_APPROVE_REPORT);

        ReportInput second = input();
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.actions()).extracting(ActionLine::code, ActionLine::status)
                .containsExactlyInAnyOrder(tuple("ERC998", Rag.NOT_DUE), tuple("ERC999", Rag.NOT_DUE));
        Rag before = rag(first, "H-1");
        Rag after = rag(second, "H-1");
        assertThat(after).as("the correction").isNotEqualTo(before);
        Map<Rag, Long> expected = new HashMap<>(counts(first));
        expected.merge(before, -1L, Long::sum);
        expected.merge(after, 1L, Long::sum);
        expected.values().removeIf(n -> n == 0);
        assertThat(counts(second)).as("Q1's counts as version 1 printed them, but for the correction")
                .isEqualTo(expected);
    }

    private static Rag rag(ReportInput input, String code) {
        return input.measures().stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow().rag();
    }

    private ReportInput input() throws Exception {
        return json.readValue(versions.inputJson(versions.latest(scenario.cycle.id()).orElseThrow().id()),
                ReportInput.class);
    }

    /** How many measures and key actions the report prints at each RAG, the not due apart. */
    private static Map<Rag, Long> counts(ReportInput input) {
        return Stream.concat(input.measures().stream().map(MeasureLine::rag),
                input.actions().stream().map(ActionLine::status)).filter(rag -> rag != Rag.NOT_DUE)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
