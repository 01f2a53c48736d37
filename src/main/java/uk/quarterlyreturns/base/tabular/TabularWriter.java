package uk.quarterlyreturns.base.tabular;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes rows under a header row as CSV or .xlsx, in the form {@link TabularFile} reads back. Numbers
 * are written plain (never with an exponent); null is an empty cell; text is always text, never a
 * formula (in CSV, text that would start a formula gets a leading apostrophe).
 */
public final class TabularWriter {

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
    // Rows kept in memory while writing a sheet; earlier rows go to a temporary file.
    private static final int ROWS_IN_MEMORY = 200;

    /**
     * One named sheet of a workbook. A very hidden one (Excel's Unhide does not list it) holds what the application
     * records for itself in a workbook it hands out, to read back with {@link TabularFile#readOwnSheet}; never rows
     * for a person to fill in, which {@link TabularFile} would refuse hidden.
     */
    public record Sheet(String name, List<String> headers, List<List<Object>> rows, boolean veryHidden) {
        public Sheet {
            Objects.requireNonNull(name, "name");
            headers = List.copyOf(headers);
            rows = List.copyOf(rows);
        }

        public Sheet(String name, List<String> headers, List<List<Object>> rows) {
            this(name, headers, rows, false);
        }
    }

    private TabularWriter() {
    }

    /** CSV: UTF-8 without a byte order mark, "\n" line endings, header row first. */
    public static byte[] csv(List<String> headers, List<List<Object>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, CSV)) {
            printer.printRecord(headers);
            for (List<Object> row : rows) {
                List<String> texts = new ArrayList<>(row.size());
                for (Object value : row) {
                    texts.add(value instanceof Number ? text(value) : quotedIfFormula(text(value)));
                }
                printer.printRecord(texts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A workbook with one sheet. */
    public static byte[] xlsx(String sheetName, List<String> headers, List<List<Object>> rows) {
        return xlsx(List.of(new Sheet(sheetName, headers, rows)));
    }

    /** A workbook with the given sheets, in order; the first is the one {@link TabularFile} reads. */
    public static byte[] xlsx(List<Sheet> sheets) {
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("a workbook needs at least one sheet");
        }
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            CellStyle headerStyle = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            headerStyle.setFont(bold);
            for (Sheet sheet : sheets) {
                SXSSFSheet out = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheet.name()));
                if (sheet.veryHidden()) {
                    workbook.setSheetVisibility(workbook.getSheetIndex(out), SheetVisibility.VERY_HIDDEN);
                }
                Row header = out.createRow(0);
                for (int c = 0; c < sheet.headers().size(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(sheet.headers().get(c));
                    cell.setCellStyle(headerStyle);
                }
                for (int r = 0; r < sheet.rows().size(); r++) {
                    Row row = out.createRow(r + 1);
                    List<Object> values = sheet.rows().get(r);
                    for (int c = 0; c < values.size(); c++) {
                        setCell(row, c, values.get(c));
                    }
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException e) {
                // Nothing to release beyond the temporary files dispose() has removed.
            }
        }
    }

    private static void setCell(Row row, int column, Object value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else if (value instanceof Number n && exactAsDouble(n)) {
            cell.setCellValue(n.doubleValue());
        } else {
            // A number a spreadsheet cannot hold exactly stays text, so that no digit is lost.
            cell.setCellValue(text(value));
        }
    }

    private static boolean exactAsDouble(Number n) {
        double d = n.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return false;
        }
        return BigDecimal.valueOf(d).compareTo(decimal(n)) == 0;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            if (!(n instanceof BigDecimal) && (Double.isNaN(d) || Double.isInfinite(d))) {
                return String.valueOf(d);
            }
            return Numbers.plain(decimal(n)).toPlainString();
        }
        if (value instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value.toString();
    }

    /**
     * A spreadsheet opening the CSV would run text starting with = + - @ (or a tab or carriage return) as a
     * formula; a leading apostrophe makes it plain text there. Negative numbers written as text stay as they are.
     */
    static String quotedIfFormula(String text) {
        if (text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0 || NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }

    private static BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal d) {
            return d;
        }
        if (n instanceof Double || n instanceof Float) {
            return BigDecimal.valueOf(n.doubleValue());
        }
        return new BigDecimal(n.toString());
    }
}
