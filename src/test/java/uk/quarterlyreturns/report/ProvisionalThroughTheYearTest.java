package uk.quarterlyreturns.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.FigureRevision.Decision;
import uk.quarterlyreturns.framework.FrameworkRemoval;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.report.render.HtmlReportRenderer;
import uk.quarterlyreturns.report.render.XlsxReportRenderer;
import uk.quarterlyreturns.returns.EarlierFigures;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.AcceptedReturn;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ProvisionalFirstQuarter;

/**
 * Within one year: every figure the report prints that is, or adds up, a still-provisional one is marked "p", in
 * whichever quarter's column it sits; a revised figure prints "r" only while the stored figure is the revised one.
 * Housing's Q1 return (HF-1 82% provisional) is accepted first, through the workflow.
 */
class ProvisionalThroughTheYearTest extends ApplicationTest {

    private static final String P = " <abbr class=\"provisional\" title=\"provisional figure\">p</abbr>";
    private static final String R = " <abbr class=\"revised\" title=\"figure revised since it was reported"
            + " provisional\">r</abbr>";
    /** Asked once a year, in Q2. */
    private static final String SATISFACTION = "HF-5,Tenants satisfied with their home,Economy and Infrastructure,"
            + "Housing,Ambitious,PERCENT,HIGHER_IS_BETTER,ANNUAL,SNAPSHOT,80,,10,TOLERANCE,2\n";

    @Autowired ApplicationContext context;
    @Autowired ReportInputs inputs;
    @Autowired CycleRepository cycles;
    @Autowired YearRepository years;
    @Autowired EarlierFigures earlier;
    @Autowired ReturnWorkflow workflow;
    @Autowired FrameworkRemoval removal;

    @Test
    void aFirstQuarterFigureStillProvisionalIsMarkedInTheSecondQuartersReport() throws Exception {
        try (ProvisionalFirstQuarter scenario = ProvisionalFirstQuarter.accepted(context, 4810)) {
            scenario.accept(scenario.q2, 2);

            CompiledReport report = draft(scenario, scenario.q2);

            MeasureRow hf1 = row(report, "HF-1");
            assertThat(hf1.quarters().subList(0, 2)).containsExactly("82%", "85%");
            assertThat(html(report)).contains(">82%" + P + "</td>").contains(">85%</td>")
                    .contains("p marks a provisional figure, or a year to date that includes one");
            assertThat(spreadsheet(report, "HF-1", "Provisional")).isEqualTo("Q1");
            assertThat(spreadsheet(report, "HF-2", "Provisional")).isEmpty();
        }
    }

    @Test
    void aCumulativeYearToDateIsMarkedWhileItAddsUpAProvisionalFigureThenFollowsItsRevision() throws Exception {
        try (ProvisionalFirstQuarter scenario = ProvisionalFirstQuarter.accepted(context, 4811,
                ProvisionalFirstQuarter.LETTINGS,
                (s, q1) -> {
                    s.enter("HF-4", 1, "100");
                    s.markProvisional(q1, "HF-4");
                })) {
            ServiceReturn q2 = scenario.q2;
            scenario.enterExplained("HF-4", 2, "100"); // Red, and a query, once Q1 is revised
            earlier.save(q2.id(), scenario.measureId("HF-4"), 1, new BigDecimal("100"), null, Decision.REVISED,
                    new BigDecimal("60"), "Lettings double-counted", "data.housing");
            scenario.completeAndSubmit(q2, 2);

            CompiledReport before = draft(scenario, q2);
            assertThat(html(before)).contains(">100" + P + "</td>").contains(">100 (200 cum)" + P + "</td>");
            assertThat(spreadsheet(before, "HF-4", "Provisional")).isEqualTo("Q1, year to date");
            assertThat(row(before, "HF-4").line().yearToDate().get(1)).isEqualByComparingTo("200");

            workflow.signOff(q2.id(), "dir.housing");
            AcceptedReturn.awaitStep(context, q2.id(), ReturnProcess.TASK_QUALITY_CHECK);
            workflow.accept(q2.id(), "perf");

            CompiledReport after = draft(scenario, q2);
            MeasureRow hf4 = row(after, "HF-4");
            assertThat(hf4.quarters().subList(0, 2)).containsExactly("60", "100 (160 cum)");
            assertThat(html(after)).contains(">60" + R + "</td>").contains(">100 (160 cum)</td>");
            assertThat(spreadsheet(after, "HF-4", "Provisional")).isEmpty();
            assertThat(spreadsheet(after, "HF-4", "Revised since reported provisional")).isEqualTo("Q1");
        }
    }

