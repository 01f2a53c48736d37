package uk.quarterlyreturns.base.tabular;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.framework.Polarity;

class TabularWriterTest {

    private static final List<String> HEADERS = List.of("code", "title", "value", "note");

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    @Test
    void csvIsRfc4180Utf8WithoutByteOrderMarkAndWithNewlineEndings() {
        byte[] csv = TabularWriter.csv(HEADERS, List.of(
                row("A1", "Rate per 1,000", new BigDecimal("1E+3"), null),
                row("A2", "She said \"yes\"\nthen left", new BigDecimal("2.50"), "£5 café")));

        assertThat(new String(csv, UTF_8)).isEqualTo("code,title,value,note\n"
                + "A1,\"Rate per 1,000\",1000,\n"
                + "A2,\"She said \"\"yes\"\"\nthen left\",2.5,£5 café\n");
        assertThat(csv[0]).isEqualTo((byte) 'c');
    }

    @Test
    void csvWritesNumbersPlainAndOtherValuesAsText() {
        byte[] csv = TabularWriter.csv(List.of("a", "b", "c", "d", "e"),
                List.of(row(new BigDecimal("0.000001"), 4, 2.5d, true, Polarity.LOWER_IS_BETTER)));

        assertThat(new String(csv, UTF_8)).isEqualTo("a,b,c,d,e\n0.000001,4,2.5,TRUE,LOWER_IS_BETTER\n");
    }

    @Test
    void csvQuotesTextASpreadsheetWouldRunAsAFormula() {
        byte[] csv = TabularWriter.csv(List.of("a", "b", "c", "d", "e", "f"),
                List.of(row("=HYPERLINK(\"http://x\")", "+cmd", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)", "-12.5",
                        new BigDecimal("-3"))));

        assertThat(new String(csv, UTF_8)).isEqualTo("a,b,c,d,e,f\n"
                + "\"'=HYPERLINK(\"\"http://x\"\")\",'+cmd,'-2+3+cmd|' /C calc'!A0,'@SUM(A1),-12.5,-3\n");
    }

    @Test
    void csvReadsBackAsWritten() {
        byte[] csv = TabularWriter.csv(HEADERS,
                List.of(row("A1", "Two\nlines, \"quoted\"", new BigDecimal("-3.5"), "")));

        TabularRow row = TabularFile.read(csv, "out.csv").rows().get(0);

        assertThat(row.get("title")).isEqualTo("Two\nlines, \"quoted\"");
        assertThat(row.get("value")).isEqualTo("-3.5");
    }

    @Test
    void xlsxWritesNumbersAsNumberCellsAndTextNeverAsAFormula() throws IOException {
        byte[] xlsx = TabularWriter.xlsx("Values", HEADERS, List.of(
                row("A1", "=1+1", new BigDecimal("57.2"), null),
                row("A2", "@SUM(A1)", 12, true)));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Values");
            Row header = workbook.getSheetAt(0).getRow(0);
            Row first = workbook.getSheetAt(0).getRow(1);
            Row second = workbook.getSheetAt(0).getRow(2);
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("value");
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("=1+1");
            assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(57.2);
            assertThat(first.getCell(3)).isNull();
            assertThat(second.getCell(2).getNumericCellValue()).isEqualTo(12.0);
            assertThat(second.getCell(3).getCellType()).isEqualTo(CellType.BOOLEAN);
        }
    }

    @Test
    void aNumberASpreadsheetCannotHoldExactlyIsWrittenAsTextSoNoDigitIsLost() throws IOException {
        BigDecimal precise = new BigDecimal("123456789012.123456");
        byte[] xlsx = TabularWriter.xlsx("Values", List.of("value"), List.of(row(precise)));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
        }
        assertThat(TabularFile.read(xlsx, "out.xlsx").rows().get(0).get("value")).isEqualTo("123456789012.123456");
    }

    @Test
    void xlsxReadsBackAsTheSameRowsAsCsv() {
        List<List<Object>> rows = List.of(
                row("A1", "Rate per 1,000", new BigDecimal("0.000001"), null),
                row("A2", "=not a formula", new BigDecimal("-12"), "Two\nlines"));

        TabularFile fromXlsx = TabularFile.read(TabularWriter.xlsx("V", HEADERS, rows), "out.xlsx");
        TabularFile fromCsv = TabularFile.read(TabularWriter.csv(HEADERS, rows), "out.csv");

        for (int i = 0; i < rows.size(); i++) {
            for (String header : HEADERS) {
                assertThat(fromXlsx.rows().get(i).get(header)).isEqualTo(fromCsv.rows().get(i).get(header));
            }
        }
        assertThat(fromXlsx.rows().get(0).get("value")).isEqualTo("0.000001");
        assertThat(fromXlsx.rows().get(1).get("title")).isEqualTo("=not a formula");
    }

    @Test
    void aWorkbookCanHoldSeveralNamedSheetsOfWhichTheFirstIsRead() throws IOException {
        byte[] xlsx = TabularWriter.xlsx(List.of(
                new TabularWriter.Sheet("Summary", List.of("code"), List.of(row("FIRST"))),
                new TabularWriter.Sheet("Theme tables", List.of("code"), List.of(row("SECOND")))));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetName(0)).isEqualTo("Summary");
            assertThat(workbook.getSheetName(1)).isEqualTo("Theme tables");
        }
        assertThat(TabularFile.read(xlsx, "report.xlsx").rows().get(0).get("code")).isEqualTo("FIRST");
    }
}
