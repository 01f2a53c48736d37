package uk.quarterlyreturns.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.framework.ActivityStatus;
import uk.quarterlyreturns.framework.Direction;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.report.KirkleesFixture;
import uk.quarterlyreturns.report.Lines;
import uk.quarterlyreturns.report.MeasureLine;
import uk.quarterlyreturns.report.ReportCompiler;

class XlsxReportRendererTest {

    // theme sheet columns: Ref, Source, Measure, Service, Directorate, 14/15, 15/16, 16/17, Target,
    // Q1, Q2, Q3, Q4, Year to date, Unit, RAG, RAG label, RAG note, Direction, Reasons, Actions planned
    private static final int TARGET = 8;
    private static final int Q1 = 9;
    private static final int Q2 = 10;
    private static final int YEAR_TO_DATE = 13;
    private static final int RAG = 15;
    private static final int REASONS = 19;

    @Test
    void sheetsAreSummaryThemesKeyActionsActivity() throws Exception {
        try (XSSFWorkbook book = read(KirkleesFixture.input().measures(), KirkleesFixture.actions())) {
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Summary", "Ambitious Kirklees", "Resilient Kirklees",
                    "Key actions", "Activity");
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
            assertThat(s.getRow(6).getCell(2).getNumericCellValue()).isEqualTo(53);
            assertThat(s.getRow(6).getCell(3).getNumericCellValue()).isEqualTo(50);
            assertThat(s.getRow(7).getCell(1).getNumericCellValue()).isEqualTo(15);
            assertThat(s.getRow(8).getCell(1).getNumericCellValue()).isEqualTo(12);
            assertThat(s.getRow(8).getCell(2).getNumericCellValue()).isEqualTo(20);
            assertThat(s.getRow(9).getCell(1).getNumericCellValue()).isEqualTo(2);
            assertThat(s.getRow(10).getCell(1).getNumericCellValue()).isEqualTo(2);
            assertThat(s.getRow(11).getCell(1).getNumericCellValue()).isEqualTo(6);
            Row total = findRow(s, "Total");
            assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(33);
            assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(22);
        }
    }

    @Test
    void themeSheetsHoldNumbersAsNumbersAndRagsAsText() throws Exception {
        try (XSSFWorkbook book = read(KirkleesFixture.measures(), KirkleesFixture.actions())) {
            Sheet s = book.getSheet("Ambitious Kirklees");
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
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

            Row tax = findRow(s, "1.18");
            assertThat(tax.getCell(Q2).getNumericCellValue()).isEqualTo(49.5);
            // the % is quoted: Excel shows 49.50% without scaling the number by 100
            assertThat(tax.getCell(Q2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00\"%\"");
            assertThat(tax.getCell(YEAR_TO_DATE).getNumericCellValue()).isEqualTo(72.09);

            Row complaints = findRow(s, "1.12");
            assertThat(complaints.getCell(Q2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(complaints.getCell(Q2).getStringCellValue()).isEqualTo("Missing");
            assertThat(findRow(s, "1.10").getCell(Q2).getStringCellValue()).isEqualTo("Not due");
            assertThat(findRow(s, "1.4").getCell(TARGET).getStringCellValue()).isEqualTo("No target");

            Sheet resilient = book.getSheet("Resilient Kirklees");
            assertThat(findRow(resilient, "3.1").getCell(Q2).getNumericCellValue()).isEqualTo(65.3);
            assertThat(findRow(resilient, "3.13").getCell(TARGET).getStringCellValue()).isEqualTo("TBA");
            assertThat(findRow(resilient, "3.19").getCell(REASONS).getStringCellValue())
                    .startsWith("The increasingly complex nature");
        }
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
    void keyActionsAndActivitySheets() throws Exception {
        MeasureLine calls = Lines.activity("CS01", "Corporate", new BigDecimal("145"), new BigDecimal("150"),
                new BigDecimal("190"), ActivityStatus.BELOW_RANGE);
        try (XSSFWorkbook book = read(List.of(calls), KirkleesFixture.actions())) {
            Sheet actions = book.getSheet("Key actions");
            assertThat(actions.getLastRowNum()).isEqualTo(24);
            Row first = actions.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Ambitious Kirklees");
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("ERC009");
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("A");
            assertThat(first.getCell(6).getStringCellValue()).isEqualTo("Amber");
            assertThat(findRow(actions, "Ambitious Kirklees", "CRO004").getCell(6).getStringCellValue())
                    .isEqualTo("Missing");

            Sheet activity = book.getSheet("Activity");
            Row row = activity.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("CS01");
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(145);
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(150);
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(190);
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo("Below expected range");
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

    private static XSSFWorkbook read(List<MeasureLine> measures, List<uk.quarterlyreturns.report.ActionLine> actions)
            throws Exception {
        byte[] xlsx = new XlsxReportRenderer().render(
                ReportCompiler.compile(KirkleesFixture.input(measures, actions)));
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
