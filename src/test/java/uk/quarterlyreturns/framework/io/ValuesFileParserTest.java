package uk.quarterlyreturns.framework.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.base.tabular.TabularFileException;
import uk.quarterlyreturns.base.tabular.Workbooks;
import uk.quarterlyreturns.base.tabular.Workbooks.Formula;

class ValuesFileParserTest {

    @Test
    void readsValuesWithNotesAndFractions() {
        assertThat(ValuesFileParser.parse(ImportFiles.csv("code,value,note,numerator,denominator",
                "KI 433,57.2,\"Up, as planned\",380,664",
                "BCI 1,,,380,664",
                "BCI 2,-0,,,")))
                .containsExactly(
                        new ValueRow("KI 433", new BigDecimal("57.2"), "Up, as planned", new BigDecimal("380"),
                                new BigDecimal("664")),
                        new ValueRow("BCI 1", null, null, new BigDecimal("380"), new BigDecimal("664")),
                        new ValueRow("BCI 2", BigDecimal.ZERO, null, null, null));
    }

    /** A return's workbook lists every measure: in the form's upload a row giving nothing is left out, no more. */
    @Test
    void readingTheGivenRowsLeavesOutOnlyRowsThatGiveNothing() {
        TabularFile file = ImportFiles.csv("code,value,note,numerator,denominator,title",
                "HF-1,85,,,,Repairs on time",
                "HF-3,,,,,Tenant satisfaction",
                "HF-4,,Awaiting the survey,,,Voids");
        assertThat(ValuesFileParser.givesNothing(file.rows().get(1))).isTrue();
        assertThat(ImportFiles.rejection(() -> ValuesFileParser.parse(file))).extracting(ImportError::row)
                .containsExactly(3, 4);
        ParsedFile<ValueRow> given = ValuesFileParser.readGivenRows(file);
        assertThat(given.rows()).extracting(Numbered::rowNumber).containsExactly(2);
        assertThat(given.errors()).singleElement()
                .satisfies(e -> assertThat(e.row() + " " + e.column()).isEqualTo("4 value"));
    }

    /**
     * A workbook of values with a column of its own holding dates (when each figure was taken): the dates are not
     * read, so they stop nothing; a value cell shown as a date is refused.
     */
    @Test
    void aDateInAColumnNotReadStopsNothingButAValueShownAsADateIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = book.createSheet("Values");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("code");
            header.createCell(1).setCellValue("value");
            header.createCell(2).setCellValue("taken_on");
            for (int r = 1; r <= 2; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("A" + r);
                row.createCell(1).setCellValue(r == 1 ? 57.2 : 45017);
                row.createCell(2).setCellValue(45200);
                row.getCell(2).setCellStyle(date);
            }
            sheet.getRow(2).getCell(1).setCellStyle(date);
            book.write(bytes);
        }
        TabularFile file = TabularFile.read(bytes.toByteArray(), "values.xlsx");

        assertThat(ImportFiles.rejection(() -> ValuesFileParser.parse(file))).singleElement()
                .satisfies(e -> assertThat(e.row() + " " + e.column()).isEqualTo("3 value"));
        TabularFile firstRowOnly = TabularFile.read(bytes.toByteArray(), "values.xlsx");
        assertThat(ValuesFileParser.read(firstRowOnly).rows()).extracting(n -> n.row().code()).containsExactly("A1");
    }

    /**
     * A council's own check column, its formula filled down past the data: the rows under the data look empty and
     * are passed over, and a formula in a column with no header stops nothing. A file of such rows only is refused as
     * having no rows.
     */
    @Test
    void aRowEmptyInTheColumnsReadIsPassedOverWhateverItsOtherColumnsHold() {
        Formula check = new Formula("IF(A3=\"\",\"\",B3*2)");
        TabularFile file = TabularFile.read(Workbooks.xlsx(
                new Object[] {"code", "value", "check"},
                new Object[] {"A1", 5, new Formula("B2*2"), null, new Formula("B2*3")},
                new Object[] {null, null, check},
                new Object[] {null, null, check, null, new Formula("1/0")}), "values.xlsx");

        assertThat(ValuesFileParser.parse(file)).containsExactly(
                new ValueRow("A1", new BigDecimal("5"), null, null, null));
        TabularFile noRows = TabularFile.read(Workbooks.xlsx(
                new Object[] {"code", "value", "check"}, new Object[] {null, null, check}), "values.xlsx");
        assertThatThrownBy(() -> ValuesFileParser.parse(noRows)).isInstanceOf(TabularFileException.class)
                .hasMessage("The file has no rows with anything in the columns imported (code, value):"
                        + " nothing was imported");
    }

    @Test
    void onlyCodeAndValueAreRequired() {
        assertThat(ValuesFileParser.parse(ImportFiles.csv("value,code", "12,A1")))
                .containsExactly(new ValueRow("A1", new BigDecimal("12"), null, null, null));
    }

    @Test
    void aNoteIsFreeTextLimitedInLength() {
        assertThat(ValuesFileParser.parse(ImportFiles.csv("code,value,note", "A1,5,+5% on last year")))
                .extracting(ValueRow::note).containsExactly("+5% on last year");
        assertThat(ImportFiles.rejection(ValuesFileParser::parse, "code,value,note", "A1,5," + "n".repeat(2001)))
                .containsExactly(new ImportError(2, "note", "Too long: at most 2000 characters (this has 2001)"));
    }

    private static final String VALUE_NEEDED = "Must not be empty: give the value, or both numerator and denominator";

    @Test
    void everyBadRowIsReported() {
        assertThat(ImportFiles.rejection(ValuesFileParser::parse, "code,value,note,numerator,denominator",
                "A1,,,,",
                "A2,,,380,",
                "A3,5,,,664",
                "A4,5,,1,0",
                "A5,57%,,,",
                "a1,1,,,",
                ",2,,,"))
                .containsExactly(
                        new ImportError(2, "value", VALUE_NEEDED),
                        new ImportError(3, "denominator",
                                "Give the denominator too: numerator and denominator come together"),
                        new ImportError(3, "value", VALUE_NEEDED),
                        new ImportError(4, "numerator",
                                "Give the numerator too: numerator and denominator come together"),
                        new ImportError(5, "denominator", "The denominator must not be 0"),
                        new ImportError(6, "value", "Write a plain number, without £ or %"),
                        new ImportError(7, "code", "The code a1 is also on row 2: each may appear only once"),
                        new ImportError(8, "code", "Must not be empty"));
    }

    /**
     * A council's system writes "n/a" or "not available" where it has no figure: the feed takes figures only, so the
     * row is refused saying where a figure not available is recorded, rather than with a bare "Not a number" (a
     * return's upload points to its own not_available_reason column instead).
     */
    @Test
    void aFigureSentAsNotAvailableIsRefusedSayingWhereThatIsRecorded() {
        String says = "Not a number: a values file takes figures only. Leave the row out, and mark the figure not"
                + " available, with its reason, on the return's form";
        assertThat(ImportFiles.rejection(ValuesFileParser::parse, "code,value",
                "A1,n/a",
                "A2,Not available",
                "A3,N/A ",
                "A4,unknown"))
                .containsExactly(
                        new ImportError(2, "value", says),
                        new ImportError(3, "value", says),
                        new ImportError(4, "value", says),
                        new ImportError(5, "value", "Not a number"));
    }
}
