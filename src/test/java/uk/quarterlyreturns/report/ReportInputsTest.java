package uk.quarterlyreturns.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.QuarterValue;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.RagOverride;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.MeasureHistory;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * What the report is compiled from, as the application holds it: the Housing framework of
 * fixtures/framework-form.csv in years of this test's own (2640 on).
 */
class ReportInputsTest extends ApplicationTest {

    @Autowired FrameworkImport imports;
    @Autowired YearRepository years;
    @Autowired MeasureRepository measures;
    @Autowired ValueRepository values;
    @Autowired MeasureHistory measureHistory;
    @Autowired ApplicationContext context;
    @Autowired CycleRepository cycles;
    @Autowired ReportInputs inputs;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;
    @Autowired uk.quarterlyreturns.compliance.ComplianceService compliance;

    @Test
    void anOverrideNamesTheDirectorWhoSetItNotTheirUsername() throws Exception {
        ReportingYear year = year(2640);
        long repairs = measures.find(year.id(), "HF-1").orElseThrow().id();
        // 70% against a target of 80 with a 10% tolerance: Red by the rule
        QuarterValue figure = values.saveFigure(repairs, 2, new BigDecimal("70"), null, null, null, "feed");
        values.saveOverride(repairs, 2, figure.version(), new RagOverride(Rag.AMBER, "dir.housing",
                Instant.parse("2640-10-20T10:00:00Z"), "A contractor failed; the new one is on site"), "dir.housing");

        CompiledReport report = compile(year, 2);

        MeasureRow row = report.themes().stream().flatMap(t -> t.measureRows().stream())
                .filter(r -> r.ref().equals("HF-1")).findFirst().orElseThrow();
        assertThat(row.rag().code()).isEqualTo("A*");
        assertThat(row.rag().overrideNote()).isEqualTo(
                "RAG set by Imran Hussain: A contractor failed; the new one is on site (computed: R)");
    }

    @Test
    void aRateGivenAsACountIsPrintedWithItsNumeratorAndDenominator() throws Exception {
        ReportingYear year = year(3591);
        long repairs = measures.find(year.id(), "HF-1").orElseThrow().id();
        values.saveFigure(repairs, 2, new BigDecimal("57.2"), null, new BigDecimal("380"), new BigDecimal("664"),
                "feed");

        MeasureRow row = compile(year, 2).themes().stream().flatMap(t -> t.measureRows().stream())
                .filter(r -> r.ref().equals("HF-1")).findFirst().orElseThrow();
        assertThat(row.quarters().get(1)).isEqualTo("57.2% (380/664)");
    }

    @Test
    void aCorrectedQuarterReportHoldsNoFigureOfALaterQuarter() throws Exception {
        ReportingYear year = year(2641);
        long repairs = measures.find(year.id(), "HF-1").orElseThrow().id();
        values.saveFigure(repairs, 1, new BigDecimal("78"), null, null, null, "feed");
        values.saveFigure(repairs, 2, new BigDecimal("82"), null, null, null, "feed");
        // Q3's figures are coming in when the Q2 report is compiled again for a correction
        values.saveFigure(repairs, 3, new BigDecimal("64"), null, null, null, "feed");

        CompiledReport report = compile(year, 2);

        MeasureRow row = report.themes().stream().flatMap(t -> t.measureRows().stream())
                .filter(r -> r.ref().equals("HF-1")).findFirst().orElseThrow();
        assertThat(row.quarters()).containsExactly("78%", "82%", "", "");
        // the report's data, as stored with the version and given by the API, holds no Q3 figure either
        assertThat(row.line().quarterValues()).containsExactly(new BigDecimal("78"), new BigDecimal("82"), null, null);
    }

