package uk.quarterlyreturns.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.format.CellFormat;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import uk.quarterlyreturns.framework.ActivityStatus;
import uk.quarterlyreturns.framework.Direction;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.report.CompiledReport;
import uk.quarterlyreturns.report.ComplianceFacts;
import uk.quarterlyreturns.report.HighlightLine;
import uk.quarterlyreturns.report.KirkleesFixture;
import uk.quarterlyreturns.report.Lines;
import uk.quarterlyreturns.report.MeasureLine;
import uk.quarterlyreturns.report.MeasureRow;
import uk.quarterlyreturns.report.ReportCompiler;
import uk.quarterlyreturns.report.ReportInput;
import uk.quarterlyreturns.report.ReportStatus;
import uk.quarterlyreturns.report.ServiceCompliance;
import uk.quarterlyreturns.support.BesideTheSuite;

@Execution(ExecutionMode.CONCURRENT) // pure code, no application: it runs beside the suite
@ResourceLock(BesideTheSuite.LOCK)
class XlsxReportRendererTest {

    // theme sheet columns: Ref, Source, Measure, Service, Directorate, 14/15, 15/16, 16/17, Target,
    // Target note, Q1, Q2, Q3, Q4, Status this quarter, Provisional, Revised since reported provisional, Year to date,
    // Missing from year to date, Unit, RAG, RAG label, RAG note, Direction, Compared with, Comparison figure, Reasons, Actions planned,
    // Figure for (reported in arrears), Target changed during the year, Worked out from, Floor, Tolerance %
    private static final int TARGET = 8;
    private static final int TARGET_NOTE = 9;
    private static final int Q1 = 10;
    private static final int Q2 = 11;
    private static final int STATUS = 14;
    private static final int PROVISIONAL = 15;
    private static final int REVISED = 16;
    private static final int YEAR_TO_DATE = 17;
    private static final int RAG = 20;
    private static final int COMPARED_WITH = 24;
    private static final int COMPARISON = 25;
    private static final int REASONS = 26;
    private static final int ACTIONS = 27;
    private static final int LAST_COLUMN = 28;

    @Test
    void anEarlierFigureRevisedSinceItWasReportedProvisionalIsNamedInItsOwnColumn() throws Exception {
        List<MeasureLine> measures = new java.util.ArrayList<>(KirkleesFixture.measures());
        int i = measures.indexOf(KirkleesFixture.measure(measures, "1.1"));
        measures.set(i, measures.get(i).withRevisedQuarters(List.of(1)));
        try (XSSFWorkbook book = read(measures, KirkleesFixture.actions())) {
            Sheet s = book.getSheet("Ambitious Kirklees");
            assertThat(s.getRow(0).getCell(REVISED).getStringCellValue()).isEqualTo("Revised since reported provisional");
            assertThat(findRow(s, "1.1").getCell(REVISED).getStringCellValue()).isEqualTo("Q1");
            assertThat(findRow(s, "1.2").getCell(REVISED)).isNull();
            assertThat(findRow(s, "1.1").getCell(PROVISIONAL)).isNull();
        }
    }

    /** "57.2% (380/664)" in the printed report: the spreadsheet gave the figure alone, without the count behind it. */
    @Test
    void theCountBehindARateIsInItsOwnColumn() throws Exception {
        List<MeasureLine> measures = new java.util.ArrayList<>(KirkleesFixture.measures());
        int i = measures.indexOf(KirkleesFixture.measure(measures, "1.1"));
        measures.set(i, measures.get(i).toBuilder().ratio("380/664").build());
        try (XSSFWorkbook book = read(measures, KirkleesFixture.actions())) {
            Sheet s = book.getSheet("Ambitious Kirklees");
            assertThat(s.getRow(0).getCell(LAST_COLUMN + 2).getStringCellValue())
                    .isEqualTo(XlsxMeasureSheet.WORKED_OUT_FROM);
            assertThat(findRow(s, "1.1").getCell(LAST_COLUMN + 2).getStringCellValue()).isEqualTo("380/664");
            assertThat(findRow(s, "1.2").getCell(LAST_COLUMN + 2)).isNull();
        }
    }

