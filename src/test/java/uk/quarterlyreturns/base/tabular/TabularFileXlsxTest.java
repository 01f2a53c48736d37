package uk.quarterlyreturns.base.tabular;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.quarterlyreturns.base.tabular.Workbooks.Formatted;
import uk.quarterlyreturns.base.tabular.Workbooks.Formula;

class TabularFileXlsxTest {

    private static TabularFile xlsx(Object[]... rows) {
        return TabularFile.read(Workbooks.xlsx(rows), "upload.xlsx");
    }

    /** Each row as its number followed by its cells under the given headers. */
    private static List<List<String>> cells(TabularFile file, String... headers) {
        List<List<String>> rows = new ArrayList<>();
        for (TabularRow row : file.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(String.valueOf(row.rowNumber()));
            for (String header : headers) {
                cells.add(row.get(header));
            }
            rows.add(cells);
        }
        return rows;
    }

    @Test
    void csvAndXlsxOfTheSameTableGiveTheSameRows() {
        TabularFile fromCsv = TabularFile.read(("Value,CODE,note\n"
                + "57.2,KI 433,\"Up, as planned\"\n"
                + "100,BCI 1,\n"
                + ",,\n"
                + "-3.5,A3,\"Two\nlines\"\n").getBytes(UTF_8), "a.csv");
        TabularFile fromXlsx = xlsx(
                new Object[] {"Value", "CODE", "note"},
                new Object[] {57.2, "KI 433", "Up, as planned"},
                new Object[] {100, "BCI 1", null},
                null,
                new Object[] {-3.5, "A3", "Two\nlines"});

        assertThat(cells(fromXlsx, "code", "value", "note")).isEqualTo(cells(fromCsv, "code", "value", "note"));
        assertThat(cells(fromXlsx, "code", "value", "note")).containsExactly(
                List.of("2", "KI 433", "57.2", "Up, as planned"),
                List.of("3", "BCI 1", "100", ""),
                List.of("5", "A3", "-3.5", "Two\nlines"));
        assertThat(fromXlsx.headers()).isEqualTo(fromCsv.headers());
    }

    @ParameterizedTest
    @CsvSource({
        "12.0, 12",
        "0.1, 0.1",
        "-0.0, 0",
        "1e20, 100000000000000000000",
        "1.5e-7, 0.00000015",
        "57.2, 57.2",
        "-3.25, -3.25",
        "1234567.891, 1234567.891"})
    void numericCellsBecomePlainDecimals(double number, String expected) {
        TabularFile file = xlsx(new Object[] {"value"}, new Object[] {number});

        assertThat(file.rows().get(0).get("value")).isEqualTo(expected);
    }

    @Test
    void booleanCellsReadAsTrueOrFalseAndBlankCellsAsEmpty() {
        TabularFile file = xlsx(
                new Object[] {"code", "flag", "note"},
                new Object[] {"A1", true, ""},
                new Object[] {"A2", false, null});

        assertThat(cells(file, "flag", "note")).containsExactly(
                List.of("2", "TRUE", ""), List.of("3", "FALSE", ""));
    }

    @Test
    void aFormulaIsNotEvaluatedButReportedAsAnErrorOnItsRowAndColumn() {
        TabularFile file = xlsx(
                new Object[] {"code", "value"},
                new Object[] {"A1", 5},
                new Object[] {"A2", new Formula("2+3")});

        TabularRow formulaRow = file.rows().get(1);
        assertThat(file.rows().get(0).errors()).isEmpty();
        assertThat(formulaRow.errors()).containsExactly(
                new ImportError(3, "value", "Formulas are not accepted: paste the value instead"));
        assertThat(formulaRow.get("value")).isEmpty();
    }

    @Test
    void anErrorValueIsReportedOnItsRow() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Workbooks.fill(workbook.createSheet("Values"), new Object[] {"code", "value"}, new Object[] {"A1"});
            workbook.getSheetAt(0).getRow(1).createCell(1).setCellErrorValue(FormulaError.NA);

