package uk.quarterlyreturns.report;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import uk.quarterlyreturns.framework.RagScheme;
import uk.quarterlyreturns.framework.Unit;

/**
 * A change to a measure's rating rule in the report's words: "Target", "Q2 profile"; its values as the tables print
 * targets, in the measure's unit ("60%", "£1.7m"), a scheme or polarity in words; the date in UK format.
 */
final class TargetChangeWords {

    static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    static final String NO_REASON = "No reason given";
    private static final String NONE = "None";

    private TargetChangeWords() {
    }

    /** "Target", "Floor", "Tolerance", "RAG scheme", "Polarity", "Aggregation", "Decimal places", "Q2 profile". */
    static String what(String column) {
        return switch (column) {
            case "target" -> "Target";
            case "floor" -> "Floor";
            case "tolerance_pct" -> "Tolerance";
            case "rag_scheme" -> "RAG scheme";
            case "polarity" -> "Polarity";
            case "aggregation" -> "Aggregation";
            case "decimals" -> "Decimal places";
            default -> column.startsWith("profile_q") ? "Q" + column.substring("profile_q".length()) + " profile"
                    : column;
        };
    }

    /** One side of the change, as the report prints it. */
    static String value(String column, String raw, Unit unit) {
        if (raw == null || raw.isBlank()) {
            return "target".equals(column) ? Figures.target(null, unit) : NONE;
        }
        return switch (column) {
            case "target", "floor" -> Figures.target(raw, unit);
            case "rag_scheme" -> scheme(raw);
            case "polarity" -> "LOWER_IS_BETTER".equals(raw) ? "Lower is better"
                    : "HIGHER_IS_BETTER".equals(raw) ? "Higher is better" : raw;
            case "aggregation" -> "CUMULATIVE".equals(raw) ? "Year to date"
                    : "SNAPSHOT".equals(raw) ? "The quarter's own figure" : raw;
            case "decimals" -> raw.strip();
            default -> percent(raw);
        };
    }

    /** "Target 60% to 55% on 12/10/2026", one change as the spreadsheet and the exception text say it. */
    static String summary(TargetChange c, Unit unit) {
        return what(c.what()) + " " + value(c.what(), c.from(), unit) + " to " + value(c.what(), c.to(), unit) + " on "
                + UK_DATE.format(c.changedOn());
    }

    /** Every change, "; " between them; null for none. */
    static String summary(List<TargetChange> changes, Unit unit) {
        return changes.isEmpty() ? null
                : changes.stream().map(c -> summary(c, unit)).collect(Collectors.joining("; "));
    }

    /** The sentence the performance by exception text adds for a measure whose rating rule moved; null for none. */
    static String sentence(MeasureLine m) {
        return m.targetChanged() ? "Its target or rating rule was changed during the year (" + summary(
                m.targetChanges(), m.unit()) + "): see Changes to targets during the year." : null;
    }

    private static String scheme(String raw) {
        try {
            return RagScheme.valueOf(raw).words();
        } catch (IllegalArgumentException unknown) {
            return raw;
        }
    }

    private static String percent(String raw) {
        try {
            BigDecimal plain = new BigDecimal(raw.trim()).stripTrailingZeros();
            return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString() + "%";
        } catch (NumberFormatException words) {
            return raw;
        }
    }
}