    @Test
    void sheetsAreSummaryThemesKeyActionsActivity() throws Exception {
        try (XSSFWorkbook book = read(KirkleesFixture.input().measures(), KirkleesFixture.actions())) {
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Summary", "Commentary", "Ambitious Kirklees", "Resilient Kirklees",
                    "Key actions", "Highlight reports", "Activity");
            XSSFSheet highlights = book.getSheet("Highlight reports");
            assertThat(highlights.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Children who need help and protection");
            assertThat(highlights.getRow(1).getCell(3).getStringCellValue()).startsWith("24 hour decision making");
            assertThat(highlights.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E3");
        }
    }

    @Test
    void summaryHoldsTheHeadlineCountsAsNumbers() throws Exception {
        try (XSSFWorkbook book = read(KirkleesFixture.measures(), KirkleesFixture.actions())) {
            Sheet s = book.getSheet("Summary");
            assertThat(s.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Quarter (2) Corporate Performance Report 2017/18");
            assertThat(s.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Status");
            assertThat(s.getRow(6).getCell(0).getStringCellValue()).isEqualTo("On track");
            assertThat(s.getRow(6).getCell(1).getNumericCellValue()).isEqualTo(33);
            assertThat(s.getRow(6).getCell(2).getNumericCellValue()).isEqualTo(0.53);
            assertThat(s.getRow(6).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0%");
            assertThat(s.getRow(6).getCell(3).getNumericCellValue()).isEqualTo(0.50);
            assertThat(s.getRow(7).getCell(1).getNumericCellValue()).isEqualTo(15);
            assertThat(s.getRow(8).getCell(1).getNumericCellValue()).isEqualTo(12);
            assertThat(s.getRow(8).getCell(2).getNumericCellValue()).isEqualTo(0.20);
            assertThat(s.getRow(9).getCell(1).getNumericCellValue()).isEqualTo(2);
            assertThat(s.getRow(10).getCell(1).getNumericCellValue()).isEqualTo(2);
            assertThat(s.getRow(11).getCell(1).getNumericCellValue()).isEqualTo(6);
            Row total = findRow(s, "Total");
            assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(33);
            assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(22);
        }
    }

    /**
     * A corrected version says why it replaces the last, under its version, as the title page does; as text, so a
     * reason typed as "=HYPERLINK(...)" stays words. The first version has no note, and its counts keep their place.
     */
    @Test
    void aCorrectedVersionsSummaryGivesItsChangeNote() throws Exception {
        String note = "=HYPERLINK(\"http://example.invalid\") Corrected 2.14 after a late return";
        ReportInput corrected = new ReportInput("Test Council", 3, "2017/18", "October to December 2017",
                ReportStatus.AWAITING_APPROVAL, null, null, 2, note, KirkleesFixture.HISTORY,
                KirkleesFixture.measures(), List.of(), null, null, null);
        try (XSSFWorkbook book = read(corrected)) {
            Sheet s = book.getSheet("Summary");
            assertThat(s.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Version 2");
            assertThat(s.getRow(4).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(s.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Change note: " + note);
            assertThat(s.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Status");
        }
        try (XSSFWorkbook book = read(KirkleesFixture.measures(), KirkleesFixture.actions())) {
            assertThat(book.getSheet("Summary").getRow(4) == null).as("no note for version 1").isTrue();
        }
    }

    @Test
    void themeSheetsHoldNumbersAsNumbersAndRagsAsText() throws Exception {
        try (XSSFWorkbook book = read(KirkleesFixture.measures(), KirkleesFixture.actions())) {
            XSSFSheet s = book.getSheet("Ambitious Kirklees");
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
            assertThat(s.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:AG");
            assertThat(s.getPrintSetup().getLandscape()).isTrue();
            assertThat(s.getRepeatingRows().formatAsString()).isEqualTo("1:1");
            assertThat(s.getRow(0).getCell(ACTIONS).getStringCellValue()).isEqualTo("Actions planned");
            assertThat(s.getRow(0).getCell(LAST_COLUMN).getStringCellValue())
                    .isEqualTo("Figure for (reported in arrears)");
            assertThat(s.getRow(0).getCell(LAST_COLUMN + 1).getStringCellValue())
                    .isEqualTo("Target changed during the year");
            assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(s.getRow(0).getCell(Q2).getStringCellValue()).isEqualTo("Q2");

            Row jobs = findRow(s, "1.1");
            assertThat(jobs.getCell(1).getStringCellValue()).isEqualTo("KI 433");
            assertThat(jobs.getCell(5).getNumericCellValue()).isEqualTo(176);
            assertThat(jobs.getCell(TARGET).getNumericCellValue()).isEqualTo(250);
            assertThat(jobs.getCell(Q1).getNumericCellValue()).isEqualTo(62);
            assertThat(jobs.getCell(Q2).getNumericCellValue()).isEqualTo(60);
            assertThat(jobs.getCell(YEAR_TO_DATE).getNumericCellValue()).isEqualTo(122);
            assertThat(jobs.getCell(RAG).getStringCellValue()).isEqualTo("A/G");

            // 1.7 counts tonnes, but its 16/17 outturn was published as a percentage: a fraction in percent format
            Row recycled = findRow(s, "1.7");
            assertThat(recycled.getCell(7).getNumericCellValue()).isEqualTo(0.988);
            assertThat(recycled.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(recycled.getCell(TARGET).getNumericCellValue()).isEqualTo(50735);

            Row tax = findRow(s, "1.18");
            // a percentage is the fraction, shown as a percent
            assertThat(tax.getCell(Q2).getNumericCellValue()).isEqualTo(0.495);
            assertThat(tax.getCell(Q2).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
            assertThat(tax.getCell(YEAR_TO_DATE).getNumericCellValue()).isEqualTo(0.7209);

            // words never sit in a number column
            Row complaints = findRow(s, "1.12");
            assertThat(complaints.getCell(Q2)).isNull();
            assertThat(complaints.getCell(STATUS).getStringCellValue()).isEqualTo("Missing");
            assertThat(findRow(s, "1.10").getCell(Q2)).isNull();
            assertThat(findRow(s, "1.10").getCell(STATUS).getStringCellValue()).isEqualTo("Not due");
            assertThat(findRow(s, "1.4").getCell(TARGET)).isNull();
            assertThat(findRow(s, "1.4").getCell(TARGET_NOTE).getStringCellValue()).isEqualTo("No target");
            for (Row row : s) {
                for (int c = Q1; c < STATUS; c++) {
                    if (row.getRowNum() > 0 && row.getCell(c) != null) {
                        assertThat(row.getCell(c).getCellType()).as("Q cell of " + row.getCell(0)).isEqualTo(CellType.NUMERIC);
                    }
                }
            }

            Sheet resilient = book.getSheet("Resilient Kirklees");
            assertThat(findRow(resilient, "3.1").getCell(Q2).getNumericCellValue()).isEqualTo(65.3);
            assertThat(findRow(resilient, "3.13").getCell(TARGET_NOTE).getStringCellValue()).isEqualTo("TBA");
            assertThat(findRow(resilient, "3.19").getCell(REASONS).getStringCellValue())
                    .startsWith("The increasingly complex nature");
            // the figure its direction was judged against, beside it
            assertThat(findRow(resilient, "3.19").getCell(COMPARED_WITH).getStringCellValue())
                    .isEqualTo("Q1 2017/18 (previous quarter)");
            assertThat(findRow(resilient, "3.19").getCell(COMPARISON).getNumericCellValue()).isEqualTo(0.634);
            assertThat(jobs.getCell(COMPARED_WITH)).as("no figure of last year's Q2 in the fixture").isNull();
        }
    }

    @Test
    void ragCellsAreFilledWithTheirColour() throws Exception {
        try (XSSFWorkbook book = read(KirkleesFixture.measures(), KirkleesFixture.actions())) {
            Sheet s = book.getSheet("Ambitious Kirklees");
            assertThat(fill(findRow(s, "1.1").getCell(RAG))).isEqualTo("B5D334");
            assertThat(fill(findRow(s, "1.2").getCell(RAG))).isEqualTo("B10E1E");
            assertThat(fill(findRow(s, "1.3").getCell(RAG + 1))).isEqualTo("00703C");
            assertThat(findRow(s, "1.3").getCell(RAG).getCellStyle().getFillPattern())
                    .isEqualTo(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
            assertThat(fill(findRow(book.getSheet("Key actions"), "Ambitious Kirklees").getCell(6))).isEqualTo("FFBF47");
        }
    }

    @Test
    void summaryHasTheFivePointBreakdownAndComplianceAndTheCommentaryHasItsOwnSheet() throws Exception {
        try (XSSFWorkbook book = read(KirkleesFixture.measures(), KirkleesFixture.actions())) {
            Sheet s = book.getSheet("Summary");
            Row header = findRow(s, "Rating");
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Count");
            int total = 0;
            for (int r = header.getRowNum() + 1; r <= header.getRowNum() + 8; r++) {
                total += (int) s.getRow(r).getCell(3).getNumericCellValue();
            }
            int items = KirkleesFixture.measures().size() + KirkleesFixture.actions().size();
            assertThat(total).isEqualTo(items);
            assertThat(findRow(s, "Amber/Green").getCell(2).getStringCellValue()).isEqualTo("On track");
            assertThat(findRow(s, "All actions and measures").getCell(3).getNumericCellValue()).isEqualTo(items);
            Row compliance = s.getRow(findRow(s, "Returns due").getRowNum() + 1);
            assertThat(compliance.getCell(0).getNumericCellValue()).isEqualTo(20);
            assertThat(compliance.getCell(5).getNumericCellValue()).isEqualTo(0.64);
            assertThat(compliance.getCell(6).getNumericCellValue()).isEqualTo(35);
            assertThat(compliance.getCell(7).getNumericCellValue()).isEqualTo(27);
            assertThat(findRow(s, "Customer Services").getCell(4).getStringCellValue()).isEqualTo("Late");

            Sheet commentary = book.getSheet("Commentary");
            List<String> lines = new ArrayList<>();
            commentary.forEach(r -> lines.add(r.getCell(0).getStringCellValue()));
            assertThat(lines).contains("This is the second corporate performance report under a refreshed regime.",
                    "The first issue is one of compliance.");
            assertThat(lines).anyMatch(l -> l.contains("At three weeks after quarter end only 64% of returns"));
        }
    }

    /**
     * A draft compiled while one return's agreed extension still runs: the Summary sheet counts it "Not yet in", not
     * Missing, as the compliance sentence beside it says ("1 is missing and 1 is not yet in"); before the deadline,
     * every return not in is not yet in.
     */
    @Test
    void aReturnNotYetDueIsCountedNotYetInNotMissingAsTheSentenceSays() throws Exception {
        Instant deadline = Instant.parse("2017-10-20T16:00:00Z");
        List<ServiceCompliance> services = List.of(
                new ServiceCompliance("Housing", "Imran Hussain", "Submitted", deadline.minusSeconds(86_400), true, 0,
                        0),
                new ServiceCompliance("Highways", "Lucy Wade", "Draft", null, false, 0, 0,
                        Instant.parse("2017-10-27T16:00:00Z")),
                new ServiceCompliance("Parks", "Sam Green", "Draft", null, false, 2, 1));
        Map<String, Object> extended = compliance(new ComplianceFacts(3, 1, 0, 2, null, services, deadline, null, 3,
                Instant.parse("2017-10-23T09:00:00Z"), 1));
        assertThat(extended).containsEntry("Missing", 1.0).containsEntry("Not yet in", 1.0);
        assertThat((String) extended.get("sentence")).contains("1 is missing and 1 is not yet in");

        Map<String, Object> early = compliance(new ComplianceFacts(3, 1, 0, 2, null, services, deadline, null, 3,
                Instant.parse("2017-10-13T09:00:00Z"), 1));
        assertThat(early).containsEntry("Missing", 0.0).containsEntry("Not yet in", 2.0);
        assertThat((String) early.get("sentence")).contains("and 2 are not yet in");
    }

    /** The Summary sheet's compliance figures by heading, and the sentence the pages print. */
    private static Map<String, Object> compliance(ComplianceFacts facts) throws Exception {
        CompiledReport report = ReportCompiler.compile(new ReportInput("Test Council", 2, "2017/18",
                "July to September 2017", ReportStatus.DRAFT, null, null, 1, null, KirkleesFixture.HISTORY,
                KirkleesFixture.measures(), List.of(), null, facts, null));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(new XlsxReportRenderer().render(report)))) {
            Sheet s = book.getSheet("Summary");
            Row headings = findRow(s, "Returns due");
            Row figures = s.getRow(headings.getRowNum() + 1);
            Map<String, Object> byHeading = new LinkedHashMap<>();
            headings.forEach(c -> byHeading.put(c.getStringCellValue(), figures.getCell(c.getColumnIndex()) == null
                    ? null : figures.getCell(c.getColumnIndex()).getNumericCellValue()));
            byHeading.put("sentence", report.compliance().sentence());
            return byHeading;
        }
    }

    private static String fill(Cell cell) {
        return ((org.apache.poi.xssf.usermodel.XSSFColor) cell.getCellStyle().getFillForegroundColorColor())
                .getARGBHex().substring(2);
    }

    @Test
    void narrativeStartingWithEqualsStaysText() throws Exception {
        MeasureLine m = Lines.withNarrative(Lines.measure("9.1", "D", "S", "T", Rag.RED, Direction.WORSENED),
                "=HYPERLINK(\"http://example.invalid\",\"click\")", "+1+2");
        try (XSSFWorkbook book = read(List.of(m), List.of())) {
            Row row = findRow(book.getSheet("T"), "9.1");
            Cell reasons = row.getCell(REASONS);
            assertThat(reasons.getCellType()).isEqualTo(CellType.STRING);
            assertThat(reasons.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://example.invalid\",\"click\")");
            assertThat(row.getCell(REASONS + 1).getCellType()).isEqualTo(CellType.STRING);
        }
    }

    @Test
    void theKeyActionsSheetGivesEachActionsOutcome() throws Exception {
        uk.quarterlyreturns.report.ActionLine homes = new uk.quarterlyreturns.report.ActionLine("HKA-1",
                "Bring empty homes back into use", "Place", "Housing", "Homes for all",
                "More homes people can afford", Rag.GREEN, "Twelve homes back in use", null, null, null);
        try (XSSFWorkbook book = read(List.of(), List.of(homes))) {
            XSSFSheet actions = book.getSheet("Key actions");
            assertThat(actions.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Outcome");
            Row row = findRow(actions, "Homes for all", "HKA-1");
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo("More homes people can afford");
            assertThat(row.getCell(8).getStringCellValue()).isEqualTo("Twelve homes back in use");
        }
    }

    @Test
    void keyActionsAndActivitySheets() throws Exception {
        MeasureLine calls = Lines.activity("CS01", "Corporate", new BigDecimal("145"), new BigDecimal("150"),
                new BigDecimal("190"), ActivityStatus.BELOW_RANGE);
        try (XSSFWorkbook book = read(List.of(calls), KirkleesFixture.actions())) {
            XSSFSheet actions = book.getSheet("Key actions");
            assertThat(actions.getLastRowNum()).isEqualTo(24);
            Row first = actions.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Ambitious Kirklees");
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("ERC009");
            assertThat(first.getCell(6).getStringCellValue()).isEqualTo("A");
            assertThat(first.getCell(7).getStringCellValue()).isEqualTo("Amber");
            assertThat(findRow(actions, "Ambitious Kirklees", "CRO004").getCell(7).getStringCellValue())
                    .isEqualTo("Missing");

            XSSFSheet activity = book.getSheet("Activity");
            Row row = activity.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("CS01");
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(145);
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(150);
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(190);
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo("Below expected range");
            assertThat(activity.getCTWorksheet().getAutoFilter()).isNotNull();
            assertThat(actions.getCTWorksheet().getAutoFilter()).isNotNull();
        }
    }

    /**
     * A threshold shows in the Activity sheet as the appendix prints it, as precisely as it is judged against: 4,500.5
     * beside a 4,501 above the range, not 4,501 at the measure's whole numbers.
     */
    @Test
    void anActivityThresholdShowsAsPreciselyAsTheAppendixPrintsIt() throws Exception {
        MeasureLine demand = Lines.activity("CS03", "Corporate", new BigDecimal("4501"), new BigDecimal("3000.25"),
                new BigDecimal("4500.5"), ActivityStatus.ABOVE_RANGE);
        CompiledReport report = ReportCompiler.compile(KirkleesFixture.input(List.of(demand), List.of()));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(new XlsxReportRenderer().render(report)))) {
            Row row = findRow(book.getSheet("Activity"), "CS03");
            assertThat(shown(row.getCell(2))).isEqualTo("4,501");
            assertThat(shown(row.getCell(4))).isEqualTo(report.activity().get(0).lower()).isEqualTo("3,000.25");
            assertThat(shown(row.getCell(5))).isEqualTo(report.activity().get(0).upper()).isEqualTo("4,500.5");
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(4500.5);
        }
    }

    /** The Activity sheet gives beside a figure the note the appendix prints after it: provisional, in arrears. */
    @Test
    void anActivityFiguresNoteIsInTheActivitySheetAsInTheAppendix() throws Exception {
        MeasureLine calls = Lines.activity("CS04", "Corporate", new BigDecimal("4512"), new BigDecimal("4000"),
                new BigDecimal("5000"), ActivityStatus.WITHIN_RANGE);
        MeasureLine both = Lines.provisional(calls).withArrearsPeriod("Q1 (Apr-Jun 2017)");
        MeasureLine plain = calls.toBuilder().code("CS05").build();
        CompiledReport report = ReportCompiler.compile(KirkleesFixture.input(
                List.of(both, Lines.provisional(calls.toBuilder().code("CS06").build()), plain), List.of()));
        assertThat(report.activity().get(0).value()).isEqualTo("4,512 (provisional) (for Q1 (Apr-Jun 2017))");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(new XlsxReportRenderer().render(report)))) {
            Sheet s = book.getSheet("Activity");
            assertThat(s.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Value note");
            assertThat(findRow(s, "CS04").getCell(2).getNumericCellValue()).isEqualTo(4512);
            assertThat(findRow(s, "CS04").getCell(3).getStringCellValue())
                    .isEqualTo("(provisional) (for Q1 (Apr-Jun 2017))");
            assertThat(findRow(s, "CS06").getCell(3).getStringCellValue()).isEqualTo("(provisional)");
            assertThat(findRow(s, "CS05").getCell(3) == null).as("no note for a plain figure").isTrue();
        }
    }

    /** A highlight report's field left empty reads "None given." in the spreadsheet, as the PDF prints it. */
    @Test
    void aHighlightFieldLeftEmptyReadsNoneGivenAsInThePdf() throws Exception {
        ReportInput k = KirkleesFixture.input();
        CompiledReport report = ReportCompiler.compile(new ReportInput(k.organisation(), k.quarter(), k.yearDisplay(),
                k.period(), k.status(), k.approvedBy(), k.approvedOn(), k.version(), k.changeNote(), k.historyYears(),
                k.measures(), k.actions(), k.previousQuarter(), k.compliance(), k.commentary(), k.cabinet(),
                k.compiledOn(), k.rules(), List.of(new HighlightLine("Housing", "Place", null, "Voids let faster",
                        null))));
        List<String> printed = org.jsoup.Jsoup.parse(new HtmlReportRenderer().render(report))
                .select("#highlights .highlight p.narrative").eachText();
        assertThat(printed).containsExactly("None given.", "Voids let faster", "None given.");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(new XlsxReportRenderer().render(report)))) {
            List<String> cells = new ArrayList<>();
            book.getSheet("Highlight reports").getRow(1).forEach(c -> cells.add(c.getStringCellValue()));
            assertThat(cells).containsExactly("Housing", "Place", "None given.", "Voids let faster", "None given.");
        }
    }

    @Test
    void themeNamesBecomeValidDistinctSheetNames() {
        var taken = new HashSet<>(List.of("summary", "key actions", "activity"));
        assertThat(XlsxReportRenderer.sheetName("Summary", taken)).isEqualTo("Summary (2)");
        assertThat(XlsxReportRenderer.sheetName("Children: safe/well [2017]?", taken))
                .isEqualTo("Children  safe well  2017  ");
        String longName = "A theme whose name is much longer than Excel allows";
        assertThat(XlsxReportRenderer.sheetName(longName, taken)).isEqualTo(longName.substring(0, 31));
        assertThat(XlsxReportRenderer.sheetName(longName, taken)).isEqualTo(longName.substring(0, 27) + " (2)");
    }

    /** More rows than the writer holds in memory at once: the rows it has written out must all be there. */
    @Test
    void aQuartersFiguresAfterTheReportedOneAreNotInTheSpreadsheet() throws Exception {
        // the Q2 report compiled again (a correction) once Q3's figures have started to come in: the printed
        // report leaves Q3 and Q4 blank, and so must its spreadsheet
        List<MeasureLine> lines = new ArrayList<>();
        for (MeasureLine k : KirkleesFixture.measures()) {
            List<BigDecimal> later = new ArrayList<>(k.quarterValues());
            later.set(2, k.code().equals("1.1") ? new BigDecimal("71") : null);
            later.set(3, k.code().equals("1.1") ? new BigDecimal("80") : null);
            lines.add(k.toBuilder().quarterValues(later).build());
        }
        try (XSSFWorkbook book = read(lines, KirkleesFixture.actions())) {
            Row jobs = findRow(book.getSheet("Ambitious Kirklees"), "1.1");
            assertThat(jobs.getCell(Q2).getNumericCellValue()).isEqualTo(60);
            assertThat(jobs.getCell(Q2 + 1)).as("Q3 of a Q2 report").isNull();
            assertThat(jobs.getCell(Q2 + 2)).as("Q4 of a Q2 report").isNull();
        }
    }

    @Test
    void aThemeOfThousandsOfMeasuresIsWrittenWholeWithItsFilterOverEveryRow() throws Exception {
        List<MeasureLine> kirklees = KirkleesFixture.measures();
        String theme = kirklees.get(0).theme();
        List<MeasureLine> many = new ArrayList<>();
        for (int i = 0; i < 1300; i++) {
            MeasureLine k = kirklees.get(i % kirklees.size());
            many.add(k.toBuilder().code("M" + (i + 1)).theme(theme).build());
        }
        try (XSSFWorkbook book = read(many, KirkleesFixture.actions())) {
            XSSFSheet sheet = book.getSheet(theme);
            List<String> refs = new ArrayList<>();
            sheet.forEach(row -> refs.add(row.getCell(0).getStringCellValue()));
            assertThat(refs).hasSize(1301).first().isEqualTo("Ref");
            assertThat(new HashSet<>(refs.subList(1, refs.size()))).hasSize(1300).contains("M1", "M650", "M1300");
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).endsWith("1301");
            assertThat(findRow(sheet, "M1300").getCell(2).getStringCellValue()).isEqualTo(many.get(1299).title());
        }
    }

    /**
     * A figure's cell reads in Excel as the PDF prints it, and stays a number: money in the report's scale ("£1.7m",
     * never "£1,700,000"), whatever unit it counts in, and a target at the places it was written to ("60%", not
     * "60.0%").
     */
    @Test
    void figuresAndTargetsReadInTheSpreadsheetAsThePdfPrintsThem() throws Exception {
        List<MeasureLine> lines = List.of(figure("G1", "£", 0, "1700000", "15000000"),
                figure("G2", "£", 0, "99950", "100000"), figure("G3", "£", 2, "1250.5", "1000"),
                figure("G4", "£", null, "-2250000", "30000"), figure("K1", "£k", 0, "12345", "350"),
                figure("M1", "£m", 2, "0.05", "12.5"), figure("P1", "%", 1, "57.25", "60"));
        CompiledReport report = ReportCompiler.compile(KirkleesFixture.input(lines, KirkleesFixture.actions()));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(new XlsxReportRenderer().render(report)))) {
            Sheet s = book.getSheet("Money");
            for (MeasureRow printed : report.themes().get(0).measureRows()) {
                Row row = findRow(s, printed.ref());
                assertThat(row.getCell(Q2).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(shown(row.getCell(Q2))).as(printed.ref() + " Q2").isEqualTo(printed.quarters().get(1));
                assertThat(shown(row.getCell(TARGET))).as(printed.ref() + " target").isEqualTo(printed.target());
            }
            assertThat(shown(findRow(s, "G1").getCell(Q2))).isEqualTo("£1.7m");
            assertThat(findRow(s, "K1").getCell(Q2).getNumericCellValue()).as("in pounds").isEqualTo(12_345_000);
            assertThat(shown(findRow(s, "P1").getCell(TARGET))).isEqualTo("60%");
        }
    }

    /** The cell as Excel shows it (POI's CellFormat reads scaling commas, which its DataFormatter does not). */
    private static String shown(Cell cell) {
        return CellFormat.getInstance(java.util.Locale.UK, cell.getCellStyle().getDataFormatString()).apply(cell).text;
    }

    private static MeasureLine figure(String code, String unit, Integer decimals, String q2, String target) {
        return MeasureLine.builder().code(code).title("Measure " + code).directorate("D").service("S").theme("Money")
                .unit(uk.quarterlyreturns.framework.Unit.of(unit)).decimals(decimals).targetText(target)
                .quarterValues(java.util.Arrays.asList(null, new BigDecimal(q2), null, null)).rag(Rag.NONE).build();
    }

    private static XSSFWorkbook read(List<MeasureLine> measures, List<uk.quarterlyreturns.report.ActionLine> actions)
            throws Exception {
        return read(KirkleesFixture.input(measures, actions));
    }

    private static XSSFWorkbook read(ReportInput input) throws Exception {
        byte[] xlsx = new XlsxReportRenderer().render(ReportCompiler.compile(input));
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static Row findRow(Sheet sheet, String first) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(first)) {
                return row;
            }
        }
        throw new AssertionError("no row " + first + " in " + sheet.getSheetName());
    }

    private static Row findRow(Sheet sheet, String first, String second) {
        for (Row row : sheet) {
            if (row.getCell(1) != null && row.getCell(0).getStringCellValue().equals(first)
                    && row.getCell(1).getStringCellValue().equals(second)) {
                return row;
            }
        }
        throw new AssertionError("no row " + first + ", " + second);
    }
}
