package uk.quarterlyreturns.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;
import uk.quarterlyreturns.framework.Comparison;
import uk.quarterlyreturns.framework.Unit;
import uk.quarterlyreturns.framework.UnitKind;
import uk.quarterlyreturns.framework.YearToDateWords;

/**
 * How figures are printed in report cells: thousands separators, the measure's decimals and the unit the
 * framework gave ("57.8%", "22,099 visits"), money of £10,000 or more in its scale ("£1.7m", see Money); a plain
 * count prints the bare number.
 */
final class Figures {

    static final String ABSENT_OUTTURN = "-";
    static final String NO_COMPARISON = "No comparison";
    /** "per 1,000", "1000 population", "1k": a thousand on its own, not the start of 10,000 or 100k. */
    private static final Pattern PER_THOUSAND = Pattern.compile("(?<![\\d,.])1(,?000|k)(?![\\d,])");

    private Figures() {
    }

    /** A figure with its unit, e.g. "1,587", "57.8%", "£1.7m". */
    static String value(BigDecimal value, Unit unit, Integer decimals) {
        return unit.printed(value, decimals);
    }

    /** A figure for a chart's axis: the number with "%" or "£" but no unit words, so it fits beside the line. */
    static String axis(BigDecimal value, Unit unit, Integer decimals) {
        if (unit.kind() == UnitKind.PERCENT || !unit.prefix().isEmpty()) {
            return value(value, unit, decimals);
        }
        return number(Unit.shown(value, decimals));
    }

    /** A past year's outturn, "-" when there was none. */
    static String outturn(BigDecimal value, Unit unit, Integer decimals) {
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
            return value(target, unit, Unit.placesAsWritten(target));
        } catch (NumberFormatException words) {
            return text.trim();
        }
    }

    /**
     * " (year to date: 125)" after a cumulative measure's annual target of 250 at Q2: what its year to date was judged
     * against, which the service saw on its return. Without it a reader sets "122 cum" against 250 and takes an
     * Amber for a mistake. " (year to date, Q1 missing: 25)" when an earlier quarter has no figure: the target of the
     * quarters in. Nothing when the profile reaches the annual target.
     */
    static String targetToDate(MeasureLine m) {
        return toDate(m.targetToDate(), annual(m.targetText()), m);
    }

    /**
     * What divides Amber from Red, after the target: "; Floor: 80%" for a measure rated against a floor standard (a
     * cumulative one's with its floor to date, as its target: "; Floor: 200 (year to date: 100)"), "; Tolerance: 10% of
     * target" for one rated against a tolerance; nothing for any other. Without it a reader cannot tell why one
     * measure 8% short is Amber and another Red.
     */
    static String amberRule(MeasureLine m) {
        if (m.floor() != null) {
            return "; Floor: " + floor(m) + toDate(m.floorToDate(), m.floor(), m);
        }
        return m.tolerancePct() == null ? "" : "; Tolerance: " + percent(m.tolerancePct()) + " of target";
    }

    /** The floor standard, printed as the target is ("80%", "£1.2m"); blank for a measure rated without one. */
    static String floor(MeasureLine m) {
        return m.floor() == null ? "" : target(m.floor().toPlainString(), m.unit());
    }

    /** "10%": a percentage of the target at the places it was written to. */
    static String percent(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString() + "%";
    }

    /** " (year to date: 125)" beside an annual figure whose profiled share to date differs from it; else nothing. */
    private static String toDate(BigDecimal toDate, BigDecimal annual, MeasureLine m) {
        if (toDate == null || annual != null && toDate.compareTo(annual) == 0) {
            return "";
        }
        // as precise as it was judged: 6,544.5 of a target of 13,089 is not rounded to a figure it is not
        String missing = YearToDateWords.missing(m.yearToDateMissing());
        return " (year to date" + (missing.isEmpty() ? "" : ", " + missing) + ": "
                + target(toDate.stripTrailingZeros().toPlainString(), m.unit()) + ")";
    }

    private static BigDecimal annual(String text) {
        try {
            return new BigDecimal(text.trim().replace(",", ""));
        } catch (NumberFormatException | NullPointerException words) {
            return null;
        }
    }

    /**
     * "↑ Improved against Q2 2016/17 (same quarter last year): 55": the direction with the figure it was judged
     * against, the one wording of it; "No comparison" when there was nothing to judge against.
     */
    static String direction(MeasureLine m) {
        if (m.direction() == null) {
            return NO_COMPARISON;
        }
        String direction = m.direction().arrow() + " " + m.direction().label();
        return m.comparedWith() == null ? direction : direction + " against " + comparedWith(m);
    }

    /** "Q2 2016/17 (same quarter last year): 55", or null when the line does not say. */
    static String comparedWith(MeasureLine m) {
        Comparison c = m.comparedWith();
        return c == null ? null : c.label() + ": " + value(c.value(), m.unit(), m.decimals());
    }

    /**
     * "(KI 433) Increase the number of jobs..." as seed reports print the measure column, with the unit
     * when the figures are days or a rate and the title does not already say so: the cells then stay narrow.
     */
    static String measureText(MeasureLine m) {
        return tagged(m.source(), m.title()) + unitNote(m.title(), m.unit());
    }

    static String unitNote(String title, Unit unit) {
        String lower = title == null ? "" : title.toLowerCase(Locale.ROOT);
        return switch (unit.kind()) {
            case DAYS -> lower.contains("day") ? "" : " (days)";
            case RATE_PER_1000 -> PER_THOUSAND.matcher(lower).find() ? "" : " (rate per 1,000)";
            case RATE_PER_10K -> lower.contains("10,000") || lower.contains("10k") ? "" : " (rate per 10,000)";
            case RATE_PER_100K -> lower.contains("100,000") || lower.contains("100k") ? "" : " (rate per 100,000)";
            default -> "";
        };
    }

    static String tagged(String tag, String title) {
        String text = title == null ? "" : title;
        return tag == null || tag.isBlank() ? text : "(" + tag.trim() + ") " + text;
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