    @Test
    void anOverrideOnAMeasureWithNoFigureIsNotReported() throws Exception {
        ReportingYear year = year(2642);
        long repairs = measures.find(year.id(), "HF-1").orElseThrow().id();
        long homes = measures.find(year.id(), "HF-2").orElseThrow().id();
        values.saveFigure(homes, 2, new BigDecimal("90"), null, null, null, "feed");
        // the director set Green on HF-1 before any figure was given, and none was by the deadline
        values.saveOverride(repairs, 2, null, new RagOverride(Rag.GREEN, "dir.housing",
                Instant.parse("2642-10-20T10:00:00Z"), "Should be fine"), "dir.housing");

        CompiledReport report = compile(year, 2);

        MeasureRow row = report.themes().stream().flatMap(t -> t.measureRows().stream())
                .filter(r -> r.ref().equals("HF-1")).findFirst().orElseThrow();
        assertThat(row.rag().code()).isEqualTo("M");
        assertThat(row.rag().overridden()).isFalse();
        assertThat(row.quarters().get(1)).isEqualTo("Missing");
        assertThat(report.summary().counts().onTrack()).as("HF-2 only").isEqualTo(1);
        assertThat(report.summary().counts().missing()).isEqualTo(1);
    }

    /**
     * The year to date printed is the one the RAG judged: each quarter at the measure's precision, added up; and
     * beside the annual target, the target to date it was judged against.
     */
    @Test
    void aCumulativeYearToDateIsPrintedAsItWasJudged() throws Exception {
        ReportingYear year = housing(2974, "HC-1,Waste composted,Economy and Infrastructure,Housing,Ambitious,tonnes,"
                + "HIGHER_IS_BETTER,QUARTERLY,CUMULATIVE,42,,10,TOLERANCE,1\n");
        long composted = measures.find(year.id(), "HC-1").orElseThrow().id();
        values.saveFigure(composted, 1, new BigDecimal("10.04"), null, null, null, "feed");
        values.saveFigure(composted, 2, new BigDecimal("10.04"), null, null, null, "feed");

        MeasureRow row = compile(year, 2).themes().get(0).measureRows().get(0);

        // judged on 10.0 + 10.0 = 20.0 against 21 (half of 42): Amber, not the 20.1 an unrounded sum would print
        assertThat(row.line().rag()).isEqualTo(Rag.AMBER);
        assertThat(row.quarters().get(1)).isEqualTo("10.0 tonnes (20.0 tonnes cum)");
        assertThat(row.line().yearToDate().get(1)).isEqualByComparingTo("20.0");
        // and the exception says what it was judged against: half the annual target, as the return showed
        assertThat(compile(year, 2).themes().get(0).exceptions().get(0).items().get(0).figures())
                .contains("Target: 42 tonnes (year to date: 21 tonnes)");
    }

