package uk.quarterlyreturns.report.render;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
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
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import uk.quarterlyreturns.framework.Money;
import uk.quarterlyreturns.framework.Rag;
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
    private final Map<Rag, CellStyle> ragStyles = new EnumMap<>(Rag.class);

    /** The report's RAG colours (the PDF's stylesheet): fill, then text. */
    private static final Map<Rag, String[]> RAG_COLOURS = Map.of(
            Rag.GREEN, new String[] {"00703c", "ffffff"},
            Rag.AMBER_GREEN, new String[] {"b5d334", "0b0c0c"},
            Rag.AMBER, new String[] {"ffbf47", "0b0c0c"},
            Rag.RED_AMBER, new String[] {"e35f24", "0b0c0c"},
            Rag.RED, new String[] {"b10e1e", "ffffff"},
            Rag.MISSING, new String[] {"505a5f", "ffffff"});

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

    /**
     * A figure as a number, shown with the measure's decimals and unit. A percentage is stored as the
     * fraction (57.8% as 0.578) with a percent format, so sums and charts in Excel work on it as a share.
     * With no decimals given, each cell shows the places its figure prints at in the report ("22,099", "57.2%").
     * Money is stored in pounds (12,345 in £k as 12,345,000), its format showing it in the report's scale ("£12.3m").
     */
    void number(Row row, int column, BigDecimal value, Unit unit, Integer decimals) {
        if (value != null) {
            Cell cell = row.createCell(column);
            Optional<Money> money = Money.of(value, unit, decimals);
            if (money.isPresent()) {
                cell.setCellValue(money.get().pounds().doubleValue());
                cell.setCellStyle(style(moneyFormat(money.get())));
                return;
            }
            cell.setCellValue(unit.isPercent() ? value.movePointLeft(2).doubleValue() : value.doubleValue());
            cell.setCellStyle(numberStyle(unit, Unit.shown(value, decimals).scale()));
        }
    }

    /** "£"#,##0.0,,"m": each comma after the digits divides by a thousand, so the cell keeps its number. */
    private static String moneyFormat(Money money) {
        String scaled = ",".repeat(money.scale().power() / 3);
        return "\"£\"" + digits(money.places()) + scaled + (money.scale().suffix().isEmpty() ? ""
                : "\"" + money.scale().suffix() + "\"");
    }

    /** A whole-number percentage (53 for 53%) as the fraction 0.53 in percent format. */
    void share(Row row, int column, int percent) {
        Cell cell = row.createCell(column);
        cell.setCellValue(percent / 100.0);
        cell.setCellStyle(numberStyle(Unit.PERCENT, 0));
    }

    /** A RAG cell filled with its colour, its text in the colour that reads on it. */
    void rag(Row row, int column, Rag rag, String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(ragStyles.computeIfAbsent(rag, this::ragStyle));
    }

    private CellStyle ragStyle(Rag rag) {
        String[] colours = RAG_COLOURS.getOrDefault(rag, new String[] {"ffffff", "0b0c0c"});
        XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
        style.setFillForegroundColor(new XSSFColor(HexFormat.of().parseHex(colours[0]), null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        XSSFFont font = (XSSFFont) workbook.createFont();
        font.setBold(true);
        font.setColor(new XSSFColor(HexFormat.of().parseHex(colours[1]), null));
        style.setFont(font);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    /** A sheet that prints as a table: landscape, as wide as the page, its header row on every page. */
    static void printAsTable(Sheet sheet, int headerRow) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        if (headerRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        }
    }

    /** Frozen header row and an autofilter over the table, so officers can sort and filter it. */
    static void table(Sheet sheet, int columns) {
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, sheet.getLastRowNum()), 0, columns - 1));
        printAsTable(sheet, 0);
    }

    private CellStyle numberStyle(Unit unit, int decimals) {
        // Excel shows the unit around the number while the cell stays a number; quotes would end the literal
        String prefix = unit.prefix().isEmpty() ? "" : "\"" + unit.prefix() + "\"";
        String suffix = unit.suffix().isEmpty() ? "" : "\"" + unit.suffix().replace("\"", "") + "\"";
        // a percentage is stored as a fraction, so Excel's own percent format shows it
        String format = unit.isPercent() ? (decimals <= 0 ? "0" : "0." + "0".repeat(decimals)) + "%"
                : prefix + digits(decimals) + suffix;
        return style(format);
    }

    private static String digits(int decimals) {
        return decimals <= 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
    }

    private CellStyle style(String format) {
        return numberStyles.computeIfAbsent(format, f -> {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(f));
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        });
    }
}
