package uk.quarterlyreturns.framework.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import uk.quarterlyreturns.base.api.MediaTypes;
import uk.quarterlyreturns.base.tabular.TabularWriter;

/** The same hostile files as {@link HostileUploadTest}, as .xlsx workbooks built here. */
class HostileWorkbookTest extends HostileUploads {

    @Test
    void aDamagedWorkbookIsRefused() {
        byte[] good = TabularWriter.xlsx("Framework", HEADER, List.of(measure("H-1")));
        assertRefused(put(Arrays.copyOf(good, good.length / 2)), 0, null, "could not be opened");
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        junk[0] = 'P';
        junk[1] = 'K';
        junk[2] = 3;
        junk[3] = 4;
        assertRefused(put(junk), 0, null, "could not be opened");
    }

    @Test
    void aFormulaCellIsRefusedNamingRowAndColumn() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Framework");
            Row header = sheet.createRow(0);
            Row row = sheet.createRow(1);
            for (int c = 0; c < HEADER.size(); c++) {
                header.createCell(c).setCellValue(HEADER.get(c));
                row.createCell(c).setCellValue(String.valueOf(measure("H-1").get(c)));
            }
            row.getCell(HEADER.indexOf("target")).setCellFormula("5*2");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            assertRefused(put(bytes.toByteArray()), 2, "target", "Formulas are not accepted");
        }
    }

    @Test
    void formulaTextInATextCellIsRefused() {
        List<Object> hyperlink = new ArrayList<>(measure("H-1"));
        hyperlink.set(1, "=HYPERLINK(\"http://x\")");
        List<Object> command = new ArrayList<>(measure("H-2"));
        command.set(1, "=cmd|' /C calc'!A0");
        ResponseEntity<String> response = put(TabularWriter.xlsx("Framework", HEADER, List.of(hyperlink, command)));
        assertRefused(response, 2, "title", "must not start with =");
        assertRefused(response, 3, "title", "must not start with =");
    }

    @Test
    void tenThousandRowsWithTheLastBadAreRefusedNamingThatRow() {
        List<List<Object>> rows = measures(9_999);
        List<Object> bad = new ArrayList<>(measure("B-10000"));
        bad.set(HEADER.indexOf("polarity"), "UPWARDS");
        rows.add(bad);
        assertRefused(put(TabularWriter.xlsx("Framework", HEADER, rows)), 10_001, "polarity", "HIGHER_IS_BETTER");
    }

    @Test
    void overTenThousandRowsIsRefused() {
        assertRefused(put(TabularWriter.xlsx("Framework", HEADER, measures(10_001))), 0, null,
                "more than 10,000 rows");
    }

    @Test
    void overFiveMegabytesIsRefused() {
        // Random text hardly compresses, so 9 MB of it makes a workbook well over 5 MB.
        Random random = new Random(11);
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            List<Object> row = new ArrayList<>(measure("M-" + i));
            row.set(1, random.ints(3_000, '0', 'z' + 1).collect(StringBuilder::new,
                    StringBuilder::appendCodePoint, StringBuilder::append).toString());
            rows.add(row);
        }
        assertRefused(put(TabularWriter.xlsx("Framework", HEADER, rows)), 0, null, "the limit is 5 MB");
    }

    private static List<List<Object>> measures(int count) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            rows.add(measure("B-" + i));
        }
        return rows;
    }

    private ResponseEntity<String> put(byte[] workbook) {
        return perf.put(YEAR + "/framework", MediaTypes.XLSX, workbook);
    }
}
