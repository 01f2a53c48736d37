package uk.quarterlyreturns.report.render;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import uk.quarterlyreturns.framework.Unit;

/**
 * Writes cells for the report's workbook. Figures go in as numbers with a display format, so readers can
 * sort and sum them; words always go in as plain strings, never formulas, so a narrative that starts
 * with "=" stays text.
 */
final class XlsxCells {

    private final Workbook workbook;
    private final CellStyle header;
    private final CellStyle bold;
    private final CellStyle wrapped;
    private final Map<String, CellStyle> numberStyles = new HashMap<>();

    XlsxCells(Workbook workbook) {
        this.workbook = workbook;
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        this.bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        this.header = workbook.createCellStyle();
        header.setFont(boldFont);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        this.wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
    }

    static Row row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row == null ? sheet.createRow(index) : row;
    }

    void headers(Sheet sheet, int rowIndex, String... names) {
        Row row = row(sheet, rowIndex);
        for (int i = 0; i < names.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(names[i]);
            cell.setCellStyle(header);
        }
    }

    /** A string cell; null writes nothing. */
    void text(Row row, int column, String value) {
        if (value != null && !value.isEmpty()) {
            row.createCell(column).setCellValue(value);
        }
    }

    void boldText(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(bold);
    }

    void wrappedText(Row row, int column, String value) {
        if (value != null && !value.isEmpty()) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(wrapped);
        }
    }

    void integer(Row row, int column, int value) {
        row.createCell(column).setCellValue(value);
    }

    /** A figure as a number, shown with the measure's decimals and unit ("57.8%", "£0.3"). */
    void number(Row row, int column, BigDecimal value, Unit unit, int decimals) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(numberStyle(unit, decimals));
        }
    }

    private CellStyle numberStyle(Unit unit, int decimals) {
        String digits = decimals <= 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
        // Excel shows the unit around the number while the cell stays a number; quotes would end the literal
        String prefix = unit.prefix().isEmpty() ? "" : "\"" + unit.prefix() + "\"";
        String suffix = unit.suffix().isEmpty() ? "" : "\"" + unit.suffix().replace("\"", "") + "\"";
        String format = prefix + digits + suffix;
        return numberStyles.computeIfAbsent(format, f -> {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(f));
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        });
    }
}
