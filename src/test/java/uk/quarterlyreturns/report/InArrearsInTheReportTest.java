package uk.quarterlyreturns.report;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.quarterlyreturns.report.CycleRowReport.exception;
import static uk.quarterlyreturns.report.CycleRowReport.row;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FigureImport;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.MeasureEntry;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.report.render.HtmlReportRenderer;
import uk.quarterlyreturns.report.render.XlsxReportRenderer;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * A measure reported a quarter in arrears is printed in the report as the quarter's figure, but its row is marked
 * "a" with a key naming the quarter it covers, the performance-by-exception text names that quarter, and the
 * spreadsheet gives it a column.
 */
class InArrearsInTheReportTest extends ApplicationTest {

    @Autowired FrameworkImport imports;
    @Autowired YearRepository years;
    @Autowired MeasureRepository measures;
    @Autowired ValueRepository values;
    @Autowired ApplicationContext context;
    @Autowired ObjectMapper json;
    @Autowired FigureImport figures;

    @Test
    void theRowTheExceptionTextAndTheSpreadsheetSayWhichQuarterTheFigureIsFor() throws Exception {
        ReportingYear year = year(4876);
        enter(year, "HF-1", 2, "70");
        enter(year, "HF-2", 2, "95");

        CompiledReport report = compile(year, 2);

        MeasureRow repairs = row(report, "HF-1");
        assertThat(repairs.quarters().get(1)).as("stored and printed as the Q2 return's figure").isEqualTo("70%");
        assertThat(repairs.inArrears()).isTrue();
        assertThat(repairs.arrearsNote()).isEqualTo(
                "a HF-1: the figure is for Q1 (Apr-Jun 4876), the previous quarter, reported a quarter in arrears");
        assertThat(row(report, "HF-2").inArrears()).isFalse();
        assertThat(exception(report, "HF-1").figures()).startsWith(
                "Q2: 70%; the figure is for Q1 (Apr-Jun 4876), reported a quarter in arrears; Target: 80%");

        String html = new HtmlReportRenderer().render(report);
        assertThat(html).contains("Percentage of repairs completed on time <abbr class=\"arrears\" title=\"figure for"
                + " the previous quarter, reported a quarter in arrears\">a</abbr></td>")
                .contains(">a HF-1: the figure is for Q1 (Apr-Jun 4876), the previous quarter, reported a quarter in"
                        + " arrears</td>")
                .doesNotContain("a HF-2:");

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(new XlsxReportRenderer().render(report)))) {
            Sheet sheet = book.getSheet("Ambitious");
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            int column = headers.indexOf("Figure for (reported in arrears)");
            // after every column older than it, so that each keeps its place; only newer ones come after
            assertThat(column).as("a column of its own, after the older ones")
                    .isEqualTo(headers.indexOf("Target changed during the year") - 1).isEqualTo(headers.size() - 5);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("HF-1");
            assertThat(sheet.getRow(1).getCell(column).getStringCellValue()).isEqualTo("Q1 (Apr-Jun 4876)");
        }

        // a report kept from before measures could be in arrears reads as it was compiled: no row marked
        ObjectNode kept = json.valueToTree(repairs.line());
        kept.remove("arrearsPeriod");
        assertThat(json.treeToValue(kept, MeasureLine.class).inArrears()).isFalse();
    }

    @Test
    void theFirstQuartersReportNamesLastYearsFourthQuarter() throws Exception {
        ReportingYear year = year(4877);
        enter(year, "HF-1", 1, "70");

        assertThat(row(compile(year, 1), "HF-1").arrearsNote())
                .startsWith("a HF-1: the figure is for Q4 4876/77 (Jan-Mar 4877), the previous quarter");
    }

    /** The trend's words, read out by a screen reader and the tagged PDF, say its points are the quarter before's. */
    @Test
    void theTrendSaysEachFigureIsForTheQuarterBefore() throws Exception {
        ReportingYear year = year(4956);
        enter(year, "HF-1", 1, "70");
        enter(year, "HF-1", 2, "75");
        enter(year, "HF-2", 1, "90");
        enter(year, "HF-2", 2, "95");

        CompiledReport report = compile(year, 2);

        assertThat(row(report, "HF-1").trend().svg()).contains("Trend for HF-1 Percentage of repairs completed on"
                + " time (reported a quarter in arrears: each figure is for the quarter before):");
        assertThat(row(report, "HF-2").trend().svg()).contains("Trend for HF-2 Households in temporary"
                + " accommodation:");
    }

    /**
     * The outturn columns print last year's, which for a measure in arrears is the figure its Q4 return gave: October
     * to December's. The key says so; a row without outturns is not told (the first test).
     */
    @Test
    void theKeySaysAnOutturnFromTheFourthQuarterIsForOctoberToDecember() throws Exception {
        ReportingYear year = year(4957);
        figures.importHistory(year.label(), TabularFile.read("code,year,value\nHF-1,4956-57,74\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), "history.csv"));
        enter(year, "HF-1", 2, "70");

        MeasureRow repairs = row(compile(year, 2), "HF-1");
        assertThat(repairs.outturns()).contains("74%");
        assertThat(repairs.arrearsNote()).isEqualTo("a HF-1: the figure is for Q1 (Apr-Jun 4957), the previous"
                + " quarter, reported a quarter in arrears. An outturn taken from a year's Q4 figure is for October to"
                + " December");
    }

    /**
     * The exception judges Q2's figure (for Q1) against Q1's (for last year's Q4): "against Q1" beside "the figure is
     * for Q1" read as Q1 against itself, so the compared figure says it is the quarter before's too.
     */
    @Test
    void theExceptionsComparisonSaysItsFigureIsForTheQuarterBeforeToo() throws Exception {
        ReportingYear year = year(4960);
        enter(year, "HF-1", 1, "65");
        enter(year, "HF-1", 2, "70");

        assertThat(exception(compile(year, 2), "HF-1").figures()).startsWith(
                "Q2: 70%; the figure is for Q1 (Apr-Jun 4960), reported a quarter in arrears; Target: 80%")
                .endsWith("↑ Improved against Q1 4960/61 (previous quarter): 65%, itself the figure for the quarter"
                        + " before");
    }

    private void enter(ReportingYear year, String code, int quarter, String value) {
        long id = measures.find(year.id(), code).orElseThrow().id();
        values.saveEntry(id, quarter, null, new MeasureEntry(new BigDecimal(value), null, null, null, null, null),
                "data.housing");
    }

    private ReportingYear year(int startYear) throws Exception {
        String label = ReportingYear.labelOf(startYear);
        imports.importMeasures(label, TabularFile.read(new ClassPathResource("fixtures/framework-arrears.csv")
                .getContentAsByteArray(), "framework-arrears.csv"));
        return years.find(label).orElseThrow();
    }

    private CompiledReport compile(ReportingYear year, int quarter) {
        return CycleRowReport.compile(context, year, quarter);
    }
}
