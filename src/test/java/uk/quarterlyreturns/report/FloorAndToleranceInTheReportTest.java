package uk.quarterlyreturns.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.quarterlyreturns.report.CycleRowReport.exception;
import static uk.quarterlyreturns.report.CycleRowReport.row;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.report.render.HtmlReportRenderer;
import uk.quarterlyreturns.report.render.XlsxReportRenderer;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * Two measures at 78% against a target of 85% can be Amber and Red: by their floors (75 and 80), or by their
 * tolerances (10% and 5%). The report prints what divides them beside the target, or Cabinet cannot see why.
 */
class FloorAndToleranceInTheReportTest extends ApplicationTest {

    /** HOUSING stands for the service's directorate and name, so that each row reads on one line. */
    private static final String ROWS = """
            FL-1,Repairs on time,HOUSING,Ambitious,%,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,85,75,,TARGET_FLOOR
            FL-2,Relets on time,HOUSING,Ambitious,%,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,85,80,,TARGET_FLOOR
            FL-3,Homes improved,HOUSING,Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,CUMULATIVE,400,300,,TARGET_FLOOR
            FL-4,Tenancies sustained,HOUSING,Ambitious,%,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,TBA,70,,TARGET_FLOOR
            TL-1,Rent collected,HOUSING,Resilient,%,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,85,,10,TOLERANCE
            TL-2,Calls answered,HOUSING,Resilient,%,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,85,,5,TOLERANCE
            """;

    @Autowired ApplicationContext context;
    @Autowired ObjectMapper json;
    @Autowired FrameworkImport imports;
    @Autowired YearRepository years;
    @Autowired MeasureRepository measures;
    @Autowired ValueRepository values;

