package uk.quarterlyreturns.base.tabular;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;

/**
 * What a workbook's number cell reads as: what the person saw is what goes in. A number is read as its number format
 * shows it, so 1.1 shown at two places is "1.10" (a code a person reads as 1.10; as a figure, the same as 1.1); one
 * shown as other than it is, which the person could not have checked, is refused, naming what the cell holds: as a
 * percentage (57% is stored as 0.57), a date (a day number), scaled by the format (£1.2m for 1200000) or rounded by
 * it (85.46 for 85.456).
 */
final class XlsxNumberCells {

    /** What a cell reads as: its text, or else the problem that refuses it. */
    record Read(String text, String problem) {
    }

    // The figure in what the format shows: digits (grouped or not), decimals, an exponent; its sign is looked at apart.
    private static final Pattern FIGURE = Pattern.compile("(\\d[\\d,]*(?:\\.\\d*)?|\\.\\d+)(E[-+]?\\d+)?");
    private static final List<String> SCALES = List.of("thousands", "millions", "billions");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");

    private final XlsxNumberStyles styles;
    private final DataFormatter formatter = new DataFormatter(Locale.UK);

    XlsxNumberCells(XlsxNumberStyles styles) {
        this.styles = styles;
    }

    Read read(String raw, int style) {
        double stored;
        try {
            stored = Double.parseDouble(raw.trim());
        } catch (NumberFormatException e) {
            return refused("Not a number");
        }
        BigDecimal number = Numbers.plain(BigDecimal.valueOf(stored));
        if (styles.isDate(style)) {
            // Excel stores a date as its day number: no column of these files holds a date, so it is a slip.
            return refused("The cell is formatted as a date, so Excel stores it as the day number "
                    + number.toPlainString() + ": format the cell as Number or Text and type the value again");
        }
        if (styles.isPercent(style)) {
            // Excel stores 57% as 0.57: taking it as typed would store a figure 100 times too small.
            String shown = Numbers.plain(number.movePointRight(2)).toPlainString() + "%";
            return refused("The cell is formatted as a percentage, so Excel stores " + shown
                    + " as " + number.toPlainString() + ": format the cell as Number and type "
                    + shown.substring(0, shown.length() - 1));
        }
        String format = styles.formatCode(style);
        if (format == null || format.equalsIgnoreCase("General") || format.equals("@")) {
            return new Read(number.toPlainString(), null);
        }
        int thousands = XlsxNumberStyles.thousandsScaled(format);
        if (thousands > 0) {
            return scaled(number, thousands);
        }
        return shown(number, formatter.formatRawCellContents(stored, styles.formatIndex(style),
                quotedFiguresRemoved(format)).strip());
    }

    /**
     * The format with no digit or percent sign in its quoted text: quoted text is shown as written, but the formatter
     * reads a quoted {@code %} as scaling by 100 and quoted digits as placeholders, so {@code 0"%"}, showing 85 as
     * "85%", would seem to show 8500% and {@code 0" per 10k"} to show another figure. The rest of the text stays (an
     * accounting format's "-" for nought).
     */
    static String quotedFiguresRemoved(String format) {
        return QUOTED.matcher(format).replaceAll(q -> Matcher.quoteReplacement(q.group().replaceAll("[0-9%]", "")));
    }

    /** Refused: a figure read as stored would be a thousand or a million times what the person saw. */
    private static Read scaled(BigDecimal number, int thousands) {
        String seen = Numbers.plain(number.movePointLeft(3 * thousands)).toPlainString();
        String scale = thousands <= SCALES.size() ? SCALES.get(thousands - 1) : "units of 1" + ",000".repeat(thousands);
        return refused("The cell holds " + number.toPlainString() + " but its number format shows it in " + scale
                + " (" + seen + "): format the cell as Number and type the figure as it should be read, such as "
                + "1.2 for £1.2m");
    }

    /** The figure as shown, when it is the number the cell holds; refused when the format hides some of it. */
    private static Read shown(BigDecimal number, String shown) {
        Matcher figure = FIGURE.matcher(shown);
        if (!figure.find()) {
            // An accounting format shows nought as a dash.
            return number.signum() == 0 && shown.equals("-") ? new Read("0", null) : differs(number, shown);
        }
        boolean negative = shown.substring(0, figure.start()).matches(".*[-(].*");
        String digits = figure.group().replace(",", "");
        BigDecimal seen = new BigDecimal(digits);
        if (figure.find() || (negative ? seen.negate() : seen).compareTo(number) != 0) {
            return differs(number, shown);
        }
        // Written as shown, so that its places stay ("1.10", "007"); a figure shown with an exponent is written out.
        return new Read(digits.contains("E") ? number.toPlainString() : (negative ? "-" : "") + digits, null);
    }

    private static Read differs(BigDecimal number, String shown) {
        return refused("The cell shows " + (shown.isEmpty() ? "nothing" : shown) + " but holds "
                + number.toPlainString() + ": format the cell as General, or as Number with enough decimal places"
                + " to show all of it, and type the figure as it should be read");
    }

    private static Read refused(String problem) {
        return new Read(null, problem);
    }
}
