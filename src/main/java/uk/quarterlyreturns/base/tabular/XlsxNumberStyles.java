package uk.quarterlyreturns.base.tabular;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Finds, in a workbook's styles part, which cell styles show numbers as percentages or as dates: a typed "57%"
 * (stored by Excel as 0.57) or a date (stored as its day number, 45017 for 1 April 2023) is refused rather than
 * imported as a figure nobody wrote.
 */
final class XlsxNumberStyles extends DefaultHandler {

    // Excel's built-in number formats "0%" and "0.00%".
    private static final Set<Integer> BUILT_IN_PERCENT = Set.of(9, 10);

    private final Set<Integer> percentFormats = new HashSet<>(BUILT_IN_PERCENT);
    private final Set<Integer> dateFormats = new HashSet<>();
    private final List<Integer> cellStyleFormats = new ArrayList<>();
    private boolean inCellStyles;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (XlsxSheetHandler.name(localName, qName)) {
            case "numFmt" -> {
                String id = attributes.getValue("numFmtId");
                String code = attributes.getValue("formatCode");
                if (id != null && isPercent(code)) {
                    percentFormats.add(Integer.parseInt(id));
                } else if (id != null && code != null && DateUtil.isADateFormat(Integer.parseInt(id), code)) {
                    dateFormats.add(Integer.parseInt(id));
                }
            }
            case "cellXfs" -> inCellStyles = true;
            case "xf" -> {
                if (inCellStyles) {
                    String id = attributes.getValue("numFmtId");
                    cellStyleFormats.add(id == null ? 0 : Integer.parseInt(id));
                }
            }
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if ("cellXfs".equals(XlsxSheetHandler.name(localName, qName))) {
            inCellStyles = false;
        }
    }

    /** The indexes (a cell's "s" attribute) of the cell styles that show a percentage. */
    Set<Integer> styleIndexes() {
        return indexesOf(percentFormats::contains);
    }

    /** The indexes of the cell styles that show a date or time (Excel's built-in ones or the workbook's own). */
    Set<Integer> dateStyleIndexes() {
        return indexesOf(format -> dateFormats.contains(format) || DateUtil.isInternalDateFormat(format));
    }

    private Set<Integer> indexesOf(java.util.function.IntPredicate format) {
        Set<Integer> indexes = new HashSet<>();
        for (int i = 0; i < cellStyleFormats.size(); i++) {
            if (format.test(cellStyleFormats.get(i))) {
                indexes.add(i);
            }
        }
        return indexes;
    }

    /** A % scales the number unless it is quoted, escaped or inside [ ] (colours, conditions). */
    static boolean isPercent(String formatCode) {
        if (formatCode == null) {
            return false;
        }
        String unquoted = formatCode
                .replaceAll("\"[^\"]*\"", "")
                .replaceAll("\\\\.", "")
                .replaceAll("\\[[^]]*]", "");
        return unquoted.contains("%");
    }
}