    /**
     * A framework that leaves out the decimals column: its figures print as a council writes them, in the pages and
     * the spreadsheet alike ("22,099 visits", "57.2%"), while the direction is still judged at 2 places.
     */
    @Test
    void figuresOfAMeasureWithNoDecimalsGivenPrintWithoutTrailingZeros() throws Exception {
        ReportingYear year = framework(3870, "",
                "HV-1,Visits to libraries,Economy and Infrastructure,Housing,Ambitious,visits,HIGHER_IS_BETTER,"
                + "QUARTERLY,SNAPSHOT,20000,,10,TOLERANCE\n"
                + "HV-2,Rent collected,Economy and Infrastructure,Housing,Ambitious,%,HIGHER_IS_BETTER,QUARTERLY,"
                + "SNAPSHOT,60,,10,TOLERANCE\n");
        long visits = measures.find(year.id(), "HV-1").orElseThrow().id();
        long rent = measures.find(year.id(), "HV-2").orElseThrow().id();
        values.saveFigure(visits, 1, new BigDecimal("21000"), null, null, null, "feed");
        values.saveFigure(visits, 2, new BigDecimal("22099"), null, null, null, "feed");
        values.saveFigure(rent, 1, new BigDecimal("57.2"), null, null, null, "feed");
        values.saveFigure(rent, 2, new BigDecimal("57.256"), null, null, null, "feed");

        CompiledReport report = compile(year, 2);

        List<MeasureRow> rows = report.themes().get(0).measureRows();
        assertThat(rows).extracting(MeasureRow::quarters).containsExactly(
                List.of("21,000 visits", "22,099 visits", "", ""), List.of("57.2%", "57.26%", "", ""));
        // 57.26 at 2 places is more than 57.20: improved, as the stored precision's default judges it
        assertThat(exception(report, "HV-2").figures()).isEqualTo(
                "Q2: 57.26%; Target: 60%; Tolerance: 10% of target; ↑ Improved against Q1 3870/71 (previous quarter):"
                        + " 57.2%");
        assertThat(new uk.quarterlyreturns.report.render.HtmlReportRenderer().render(report))
                .contains("22,099 visits").doesNotContain("22,099.00").doesNotContain("57.20%");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                new uk.quarterlyreturns.report.render.XlsxReportRenderer().render(report)))) {
            var sheet = book.getSheet("Ambitious");
            List<String> headers = new java.util.ArrayList<>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            boolean visitsFirst = sheet.getRow(1).getCell(0).getStringCellValue().equals("HV-1");
            var row = sheet.getRow(visitsFirst ? 1 : 2);
            var other = sheet.getRow(visitsFirst ? 2 : 1);
            assertThat(row.getCell(headers.indexOf("Q2")).getCellStyle().getDataFormatString())
                    .isEqualTo("#,##0\" visits\"");
            assertThat(other.getCell(headers.indexOf("Q1")).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(other.getCell(headers.indexOf("Q2")).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
        }
    }

    /**
     * Beside the direction of travel the report prints the figure it was judged against, and says which: a cumulative
     * measure's Q2 against Q2 last year (not this year's Q1, which it once printed), a Q1 against last year's Q4; in
     * the report's data (the API's JSON), its pages and its spreadsheet alike.
     */
    @Test
    void theDirectionIsPrintedWithTheFigureItWasJudgedAgainst() throws Exception {
        ReportingYear year = housing(3645, "HD-1,Jobs created,Economy and Infrastructure,Housing,Ambitious,count,"
                + "HIGHER_IS_BETTER,QUARTERLY,CUMULATIVE,250,,10,TOLERANCE,0\n"
                + "HD-2,Homes let,Economy and Infrastructure,Housing,Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,"
                + "SNAPSHOT,50,,10,TOLERANCE,0\n");
        long jobs = measures.find(year.id(), "HD-1").orElseThrow().id();
        long homes = measures.find(year.id(), "HD-2").orElseThrow().id();
        measureHistory.saveHistory(jobs, "3644-45", 2, new BigDecimal("55"));
        measureHistory.saveHistory(homes, "3644-45", 4, new BigDecimal("40"));
        values.saveFigure(jobs, 1, new BigDecimal("62"), null, null, null, "feed");
        values.saveFigure(jobs, 2, new BigDecimal("60"), null, null, null, "feed");
        values.saveFigure(homes, 1, new BigDecimal("30"), null, null, null, "feed");

        // Q1: 30 homes against a target of 50 is Red, and fewer than last year's Q4
        assertThat(exception(compile(year, 1), "HD-2").figures())
                .endsWith("; ↓ Worsened against Q4 3644/45 (previous quarter): 40");
        // Q2: 62 + 60 = 122 against 125 is Amber; 60 is more than Q2 last year's 55, though less than Q1's 62
        CompiledReport report = compile(year, 2);
        String judged = "↑ Improved against Q2 3644/45 (same quarter last year): 55";
        assertThat(exception(report, "HD-1").figures()).isEqualTo("Q2: 60 (122 cum); Target: 250 (year to date:"
                + " 125); Tolerance: 10% of target; " + judged);
        assertThat(json.valueToTree(report).toString()).contains(judged)
                .contains("\"comparedWith\":{\"value\":55,\"period\":\"Q2 3644/45\",\"basis\":\"same quarter last year\"}");
        assertThat(new uk.quarterlyreturns.report.render.HtmlReportRenderer().render(report)).contains(judged);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                new uk.quarterlyreturns.report.render.XlsxReportRenderer().render(report)))) {
            var sheet = book.getSheet("Ambitious");
            List<String> headers = new java.util.ArrayList<>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            var row = sheet.getRow(1).getCell(0).getStringCellValue().equals("HD-1") ? sheet.getRow(1) : sheet.getRow(2);
            assertThat(row.getCell(headers.indexOf("Compared with")).getStringCellValue())
                    .isEqualTo("Q2 3644/45 (same quarter last year)");
            assertThat(row.getCell(headers.indexOf("Comparison figure")).getNumericCellValue()).isEqualTo(55);
        }
    }

    /**
     * With no figure this quarter there is no direction of travel ("No comparison"), so no form of the report names a
     * figure it was compared with: not an annual measure's last outturn while it is Not due, nor a Missing measure's
     * previous quarter. The spreadsheet and the report's JSON once gave them beside "No comparison".
     */
    @Test
    void noFigureThisQuarterIsComparedWithNothingInEveryForm() throws Exception {
        ReportingYear year = framework(8101, ",due_quarter",
                "HN-1,Tenant satisfaction,Economy and Infrastructure,Housing,Ambitious,count,HIGHER_IS_BETTER,"
                + "ANNUAL,SNAPSHOT,500,,10,TOLERANCE,4\n"
                + "HN-2,Homes let,Economy and Infrastructure,Housing,Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,"
                + "SNAPSHOT,50,,10,TOLERANCE,\n");
        measureHistory.saveHistory(measures.find(year.id(), "HN-1").orElseThrow().id(), "8100-01", null,
                new BigDecimal("420"));
        values.saveFigure(measures.find(year.id(), "HN-2").orElseThrow().id(), 1, new BigDecimal("30"), null, null,
                null, "feed");

        CompiledReport report = compile(year, 2);

        for (String code : List.of("HN-1", "HN-2")) {
            MeasureRow row = report.themes().stream().flatMap(t -> t.measureRows().stream())
                    .filter(r -> r.ref().equals(code)).findFirst().orElseThrow();
            assertThat(row.quarters().get(1)).isEqualTo(code.equals("HN-1") ? "Not due" : "Missing");
            assertThat(row.direction()).as(code).isEqualTo("No comparison");
            JsonNode compared = json.valueToTree(row.line()).path("comparedWith");
            assertThat(compared.isNull() || compared.isMissingNode()).as(code + ": " + compared).isTrue();
        }
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                new uk.quarterlyreturns.report.render.XlsxReportRenderer().render(report)))) {
            var sheet = book.getSheet("Ambitious");
            List<String> headers = new java.util.ArrayList<>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            for (int r = 1; r <= 2; r++) {
                var row = sheet.getRow(r);
                String code = row.getCell(0).getStringCellValue();
                assertThat(row.getCell(headers.indexOf("Direction of travel")).getStringCellValue()).as(code)
                        .isEqualTo("No comparison");
                assertThat(row.getCell(headers.indexOf("Compared with"))).as(code).isNull();
                assertThat(row.getCell(headers.indexOf("Comparison figure"))).as(code).isNull();
            }
        }
    }

    /**
     * A cumulative measure whose Q1 figure never came in is judged on the quarters in: Q2's 24 against Q2's share of
     * the target (25), Amber, not Red against the 50 profiled to date; and every part of the report says Q1 is
     * missing from the year to date, so nobody reads 24 as the year so far.
     */
    @Test
    void aYearToDateLackingAQuarterIsJudgedOnTheQuartersInAndSaysSo() throws Exception {
        ReportingYear year = housing(4220, "HY-1,Homes built,Economy and Infrastructure,Housing,Ambitious,count,"
                + "HIGHER_IS_BETTER,QUARTERLY,CUMULATIVE,100,,10,TOLERANCE,0\n");
        long built = measures.find(year.id(), "HY-1").orElseThrow().id();
        values.saveFigure(built, 2, new BigDecimal("24"), null, null, null, "feed");

        CompiledReport report = compile(year, 2);

        MeasureRow row = report.themes().get(0).measureRows().get(0);
        assertThat(row.line().rag()).isEqualTo(Rag.AMBER);
        assertThat(row.quarters()).containsExactly("", "24 (24 cum to date, Q1 missing)", "", "");
        assertThat(exception(report, "HY-1").figures())
                .isEqualTo("Q2: 24 (24 cum to date, Q1 missing); Target: 100 (year to date, Q1 missing: 25);"
                        + " Tolerance: 10% of target; No comparison");
        assertThat(json.valueToTree(report).toString()).contains("\"yearToDateMissing\":[1]");
        assertThat(new uk.quarterlyreturns.report.render.HtmlReportRenderer().render(report))
                .contains("24 (24 cum to date, Q1 missing)");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                new uk.quarterlyreturns.report.render.XlsxReportRenderer().render(report)))) {
            var sheet = book.getSheet("Ambitious");
            List<String> headers = new java.util.ArrayList<>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(sheet.getRow(1).getCell(headers.indexOf("Year to date")).getNumericCellValue()).isEqualTo(24);
            assertThat(sheet.getRow(1).getCell(headers.indexOf("Missing from year to date")).getStringCellValue())
                    .isEqualTo("Q1");
        }
        // the API gives the quarters missing beside the year to date and the target of the quarters in
        JsonNode measure = json.readTree(new Api(url(""), "perf", "demo").get("/api/years/" + year.label()
                + "/quarters/2/measures").getBody()).get(0);
        assertThat(measure.get("yearToDate").decimalValue()).isEqualByComparingTo("24");
        assertThat(measure.get("target").decimalValue()).isEqualByComparingTo("25");
        assertThat(measure.get("yearToDateMissing").toString()).isEqualTo("[1]");
    }

    /**
     * Only a cumulative measure has a year to date: the measures API gives null for a snapshot or annual one, as the
     * report's JSON does, and for a cumulative one the figure its RAG judged, the report's.
     */
    @Test
    void theApiGivesAYearToDateOnlyWhereTheReportHasOne() throws Exception {
        String label = ReportingYear.labelOf(6241);
        imports.importMeasures(label, TabularFile.read("""
                code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,floor,tolerance_pct,\
                rag_scheme,due_quarter,decimals
                HS-1,Tenants satisfied,Economy and Infrastructure,Housing,Ambitious,%,HIGHER_IS_BETTER,QUARTERLY,\
                SNAPSHOT,80,,10,TOLERANCE,,1
                HS-2,Homes inspected,Economy and Infrastructure,Housing,Ambitious,count,HIGHER_IS_BETTER,ANNUAL,\
                CUMULATIVE,400,,10,TOLERANCE,2,0
                HS-3,Homes built,Economy and Infrastructure,Housing,Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,\
                CUMULATIVE,100,,10,TOLERANCE,,0
                """.getBytes(), "framework.csv"));
        ReportingYear year = years.find(label).orElseThrow();
        for (String code : List.of("HS-1", "HS-2", "HS-3")) {
            long id = measures.find(year.id(), code).orElseThrow().id();
            if (!code.equals("HS-2")) {
                values.saveFigure(id, 1, new BigDecimal("57.2"), null, null, null, "feed");
            }
            values.saveFigure(id, 2, new BigDecimal("60.4"), null, null, null, "feed");
        }

        JsonNode api = json.readTree(new Api(url(""), "perf", "demo").get("/api/years/" + label
                + "/quarters/2/measures").getBody());
        CompiledReport report = compile(year, 2);

        for (JsonNode measure : api) {
            MeasureRow row = report.themes().stream().flatMap(t -> t.measureRows().stream())
                    .filter(r -> r.ref().equals(measure.get("code").asText())).findFirst().orElseThrow();
            BigDecimal printed = row.line().yearToDate().get(1);
            assertThat(measure.get("yearToDate").isNull()).as(row.ref()).isEqualTo(printed == null);
            if (printed != null) {
                assertThat(measure.get("yearToDate").decimalValue()).as(row.ref()).isEqualByComparingTo(printed);
            }
        }
        // 57 + 60, each at the measure's whole numbers, is the one year to date
        assertThat(api.findValues("yearToDate")).extracting(JsonNode::toString).containsExactly("null", "null", "117");
    }

    /** A year of these framework rows (with their decimals), starting in April of the calendar year. */
    private ReportingYear housing(int startYear, String rows) {
        return framework(startYear, ",decimals", rows);
    }

    /** A year of these framework rows, their file's required columns followed by {@code moreColumns}. */
    private ReportingYear framework(int startYear, String moreColumns, String rows) {
        String label = ReportingYear.labelOf(startYear);
        imports.importMeasures(label, TabularFile.read(("code,title,directorate,service,theme,unit,polarity,"
                + "frequency,aggregation,target,floor,tolerance_pct,rag_scheme" + moreColumns + "\n" + rows)
                .getBytes(), "framework.csv"));
        return years.find(label).orElseThrow();
    }

    /**
     * A figure the service said it could not give still counts as Missing, but wherever the report lists the measure it
     * prints why, as the return gave it, not "Missing" alone.
     */
    @Test
    void aFigureNotAvailableCountsAsMissingAndPrintsItsReason() throws Exception {
        ReportingYear year = year(3646);
        long repairs = measures.find(year.id(), "HF-1").orElseThrow().id();
        values.saveEntry(repairs, 2, null, new uk.quarterlyreturns.framework.MeasureEntry(null, null, null, null,
                "The repairs system is being replaced", null), "data.housing");

        CompiledReport report = compile(year, 2);

        MeasureRow row = report.themes().stream().flatMap(t -> t.measureRows().stream())
                .filter(r -> r.ref().equals("HF-1")).findFirst().orElseThrow();
        assertThat(row.quarters().get(1)).isEqualTo("Not available: The repairs system is being replaced");
        assertThat(row.rag().label()).isEqualTo("Missing");
        assertThat(report.summary().counts().missing()).as("HF-1, and HF-2 with nothing at all").isEqualTo(2);
        assertThat(new uk.quarterlyreturns.report.render.HtmlReportRenderer().render(report))
                .contains("Not available: The repairs system is being replaced");
    }

    /**
     * A figure its service marked provisional says so wherever the report prints the quarter's figure: Cabinet must
     * tell it from a final one.
     */
    @Test
    void aProvisionalFigureIsMarkedWhereverTheQuartersFigureIsPrinted() throws Exception {
        ReportingYear year = year(4620);
        long repairs = measures.find(year.id(), "HF-1").orElseThrow().id();
        values.saveEntry(repairs, 2, null, new uk.quarterlyreturns.framework.MeasureEntry(new BigDecimal("70"), null,
                null, null, null, null, true), "data.housing");

        CompiledReport report = compile(year, 2);

        MeasureRow row = report.themes().stream().flatMap(t -> t.measureRows().stream())
                .filter(r -> r.ref().equals("HF-1")).findFirst().orElseThrow();
        assertThat(row.provisional()).isTrue();
        assertThat(exception(report, "HF-1").figures()).startsWith("Q2: 70% (provisional); Target: 80%");
        assertThat(report.summary().introduction()).endsWith(
                "1 figure this quarter is provisional and may be revised (marked p).");
        assertThat(json.valueToTree(report).toString()).contains("\"provisional\":true");
        String html = new uk.quarterlyreturns.report.render.HtmlReportRenderer().render(report);
        assertThat(html).contains("70%</td>".replace("</td>", " <abbr class=\"provisional\" title=\"provisional"
                + " figure\">p</abbr></td>")).contains("p marks a provisional figure");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                new uk.quarterlyreturns.report.render.XlsxReportRenderer().render(report)))) {
            var sheet = book.getSheet("Ambitious");
            List<String> headers = new java.util.ArrayList<>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("HF-1");
            assertThat(sheet.getRow(1).getCell(headers.indexOf("Provisional")).getStringCellValue()).isEqualTo("Q2");
        }
        // a report kept from before figures could be provisional reads as it was compiled: no figure marked
        com.fasterxml.jackson.databind.node.ObjectNode kept = json.valueToTree(row.line());
        kept.remove("provisional");
        assertThat(json.treeToValue(kept, MeasureLine.class).provisional()).isFalse();
    }

    private static ExceptionItem exception(CompiledReport report, String ref) {
        return report.themes().stream().flatMap(t -> t.exceptions().stream()).flatMap(g -> g.items().stream())
                .filter(i -> i.ref().equals(ref)).findFirst().orElseThrow();
    }

    @Test
    void theShareInAtThreeWeeksIsRoundedAsTheComplianceScreenAndTheApiShowIt() throws Exception {
        ReportingYear year = year(2989);
        Instant now = Instant.now();
        long cycleId = cycles.insert(year.id(), 2, now.minus(Duration.ofDays(1)), now, "perf", now,
                ChasePolicy.DEFAULT);
        try {
            // Q2 2989/90 ends on 30 September: two of three returns in by day 21, the third on day 30
            java.util.List<Long> services = jdbc.sql("select id from service order by id limit 3").query(Long.class)
                    .list();
            for (int i = 0; i < 3; i++) {
                jdbc.sql("insert into service_return (cycle_id, service_id, status, first_submitted_at) values"
                        + " (:c, :s, 'SUBMITTED', :at)").param("c", cycleId).param("s", services.get(i))
                        .param("at", java.sql.Timestamp.from(Instant.parse(i < 2 ? "2989-10-05T10:00:00Z"
                                : "2989-10-30T10:00:00Z"))).update();
            }
            Cycle cycle = cycles.find(cycleId).orElseThrow();
            int onScreen = compliance.forCycle(cycleId).curve().stream().filter(p -> p.day() == 21).findFirst()
                    .map(p -> (int) Math.round(p.percentIn())).orElseThrow();

            CompiledReport report = ReportCompiler.compile(inputs.gather(cycle, year, 1, null, "",
                    CabinetCover.EMPTY, LocalDate.ofInstant(now, ReportingYear.LONDON)));

            assertThat(onScreen).isEqualTo(67);
            assertThat(report.compliance().inAtThreeWeeksPct()).isEqualTo(onScreen);
            // the API gives it too, so that a tool need not work out London days to print the report's figure
            JsonNode api = json.readTree(new Api(url(""), "perf", "demo").get("/api/years/" + year.label()
                    + "/quarters/2/compliance").getBody());
            assertThat(api.get("inAtThreeWeeksPct").asInt()).isEqualTo(onScreen);
            assertThat(report.compliance().statement()).contains("At three weeks after quarter end only 67% of"
                    + " returns had been made.");
        } finally {
            jdbc.sql("delete from service_return where cycle_id = :id").param("id", cycleId).update();
            jdbc.sql("delete from cycle where id = :id").param("id", cycleId).update();
        }
    }

    /**
     * "11% were judged 'at risk' in Quarter 4 of last year": a Q1 report compares with last year's Q4 as its
     * published report printed it. It printed no previous quarter at all, though the words for it were there.
     */
    @Test
    void aFirstQuarterComparesWithLastYearsFourthQuarterAsPublished() throws Exception {
        ReportingYear last = year(3011);
        ReportingYear year = year(3012);
        Instant now = Instant.now();
        long q4 = cycles.insert(last.id(), 4, now.minus(Duration.ofDays(1)), now, "perf", now, ChasePolicy.DEFAULT);
        // last year's Q4 report as published: one item in each summary word, and one not due (counted apart)
        ReportInput printed = new ReportInput("Test Council", 4, last.display(), "January to March 3012",
                ReportStatus.APPROVED, "ceo", LocalDate.of(3012, 5, 1), 1, null, List.of(), List.of(
                        Lines.measure("L-1", "Place", "Housing", "Homes", Rag.GREEN, null),
                        Lines.measure("L-2", "Place", "Housing", "Homes", Rag.AMBER, null),
                        Lines.measure("L-3", "Place", "Housing", "Homes", Rag.RED, null),
                        Lines.measure("L-4", "Place", "Housing", "Homes", Rag.NOT_DUE, null)),
                List.of(Lines.action("LA-1", "Place", "Housing", "Homes", Rag.MISSING)), null, null, null);
        long version = jdbc.sql("""
                insert into report_version (cycle_id, version, status, compiled_at, input_json, html, pdf, xlsx,
                    pdf_sha256, xlsx_sha256) values (:c, 1, 'AWAITING_APPROVAL', now(), :json, '<p>Q4</p>',
                    '\\x25504446'::bytea, '\\x504b'::bytea, repeat('a', 64), repeat('b', 64)) returning id""")
                .param("c", q4).param("json", json.writeValueAsString(printed)).query(Long.class).single();
        jdbc.sql("update report_version set decided_by = 'ceo', decided_at = now(), "
                + ApprovedReportFrozenTest.DECIDED_COPY + " where id = :id").param("id", version).update();
        jdbc.sql("update report_version set status = 'APPROVED' where id = :id").param("id", version).update();

        ExecutiveSummary summary = compile(year, 1).summary();

        assertThat(summary.previousCounts()).isEqualTo(new SummaryCounts(1, 1, 1, 1));
        assertThat(summary.previousSentence()).isEqualTo("25% were judged 'at risk' in Quarter 4 of last year.");
    }

    /**
     * A council's first cycle is its Q2: no cycle of Q1 was ever opened here, so no report judged Q1, and the Q2 report
     * quotes no Quarter 1 beside its counts. It printed "0% were judged 'at risk' in Quarter 1" and a Quarter 1 column
     * all Missing.
     */
    @Test
    void aFirstCycleAfterQuarterOneComparesWithNoPreviousQuarter() throws Exception {
        ReportingYear year = year(3942);
        long repairs = measures.find(year.id(), "HF-1").orElseThrow().id();
        values.saveFigure(repairs, 2, new BigDecimal("85"), null, null, null, "feed");

        ExecutiveSummary summary = compile(year, 2).summary();

        assertThat(summary.counts().onTrack()).as("Q2 itself is judged").isEqualTo(1);
        assertThat(summary.previousCounts()).isNull();
        assertThat(summary.previousShares()).isNull();
        assertThat(summary.previousSentence()).isNull();
    }

    /**
     * Q1's return was issued and never submitted, though figures were typed into it: the Q1 report printed them as
     * Missing, so the Q2 report neither prints them in its Q1 column nor counts them in "…% were judged 'at risk' in
     * Quarter 1" (worked out from the figures while Q1's report is unpublished), nor compares Q2 with them.
     */
    @Test
    void anEarlierQuartersReturnNeverSubmittedIsNotInThisReportEither() throws Exception {
        ReportingYear year = year(3013);
        var repairs = measures.find(year.id(), "HF-1").orElseThrow();
        long homes = measures.find(year.id(), "HF-2").orElseThrow().id();
        values.saveFigure(repairs.id(), 1, new BigDecimal("70"), null, null, null, "data.housing");
        values.saveFigure(homes, 1, new BigDecimal("90"), null, null, null, "data.housing");
        values.saveFigure(repairs.id(), 2, new BigDecimal("85"), null, null, null, "feed");
        Instant now = Instant.now();
        long q1 = cycles.insert(year.id(), 1, now.minus(Duration.ofDays(20)), now.minus(Duration.ofDays(10)), "perf",
                now.minus(Duration.ofDays(40)), ChasePolicy.DEFAULT);
        jdbc.sql("insert into service_return (cycle_id, service_id, status) values (:c, :s, 'DRAFT')")
                .param("c", q1).param("s", repairs.serviceId()).update();
        try {
            CompiledReport report = compile(year, 2);

            assertThat(report.summary().previousCounts()).as("Q1: HF-1 and HF-2 missing, HF-3 not due")
                    .isEqualTo(new SummaryCounts(0, 0, 0, 2));
            MeasureRow row = report.themes().stream().flatMap(t -> t.measureRows().stream())
                    .filter(r -> r.ref().equals("HF-1")).findFirst().orElseThrow();
            assertThat(row.quarters()).containsExactly("", "85%", "", "");
            assertThat(row.line().direction()).as("nothing in Q1 to compare with").isNull();
        } finally {
            jdbc.sql("delete from service_return where cycle_id = :c").param("c", q1).update();
            jdbc.sql("delete from cycle where id = :c").param("c", q1).update();
        }
    }

    private ReportingYear year(int startYear) throws Exception {
        String label = ReportingYear.labelOf(startYear);
        imports.importMeasures(label, TabularFile.read(
                new ClassPathResource("fixtures/framework-form.csv").getContentAsByteArray(), "framework-form.csv"));
        return years.find(label).orElseThrow();
    }

    private CompiledReport compile(ReportingYear year, int quarter) {
        return CycleRowReport.compile(context, year, quarter);
    }
}
