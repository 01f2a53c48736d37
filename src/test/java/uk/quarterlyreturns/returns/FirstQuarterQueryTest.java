package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleService;
import uk.quarterlyreturns.framework.FigureImport;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.KeyActionRepository;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;

/** A Q1 figure is compared with last year's Q4 from history, as any other quarter with the one before. */
class FirstQuarterQueryTest extends ApplicationTest {

    private static final String YEAR = ReportingYear.labelOf(2634);

    @Autowired FrameworkImport imports;

    @Autowired FigureImport figures;
    @Autowired CycleService cycles;
    @Autowired ReturnRepository returns;
    @Autowired ReturnWorkflow workflow;
    @Autowired TaskService tasks;
    @Autowired YearRepository years;
    @Autowired MeasureRepository measures;
    @Autowired ValueRepository values;
    @Autowired KeyActionRepository actions;

    @Test
    void aFirstQuarterFigureFarFromLastYearsFourthIsAQueryThatStopsTheSubmission() throws Exception {
        imports.importMeasures(YEAR, fixture("fixtures/framework-form.csv"));
        imports.importKeyActions(YEAR, fixture("fixtures/actions-form.csv"));
        figures.importHistory(YEAR, TabularFile.read(("code,year,value,quarter\nHF-1,"
                + ReportingYear.labelOf(2633) + ",40,4\n").getBytes(StandardCharsets.UTF_8), "history.csv"));
        Instant now = Instant.now();
        Cycle cycle = cycles.open(YEAR, 1, now.plus(Duration.ofDays(14)), now.plus(Duration.ofDays(30)),
                ChasePolicy.DEFAULT, "perf");
        Await.until("the Housing return issued", Duration.ofSeconds(90), () -> returns.forCycle(cycle.id()).size() == 1
                && tasks.createTaskQuery().processVariableValueEquals(ReturnProcess.VAR_RETURN_ID,
                        returns.forCycle(cycle.id()).get(0).id()).taskDefinitionKey(ReturnProcess.TASK_COMPLETE_RETURN)
                .active().count() == 1);
        long housing = returns.forCycle(cycle.id()).get(0).id();
        // Both on target (Green): 85% against 40% in last year's Q4 is the only thing to explain.
        enter("HF-1", "85");
        enter("HF-2", "55");
        long year = years.find(YEAR).orElseThrow().id();
        actions.saveStatus(actions.find(year, "HKA-1").orElseThrow().id(), 1, Rag.GREEN, "On track", "feed");

        assertThatThrownBy(() -> workflow.submit(housing, "data.housing"))
                .isInstanceOfSatisfying(ReturnNotReadyException.class, e -> assertThat(e.problems())
                        .extracting(ReturnChecks.Problem::code, ReturnChecks.Problem::level)
                        .containsExactly(tuple("HF-1", ReturnChecks.Level.QUERY)));
        assertThat(returns.find(housing).orElseThrow().status()).isNotEqualTo(ReturnStatus.SUBMITTED);
    }

    private void enter(String code, String value) {
        long measure = measures.find(years.find(YEAR).orElseThrow().id(), code).orElseThrow().id();
        values.saveFigure(measure, 1, new BigDecimal(value), null, null, null, "feed");
    }

    private static TabularFile fixture(String path) throws Exception {
        return TabularFile.read(new ClassPathResource(path).getContentAsByteArray(), path);
    }
}
