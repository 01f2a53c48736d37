package uk.quarterlyreturns.base.tabular;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a workbook's styles part: the number format of each cell style, so that a number is read as Excel shows it,
 * and which styles show numbers as percentages or as dates: a typed "57%" (stored by Excel as 0.57) or a date
 * (stored as its day number, 45017 for 1 April 2023) is refused rather than imported as a figure nobody wrote.
 */
final class XlsxNumberStyles extends DefaultHandler {

    // Excel's built-in number formats "0%" and "0.00%".
    private static final Set<Integer> BUILT_IN_PERCENT = Set.of(9, 10);
    // Commas after the last digit placeholder divide the number by 1,000 each: "0.0,," shows 1200000 as 1.2.
    private static final Pattern SCALING_COMMAS = Pattern.compile("[0#?](,++)(?![0#?])");

    private final Map<Integer, String> ownFormats = new HashMap<>();
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
                if (id == null || code == null) {
                    return;
                }
                ownFormats.put(Integer.parseInt(id), code);
                if (isPercent(code)) {
                    percentFormats.add(Integer.parseInt(id));
                } else if (DateUtil.isADateFormat(Integer.parseInt(id), code)) {
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

    /** The number format's index of the cell style with this index (a cell's "s" attribute); 0 is General. */
    int formatIndex(int style) {
        return style < cellStyleFormats.size() ? cellStyleFormats.get(style) : 0;
    }

    /** The style's number format, the workbook's own or Excel's built-in one; null for one the workbook lacks. */
    String formatCode(int style) {
        int index = formatIndex(style);
        String own = ownFormats.get(index);
        return own != null ? own : BuiltinFormats.getBuiltinFormat(index);
    }

    /** Whether the style shows a number as a percentage. */
    boolean isPercent(int style) {
        return percentFormats.contains(formatIndex(style));
    }

    /** Whether the style shows a date or time (Excel's built-in formats or the workbook's own). */
    boolean isDate(int style) {
        int index = formatIndex(style);
        return dateFormats.contains(index) || DateUtil.isInternalDateFormat(index);
    }

    /** A % scales the number unless it is quoted, escaped or inside [ ] (colours, conditions). */
    private static boolean isPercent(String formatCode) {
        return formatCode != null && literalsRemoved(formatCode).contains("%");
    }

    /**
     * How many times the format divides a number by 1,000 (its commas after the last digit placeholder: 2 for
     * {@code £#,##0.0,,"m"}, which shows 1200000 as £1.2m); 0 for a format that shows the number as it is.
     */
    static int thousandsScaled(String formatCode) {
        if (formatCode == null) {
            return 0;
        }
        Matcher commas = SCALING_COMMAS.matcher(literalsRemoved(formatCode));
        return commas.find() ? commas.group(1).length() : 0;
    }

    /** The format without its quoted text, escaped characters, [ ] parts, spacing (_x) and fill (*x). */
    private static String literalsRemoved(String formatCode) {
        return formatCode
                .replaceAll("\"[^\"]*\"", "")
                .replaceAll("[\\\\_*].", "")
                .replaceAll("\\[[^]]*]", "");
    }
}