    @Test
    void anAnnualFigureDueInTheSecondQuarterIsMarkedInTheThirdsReportUntilRevisedThere() throws Exception {
        try (ProvisionalFirstQuarter scenario = ProvisionalFirstQuarter.accepted(context, 4812, SATISFACTION,
                (s, q1) -> { })) {
            scenario.enter("HF-5", 2, "85");
            scenario.markProvisional(scenario.q2, "HF-5");
            scenario.accept(scenario.q2, 2);
            ServiceReturn q3 = scenario.open(3);

            CompiledReport before = draft(scenario, q3);
            assertThat(row(before, "HF-5").quarters().subList(1, 3)).containsExactly("85%", "Not due");
            assertThat(html(before)).contains(">85%" + P + "</td>");

            earlier.save(q3.id(), scenario.measureId("HF-5"), 2, new BigDecimal("85"), null, Decision.REVISED,
                    new BigDecimal("70"), "Late survey responses", "data.housing");
            scenario.accept(q3, 3);

            CompiledReport after = draft(scenario, q3);
            MeasureRow hf5 = row(after, "HF-5");
            assertThat(hf5.quarters().subList(1, 3)).containsExactly("70%", "Not due");
            assertThat(hf5.revised(2)).isTrue();
            assertThat(html(after)).contains(">70%" + R + "</td>").doesNotContain(">70%" + P);
            assertThat(spreadsheet(after, "HF-5", "Revised since reported provisional")).isEqualTo("Q2");
            assertThat(spreadsheet(after, "HF-1", "Provisional")).as("HF-1's Q1 still provisional").isEqualTo("Q1");
        }
    }

    @Test
    void aRevisedFigureIsMarkedInItsOwnQuartersReportTooUntilACorrectionClearsTheR() throws Exception {
        try (ProvisionalFirstQuarter scenario = ProvisionalFirstQuarter.accepted(context, 4813)) {
            ServiceReturn q2 = scenario.q2;
            earlier.save(q2.id(), scenario.measureId("HF-1"), 1, new BigDecimal("82"), null, Decision.REVISED,
                    new BigDecimal("84"), "Repairs logged late", "data.housing");
            scenario.accept(q2, 2);
            assertThat(html(draft(scenario, q2))).contains(">84%" + R + "</td>");
            assertThat(html(draft(scenario, scenario.q1))).as("Q1's own report compiled again prints the revision")
                    .contains(">84%" + R + "</td>").doesNotContain(">84%" + P);

            scenario.correctFirstQuarter("HF-1", "83");

            CompiledReport report = draft(scenario, q2);
            MeasureRow hf1 = row(report, "HF-1");
            assertThat(hf1.quarters().get(0)).isEqualTo("83%");
            assertThat(hf1.revised(1)).as("the figure printed is the correction, not the revision").isFalse();
            assertThat(html(report)).contains(">83%</td>").doesNotContain(R);
            assertThat(spreadsheet(report, "HF-1", "Revised since reported provisional")).isEmpty();
        }
    }

    @Test
    void aMeasureWhoseFigureWasMarkedStaysInTheYearAndStaysMarked() throws Exception {
        try (ProvisionalFirstQuarter scenario = ProvisionalFirstQuarter.accepted(context, 4814)) {
            ReportingYear year = years.find(scenario.year).orElseThrow();
            assertThatThrownBy(() -> removal.removeMeasure(year, "HF-1", "perf"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("stays in the year");
            scenario.accept(scenario.q2, 2);
            assertThat(html(draft(scenario, scenario.q2))).contains(">82%" + P + "</td>");
        }
    }

    /** The quarter's report as a draft compiles it now: what is in, the figures as they stand. */
    private CompiledReport draft(ProvisionalFirstQuarter scenario, ServiceReturn r) {
        ReportingYear year = years.find(scenario.year).orElseThrow();
        return ReportCompiler.compile(inputs.gather(cycles.find(r.cycleId()).orElseThrow(), year, 1, null, "",
                CabinetCover.EMPTY, LocalDate.now(ReportingYear.LONDON)));
    }

    private static MeasureRow row(CompiledReport report, String ref) {
        return report.themes().stream().flatMap(t -> t.measureRows().stream()).filter(r -> r.ref().equals(ref))
                .findFirst().orElseThrow();
    }

    private static String html(CompiledReport report) {
        return new HtmlReportRenderer().render(report);
    }

    /** The measure's cell under the header on its theme's sheet ("" when blank). */
    private static String spreadsheet(CompiledReport report, String ref, String header) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(new XlsxReportRenderer().render(report)))) {
            for (String theme : List.of("Ambitious", "Resilient")) {
                Sheet sheet = book.getSheet(theme);
                List<String> headers = new ArrayList<>();
                sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
                for (Row row : sheet) {
                    Cell code = row.getCell(0);
                    if (row.getRowNum() > 0 && code != null && code.getStringCellValue().equals(ref)) {
                        Cell cell = row.getCell(headers.indexOf(header));
                        return cell == null ? "" : cell.getStringCellValue();
                    }
                }
            }
            throw new AssertionError(ref + " is on no theme's sheet");
        }
    }
}
