package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.quarterlyreturns.framework.FrameworkHistoryTest.HEADER;
import static uk.quarterlyreturns.framework.FrameworkHistoryTest.KI;
import static uk.quarterlyreturns.framework.FrameworkHistoryTest.csv;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * A reason reaches the history's downloads as typed: a spreadsheet opening them runs no formula, and a reason
 * over two lines stays one cell of one row.
 */
class HostileHistoryExportTest extends ApplicationTest {

    private static final String REASON = "=HYPERLINK(\"http://evil.example\",\"Agreed\")\r\n@SUM(A1:A2)";

    @Autowired FrameworkImport imports;
    @Autowired YearRepository years;
    @Autowired FrameworkHistoryReader history;

    @Test
    void aFormulaInAReasonStaysTextInTheCsvAndTheWorkbook() throws Exception {
        // a title or code that would start a formula is refused on import (HostileUploadTest): only a reason gets in
        imports.importMeasures("5550-51", csv(HEADER + KI), new FrameworkEdit("perf", FrameworkWay.API_FILE, REASON));
        ReportingYear year = years.find("5550-51").orElseThrow();

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(
                new String(history.csv(year, "perf"), StandardCharsets.UTF_8))).getRecords();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("reason")).isEqualTo("'" + REASON);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(history.xlsx(year, "perf")))) {
            Row row = book.getSheetAt(0).getRow(1);
            for (int c = 0; c < row.getLastCellNum(); c++) {
                assertThat(row.getCell(c) == null || row.getCell(c).getCellType() != CellType.FORMULA).isTrue();
            }
            assertThat(row.getCell(8).getStringCellValue()).isEqualTo(REASON);
        }
    }
}