            TabularFile file = TabularFile.read(Workbooks.bytes(workbook), "values.xlsx");

            assertThat(file.rows().get(0).errors()).containsExactly(new ImportError(2, "value",
                    "The cell shows the error #N/A: type the value, or leave the cell empty"));
        }
    }

    @Test
    void aNumberShownAsAPercentageIsRefusedRatherThanReadAHundredTimesTooSmall() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Workbooks.fill(workbook.createSheet("Values"), new Object[] {"code", "value"},
                    new Object[] {"A1", 0.57});
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            workbook.getSheetAt(0).getRow(1).getCell(1).setCellStyle(percent);

            TabularFile file = TabularFile.read(Workbooks.bytes(workbook), "values.xlsx");

            assertThat(file.rows().get(0).errors()).containsExactly(new ImportError(2, "value",
                    "The cell is formatted as a percentage, so Excel stores 57% as 0.57:"
                            + " format the cell as Number and type 57"));
        }
    }

    /** A date is a number to Excel (1 April 2023 is 45017): read as typed it would be a figure no one wrote. */
    @Test
    void aCellShownAsADateIsRefusedRatherThanReadAsItsDayNumber() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Workbooks.fill(workbook.createSheet("Values"), new Object[] {"code", "value", "year"},
                    new Object[] {"A1", 45017, 45017}, new Object[] {"A2", 57.2, "2016-17"});
            CellStyle british = workbook.createCellStyle();
            british.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle builtIn = workbook.createCellStyle();
            builtIn.setDataFormat((short) 14);
            workbook.getSheetAt(0).getRow(1).getCell(1).setCellStyle(british);
            workbook.getSheetAt(0).getRow(1).getCell(2).setCellStyle(builtIn);

            TabularFile file = TabularFile.read(Workbooks.bytes(workbook), "values.xlsx");

            String message = "The cell is formatted as a date, so Excel stores it as the day number 45017:"
                    + " format the cell as Number or Text and type the value again";
            assertThat(file.rows().get(0).errors()).containsExactly(new ImportError(2, "value", message),
                    new ImportError(2, "year", message));
            assertThat(file.rows().get(1).errors()).isEmpty();
            assertThat(file.rows().get(1).get("value")).isEqualTo("57.2");
        }
    }

    /** A value cell holding this number, shown in this number format. */
    private static TabularRow valueShown(double number, String format) {
        return xlsx(new Object[] {"code", "value"}, new Object[] {"A1", new Formatted(number, format)}).rows().get(0);
    }

    /** What the person saw is what goes in: a number is read as its format shows it, its places kept (a code 1.10). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "1250.5  | \"£\"#,##0.00                                | 1250.50",
        "1.1     | 0.00                                       | 1.10",
        "1234    | #,##0                                      | 1234",
        "7       | 000                                        | 007",
        "-1234   | #,##0;(#,##0)                              | -1234",
        "0       | _(* #,##0_);_(* (#,##0);_(* \"-\"_);_(@_)    | 0",
        "5       | 0 \"days\"                                   | 5",
        "85      | 0\"%\"                                      | 85",
        "57.5    | 0.0\"%\"                                    | 57.5",
        "85      | #,##0\" per 10k\"                           | 85",
        "85      | 0.00\" (Q1 2017/18)\"                       | 85.00",
        "1200000 | 0.00E+00                                   | 1200000",
        "1.1     | @                                          | 1.1"})
    void aNumberIsReadAsItsFormatShowsIt(double number, String format, String read) {
        TabularRow row = valueShown(number, format);

        assertThat(row.errors()).isEmpty();
        assertThat(row.get("value")).isEqualTo(read);
    }

    /**
     * £1.2m in a cell holding 1200000: read as stored, a £m figure would be a million times what the person saw. And
     * 85.46 shown for 85.456: which the person meant is not for the import to guess, so the message names both.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "1200000 | £#,##0.0,,\"m\" | holds 1200000 but its number format shows it in millions (1.2)   | SCALED",
        "1200000 | #,##0,        | holds 1200000 but its number format shows it in thousands (1200) | SCALED",
        "-350000 | 0,;(0,)       | holds -350000 but its number format shows it in thousands (-350) | SCALED",
        "85.456  | 0.00          | shows 85.46 but holds 85.456                                     | SHOWN",
        "2.5     | 0             | shows 3 but holds 2.5                                            | SHOWN",
        "1.5     | # ?/?         | shows 1 1/2 but holds 1.5                                        | SHOWN"})
    void aNumberItsFormatShowsAsOtherThanItIsIsRefused(double number, String format, String cell, String advice) {
        TabularRow row = valueShown(number, format);

        assertThat(row.errors()).containsExactly(new ImportError(2, "value", "The cell " + cell + ": "
                + (advice.equals("SCALED")
                        ? "format the cell as Number and type the figure as it should be read, such as 1.2 for £1.2m"
                        : "format the cell as General, or as Number with enough decimal places to show all of it,"
                                + " and type the figure as it should be read")));
        assertThat(row.get("value")).isEmpty();
    }

    /** A check column of the council's own with no header: its formulas are in no column read, so they stop nothing. */
    @Test
    void aFormulaInAColumnWithNoHeaderIsNoProblem() {
        TabularFile file = xlsx(new Object[] {"code", "value"},
                new Object[] {"A1", 5, new Formula("B2*2")},
                new Object[] {null, null, new Formula("IF(A3=\"\",\"\",B3*2)")});

        assertThat(cells(file, "code", "value")).containsExactly(List.of("2", "A1", "5"));
        assertThat(file.rows().get(0).errors()).isEmpty();
    }

    @Test
    void onlyTheFirstSheetIsRead() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Workbooks.fill(workbook.createSheet("Framework"), new Object[] {"code"}, new Object[] {"FIRST"});
            Workbooks.fill(workbook.createSheet("Notes"), new Object[] {"code"}, new Object[] {"SECOND"});

            TabularFile file = TabularFile.read(Workbooks.bytes(workbook), "framework.xlsx");

            assertThat(file.rows()).extracting(r -> r.get("code")).containsExactly("FIRST");
        }
    }

    @Test
    void aWorkbookIsRecognisedByItsContentWhateverItsName() {
        byte[] workbook = Workbooks.xlsx(new Object[] {"code"}, new Object[] {"A1"});

        TabularFile file = TabularFile.read(workbook, "values.csv");

        assertThat(file.rows().get(0).get("code")).isEqualTo("A1");
    }

    @Test
    void cellsBeyondTheHeaderRowAreReportedWhenTheyHoldAValue() {
        TabularFile file = xlsx(new Object[] {"code"}, new Object[] {"A1", null, "stray"});

        assertThat(file.rows().get(0).errors()).extracting(ImportError::message)
                .containsExactly("Column 3 has no header but this row has a value in it (\"stray\"):"
                        + " check for a comma inside a value, or give the column a header");
    }

    @Test
    void aFormulaInTheHeaderRowRefusesTheFile() {
        byte[] workbook = Workbooks.xlsx(new Object[] {"code", new Formula("\"va\"&\"lue\"")});

        TabularFileException refused = catchThrowableOfType(TabularFileException.class,
                () -> TabularFile.read(workbook, "values.xlsx"));

        assertThat(refused).hasMessage("The header row must hold plain column names, not formulas or error values");
    }

    @Test
    void textCellsKeepLeadingZerosAndSpacesInside() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Row header = workbook.createSheet("S").createRow(0);
            header.createCell(0).setCellValue("code");
            Row row = workbook.getSheetAt(0).createRow(1);
            Cell cell = row.createCell(0);
            cell.setCellValue("007  A");

            TabularFile file = TabularFile.read(Workbooks.bytes(workbook), "codes.xlsx");

            assertThat(file.rows().get(0).get("code")).isEqualTo("007  A");
        }
    }
}
