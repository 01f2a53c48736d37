package uk.quarterlyreturns.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.Unit;

/**
 * How figures are printed in report cells: thousands separators, the measure's decimals, "%" after a
 * percentage and "£" before money. Other units print the bare number: the title says what it counts.
 */
final class Figures {

    static final String MISSING = "Missing";
    static final String NOT_DUE = "Not due";
    static final String ABSENT_OUTTURN = "-";

    private Figures() {
    }

    /** A figure with its unit, e.g. "1,587", "57.8%", "£0.3". */
    static String value(BigDecimal value, Unit unit, int decimals) {
        return withUnit(number(value.setScale(Math.max(decimals, 0), RoundingMode.HALF_UP)), unit);
    }

    /** A past year's outturn, "-" when there was none. */
    static String outturn(BigDecimal value, Unit unit, int decimals) {
        return value == null ? ABSENT_OUTTURN : value(value, unit, decimals);
    }

    /**
     * The target cell. A numeric target keeps the precision it was set at (a target of 60 prints "60",
     * not "60.0"), so it reads as agreed; words such as "No target" and "TBA" print as they are.
     */
    static String target(String text, Unit unit) {
        if (text == null || text.isBlank()) {
            return "No target";
        }
        try {
            BigDecimal target = new BigDecimal(text.trim().replace(",", ""));
            BigDecimal plain = target.stripTrailingZeros();
            return withUnit(number(plain.scale() < 0 ? plain.setScale(0) : plain), unit);
        } catch (NumberFormatException words) {
            return text.trim();
        }
    }

    /**
     * Q1 to Q4 cells. Quarters after the reported one are blank. The reported quarter shows "Not due"
     * or "Missing" when its RAG says so; an earlier quarter with no figure is blank, as the report
     * does not know that quarter's RAG. A cumulative measure shows its year to date from Q2 on:
     * "60 (122 cum)".
     */
    static List<String> quarterCells(MeasureLine m, int reportedQuarter) {
        List<String> cells = new ArrayList<>(4);
        for (int q = 1; q <= 4; q++) {
            cells.add(q > reportedQuarter ? "" : quarterCell(m, q, q == reportedQuarter));
        }
        return cells;
    }

    private static String quarterCell(MeasureLine m, int q, boolean reported) {
        if (reported && m.rag() == Rag.NOT_DUE) {
            return NOT_DUE;
        }
        BigDecimal own = m.quarterValues().get(q - 1);
        if (own == null) {
            if (reported && m.notAvailableReason() != null) {
                return "Not available: " + m.notAvailableReason();
            }
            return reported && m.rag() == Rag.MISSING ? MISSING : "";
        }
        String cell = value(own, m.unit(), m.decimals());
        BigDecimal toDate = m.yearToDate().get(q - 1);
        if (m.cumulative() && toDate != null && q > 1) {
            cell += " (" + value(toDate, m.unit(), m.decimals()) + " cum)";
        }
        return cell;
    }

    /** "(KI 433) Increase the number of jobs..." as seed reports print the measure column. */
    static String measureText(MeasureLine m) {
        return tagged(m.source(), m.title());
    }

    static String tagged(String tag, String title) {
        String text = title == null ? "" : title;
        return tag == null || tag.isBlank() ? text : "(" + tag.trim() + ") " + text;
    }

    private static String withUnit(String number, Unit unit) {
        if (unit == Unit.PERCENT) {
            return number + "%";
        }
        if (unit == Unit.GBP) {
            return number.startsWith("-") ? "-£" + number.substring(1) : "£" + number;
        }
        return number;
    }

    private static String number(BigDecimal value) {
        // DecimalFormat is not thread-safe, so each call makes its own
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
        format.setMinimumFractionDigits(value.scale());
        format.setMaximumFractionDigits(value.scale());
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
