package uk.quarterlyreturns.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.FigureRevision.Decision;
import uk.quarterlyreturns.framework.MeasureEntry;
import uk.quarterlyreturns.framework.MeasureStatus;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.returns.EarlierFigures;
import uk.quarterlyreturns.returns.ReturnEditing;
import uk.quarterlyreturns.returns.ReturnNotReadyException;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnSheets;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.AcceptedReturn;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ProvisionalFirstQuarter;

/**
 * A Q2 return revising Q1's provisional figure of a cumulative measure down (200 a year within 5%: Q1 50
 * provisional, Q2 50, Green as they stand; Red with Q1 revised to 40) is rated on its form, submitted and signed off as
 * its acceptance leaves the year to date: the reasons and actions the report prints under performance by exception
 * are asked for first.
 */
class RevisedYearToDateSignedOffAsReportedTest extends ApplicationTest {

    private static final String NARRATIVE = "HF-9: Red: give the reasons for performance and the actions planned";

    @Autowired ApplicationContext context;
    @Autowired EarlierFigures earlier;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReturnEditing editing;
    @Autowired ReturnSheets sheets;
    @Autowired ValueRepository values;
    @Autowired ReportInputs inputs;
    @Autowired CycleRepository cycles;
    @Autowired YearRepository years;

    @Test
    void aRevisionTurningTheYearToDateRedAsksForReasonsBeforeSubmissionAndTheReportPrintsThem() throws Exception {
        try (ProvisionalFirstQuarter scenario = secondQuarter(7331)) {
            ServiceReturn q2 = scenario.q2;
            long lettings = scenario.measureId("HF-9");
            assertThat(onTheForm(q2).rag()).as("as stored").isEqualTo(Rag.GREEN);
            reviseFirstQuarter(q2, lettings, "data.housing");

            MeasureStatus shown = onTheForm(q2);
            assertThat(shown.judgedValue()).isEqualByComparingTo("90");
            assertThat(shown.rag()).isEqualTo(Rag.RED);
            assertThatThrownBy(() -> scenario.completeAndSubmit(q2, 2)).isInstanceOf(ReturnNotReadyException.class)
                    .hasMessageContaining(NARRATIVE);

            explain(q2, lettings, "data.housing");
            scenario.completeAndSubmit(q2, 2);
            signOffAndAccept(q2);

            assertThat(values.find(lettings, 1).orElseThrow().value()).isEqualByComparingTo("40");
            ExceptionItem item = exception(scenario, q2);
            assertThat(item.rag().rag()).isEqualTo(Rag.RED);
            assertThat(item.reasons()).isEqualTo("Two lettings teams counted the same homes");
            assertThat(item.actionsPlanned()).isEqualTo("One count from the lettings system");
        }
    }

    @Test
    void aRevisionMadeAtSignOffIsCheckedThereToo() throws Exception {
        try (ProvisionalFirstQuarter scenario = secondQuarter(7332)) {
            ServiceReturn q2 = scenario.q2;
            long lettings = scenario.measureId("HF-9");
            scenario.completeAndSubmit(q2, 2);

            // the director may still change the return at sign-off, what it says of earlier figures included
            reviseFirstQuarter(q2, lettings, "dir.housing");
            assertThatThrownBy(() -> workflow.signOff(q2.id(), "dir.housing"))
                    .isInstanceOf(ReturnNotReadyException.class).hasMessageContaining("signed off")
                    .hasMessageContaining(NARRATIVE);

            explain(q2, lettings, "dir.housing");
            signOffAndAccept(q2);
            assertThat(exception(scenario, q2).reasons()).isEqualTo("Two lettings teams counted the same homes");
        }
    }

    /** Housing's Q2 return with HF-9 at 50, after Q1's 50 provisional: 100 to date against 100, Green. */
    private ProvisionalFirstQuarter secondQuarter(int startYear) throws Exception {
        ProvisionalFirstQuarter scenario = ProvisionalFirstQuarter.homesLetProvisional(context, startYear);
        scenario.enter("HF-9", 2, "50");
        return scenario;
    }

    /** The return says HF-9's Q1 figure of 50 was provisional: 40 is final. */
    private void reviseFirstQuarter(ServiceReturn r, long measureId, String user) {
        earlier.save(r.id(), measureId, 1, new BigDecimal("50"), null, Decision.REVISED, new BigDecimal("40"),
                "Lettings double-counted", user);
    }

    private MeasureStatus onTheForm(ServiceReturn r) {
        return sheets.load(r.id()).measures().stream().filter(m -> m.measure().code().equals("HF-9")).findFirst()
                .orElseThrow();
    }

    private void explain(ServiceReturn r, long measureId, String user) {
        editing.saveMeasure(r.id(), measureId, values.find(measureId, 2).orElseThrow().version(),
                new MeasureEntry(new BigDecimal("50"), "Two lettings teams counted the same homes",
                        "One count from the lettings system", null, null, null), user);
    }

    private void signOffAndAccept(ServiceReturn r) {
        workflow.signOff(r.id(), "dir.housing");
        AcceptedReturn.awaitStep(context, r.id(), ReturnProcess.TASK_QUALITY_CHECK);
        workflow.accept(r.id(), "perf");
    }

    /** HF-9 under performance by exception in the quarter's report as a draft compiles it now. */
    private ExceptionItem exception(ProvisionalFirstQuarter scenario, ServiceReturn r) {
        ReportingYear year = years.find(scenario.year).orElseThrow();
        CompiledReport report = ReportCompiler.compile(inputs.gather(cycles.find(r.cycleId()).orElseThrow(), year, 1,
                null, "", CabinetCover.EMPTY, LocalDate.now(ReportingYear.LONDON)));
        return report.themes().stream().flatMap(t -> t.exceptions().stream()).flatMap(g -> g.items().stream())
                .filter(i -> i.ref().equals("HF-9")).findFirst().orElseThrow();
    }
}
