package uk.quarterlyreturns.base.tabular;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns a worksheet's XML into rows of cell texts. Formulas are never evaluated: a formula cell is
 * reported as a problem, because its cached result may be stale and a person should paste the value.
 */
final class XlsxSheetHandler extends DefaultHandler {

    static final String FORMULA = "Formulas are not accepted: paste the value instead";
    private static final int MAX_COLUMNS = 16_384;

    private final ReadOnlySharedStringsTable strings;
    private final XlsxNumberCells numbers;
    private final SheetCollector collector;

    private int rowNumber;
    private List<String> cells;
    private Map<Integer, String> problems;

    private int column;
    private String type;
    private int style;
    private boolean formula;
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder inlineText = new StringBuilder();
    private boolean inValue;
    private boolean inInline;
    private boolean inPhonetic;
    private boolean inText;

    XlsxSheetHandler(ReadOnlySharedStringsTable strings, XlsxNumberStyles styles, SheetCollector collector) {
        this.strings = strings;
        this.numbers = new XlsxNumberCells(styles);
        this.collector = collector;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (name(localName, qName)) {
            case "row" -> startRow(attributes.getValue("r"));
            case "c" -> startCell(attributes);
            case "f" -> formula = true;
            case "v" -> inValue = true;
            case "is" -> inInline = true;
            case "rPh" -> inPhonetic = true;
            case "t" -> inText = inInline && !inPhonetic;
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (name(localName, qName)) {
            case "row" -> collector.row(rowNumber, cells, problems);
            case "c" -> endCell();
            case "v" -> inValue = false;
            case "is" -> inInline = false;
            case "rPh" -> inPhonetic = false;
            case "t" -> inText = false;
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            value.append(ch, start, length);
        } else if (inText) {
            inlineText.append(ch, start, length);
        }
    }

    private void startRow(String reference) {
        // Rows left out of the XML are blank; without a reference a row follows the previous one.
        rowNumber = reference == null ? rowNumber + 1 : Integer.parseInt(reference);
        cells = new ArrayList<>();
        problems = new HashMap<>();
        column = -1;
    }

    private void startCell(Attributes attributes) {
        String reference = attributes.getValue("r");
        column = reference == null ? column + 1 : columnIndex(reference);
        if (column >= MAX_COLUMNS) {
            throw new IllegalArgumentException("cell reference beyond the last sheet column: " + reference);
        }
        type = attributes.getValue("t") == null ? "n" : attributes.getValue("t");
        String styleIndex = attributes.getValue("s");
        style = styleIndex == null ? 0 : Integer.parseInt(styleIndex);
        formula = false;
        value.setLength(0);
        inlineText.setLength(0);
    }

    private void endCell() {
        while (cells.size() <= column) {
            cells.add("");
        }
        if (formula) {
            problems.put(column, FORMULA);
            return;
        }
        String raw = value.toString();
        switch (type) {
            case "s" -> cells.set(column, sharedString(raw));
            case "inlineStr" -> cells.set(column, inlineText.toString());
            case "b" -> cells.set(column, "1".equals(raw.trim()) ? "TRUE" : "FALSE");
            case "e" -> problems.put(column, "The cell shows the error " + raw
                    + ": type the value, or leave the cell empty");
            case "n" -> number(raw);
            default -> cells.set(column, raw);
        }
    }

    private void number(String raw) {
        if (raw.isBlank()) {
            return;
        }
        XlsxNumberCells.Read read = numbers.read(raw, style);
        if (read.problem() != null) {
            problems.put(column, read.problem());
        } else {
            cells.set(column, read.text());
        }
    }

    private String sharedString(String raw) {
        if (strings == null) {
            throw new IllegalArgumentException("a shared string cell in a workbook without shared strings");
        }
        return strings.getItemAt(Integer.parseInt(raw.trim())).getString();
    }

    private static int columnIndex(String reference) {
        int index = 0;
        int i = 0;
        while (i < reference.length() && Character.isLetter(reference.charAt(i)) && index < MAX_COLUMNS) {
            index = index * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            i++;
        }
        return index - 1;
    }

    /** The element's name without a namespace prefix, whether or not the parser is namespace aware. */
    static String name(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }
}
