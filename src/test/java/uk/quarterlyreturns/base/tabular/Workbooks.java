package uk.quarterlyreturns.base.tabular;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds small .xlsx workbooks for tests, the way a spreadsheet would save them. */
public final class Workbooks {

    /** A formula to put in a cell, e.g. new Formula("1+1"). */
    public record Formula(String text) {
    }

    /** A number shown in a number format, e.g. new Formatted(1.1, "0.00") shows 1.10. */
    public record Formatted(double number, String format) {
    }

    private Workbooks() {
    }

    /** One sheet; each row's cells may be String, Number, Boolean, Formula, Formatted or null (no cell). */
    public static byte[] xlsx(Object[]... rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            fill(workbook.createSheet("Sheet1"), rows);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void fill(Sheet sheet, Object[]... rows) {
        for (int r = 0; r < rows.length; r++) {
            if (rows[r] == null) {
                continue;
            }
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                set(row, c, rows[r][c]);
            }
        }
    }

    static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    private static void set(Row row, int column, Object value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof String s) {
            cell.setCellValue(s);
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else if (value instanceof Formula f) {
            cell.setCellFormula(f.text());
        } else if (value instanceof Formatted f) {
            cell.setCellValue(f.number());
            CellStyle style = row.getSheet().getWorkbook().createCellStyle();
            style.setDataFormat(row.getSheet().getWorkbook().createDataFormat().getFormat(f.format()));
            cell.setCellStyle(style);
        } else {
            throw new IllegalArgumentException("cannot put " + value + " in a cell");
        }
    }
}