    @Test
    void theExceptionsTheTableTheSpreadsheetAndTheJsonGiveEachMeasuresFloorOrTolerance() throws Exception {
        ReportingYear year = framework(7341);
        for (String code : List.of("FL-1", "FL-2", "TL-1", "TL-2")) {
            enter(year, code, 2, "78");
        }
        // 50 + 60 = 110 to date against 200 (half of 400) and a floor to date of 150 (half of 300): Red
        enter(year, "FL-3", 1, "50");
        enter(year, "FL-3", 2, "60");

        CompiledReport report = CycleRowReport.compile(context, year, 2);

        assertThat(List.of("FL-1", "FL-2", "FL-3", "TL-1", "TL-2").stream().map(code -> row(report, code).line().rag()))
                .containsExactly(Rag.AMBER, Rag.RED, Rag.RED, Rag.AMBER, Rag.RED);
        assertThat(exception(report, "FL-1").figures()).startsWith("Q2: 78%; Target: 85%; Floor: 75%; ");
        assertThat(exception(report, "FL-2").figures()).startsWith("Q2: 78%; Target: 85%; Floor: 80%; ");
        assertThat(exception(report, "FL-3").figures())
                .startsWith("Q2: 60 (110 cum); Target: 400 (year to date: 200); Floor: 300 (year to date: 150); ");
        assertThat(exception(report, "TL-1").figures()).startsWith("Q2: 78%; Target: 85%; Tolerance: 10% of target; ");
        assertThat(exception(report, "TL-2").figures()).startsWith("Q2: 78%; Target: 85%; Tolerance: 5% of target; ");

        // a Floor column in the table of the theme whose measures have floors, and only there
        assertThat(row(report, "FL-2").floor()).isEqualTo("80%");
        assertThat(row(report, "FL-3").floor()).isEqualTo("300");
        assertThat(row(report, "FL-4").floor()).as("a floor beside a target to be agreed decides nothing").isEmpty();
        assertThat(report.themes()).extracting(ThemeSection::name, ThemeSection::floors)
                .containsExactly(tuple("Ambitious", true),
                        tuple("Resilient", false));
        String html = new HtmlReportRenderer().render(report);
        assertThat(html.split("<th scope=\"col\" class=\"num c-floor\">Floor</th>", -1)).hasSize(2);
        assertThat(html).contains("<td class=\"num\">80%</td>");

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(new XlsxReportRenderer().render(report)))) {
            Sheet floors = book.getSheet("Ambitious");
            assertThat(number(floors, "FL-1", "Floor")).isEqualTo(0.75);
            assertThat(number(floors, "FL-2", "Floor")).isEqualTo(0.80);
            assertThat(cell(floors, "FL-2", "Floor").getCellStyle().getDataFormatString()).isEqualTo("0%");
            assertThat(number(floors, "FL-3", "Floor")).isEqualTo(300);
            assertThat(cell(floors, "FL-1", "Tolerance %")).isNull();
            Sheet tolerances = book.getSheet("Resilient");
            assertThat(number(tolerances, "TL-1", "Tolerance %")).isEqualTo(0.10);
            assertThat(number(tolerances, "TL-2", "Tolerance %")).isEqualTo(0.05);
            assertThat(cell(tolerances, "TL-2", "Tolerance %").getCellStyle().getDataFormatString()).isEqualTo("0%");
            assertThat(cell(tolerances, "TL-1", "Floor")).isNull();
        }

        JsonNode line = json.valueToTree(row(report, "FL-3").line());
        assertThat(line.get("floor").decimalValue()).isEqualByComparingTo("300");
        assertThat(line.get("floorToDate").decimalValue()).isEqualByComparingTo("150");
        assertThat(json.valueToTree(row(report, "TL-2").line()).get("tolerancePct").decimalValue())
                .isEqualByComparingTo("5");
    }

    /** A floor is profiled as the target is: of the quarters in only, when an earlier quarter has no figure. */
    @Test
    void aCumulativeFloorLeavesOutTheShareOfAQuarterWithNoFigure() throws Exception {
        ReportingYear year = framework(7342);
        enter(year, "FL-3", 2, "60");

        CompiledReport report = CycleRowReport.compile(context, year, 2);

        assertThat(exception(report, "FL-3").figures()).contains("Target: 400 (year to date, Q1 missing: 100);"
                + " Floor: 300 (year to date, Q1 missing: 75); ");
    }

    /** A report kept from before floors and tolerances were printed reads as it was compiled: with neither. */
    @Test
    void aReportKeptFromBeforeReadsWithoutThem() throws Exception {
        ReportingYear year = framework(7343);
        enter(year, "FL-2", 2, "78");
        MeasureRow compiled = row(CycleRowReport.compile(context, year, 2), "FL-2");

        ObjectNode kept = json.valueToTree(compiled.line());
        kept.remove(List.of("floor", "floorToDate", "tolerancePct"));
        MeasureLine old = json.treeToValue(kept, MeasureLine.class);

        assertThat(ExceptionCompiler.figures(old, 2, List.of())).startsWith("Q2: 78%; Target: 85%; No comparison");
        assertThat(MeasureTableCompiler.row(old, 2).floor()).isEmpty();
    }

    private ReportingYear framework(int startYear) {
        String label = ReportingYear.labelOf(startYear);
        imports.importMeasures(label, TabularFile.read(("code,title,directorate,service,theme,unit,polarity,"
                + "frequency,aggregation,target,floor,tolerance_pct,rag_scheme\n"
                + ROWS.replace("HOUSING", "Economy and Infrastructure,Housing")).getBytes(), "framework.csv"));
        return years.find(label).orElseThrow();
    }

    private void enter(ReportingYear year, String code, int quarter, String value) {
        long id = measures.find(year.id(), code).orElseThrow().id();
        values.saveFigure(id, quarter, new BigDecimal(value), null, null, null, "feed");
    }

    private static double number(Sheet sheet, String code, String header) {
        return cell(sheet, code, header).getNumericCellValue();
    }

    private static Cell cell(Sheet sheet, String code, String header) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
        assertThat(headers).as("the sheet's columns").contains(header);
        for (Row r : sheet) {
            if (r.getRowNum() > 0 && code.equals(r.getCell(0).getStringCellValue())) {
                return r.getCell(headers.indexOf(header));
            }
        }
        throw new AssertionError(code + " is not in " + sheet.getSheetName());
    }
}
