package uk.quarterlyreturns.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import uk.quarterlyreturns.framework.io.FrameworkRow;

/**
 * The columns of a framework row that decide its measure's RAGs and directions, and where an activity figure stands
 * against its expected range (as against its words: title, outcome, source, theme), so that a change to them can be
 * refused while a director's sign-off rests on them: the return shows the range beside the figure, and the report
 * prints the figure above, within or below it.
 */
final class RatingRule {

    private static final String LOWER_THRESHOLD = "lower_threshold";
    private static final String UPPER_THRESHOLD = "upper_threshold";
    private static final String IN_ARREARS = "in_arrears";

    /** In the file's column order; the unit by its kind, which decides what a valid figure is. */
    private static final List<Map.Entry<String, Function<FrameworkRow, Object>>> COLUMNS = List.of(
            Map.entry("unit", r -> r.unit().kind()),
            Map.entry("polarity", FrameworkRow::polarity),
            Map.entry("frequency", FrameworkRow::frequency),
            Map.entry("aggregation", FrameworkRow::aggregation),
            Map.entry("target", FrameworkRow::target),
            Map.entry("floor", FrameworkRow::floor),
            Map.entry("tolerance_pct", FrameworkRow::tolerancePct),
            Map.entry("rag_scheme", FrameworkRow::ragScheme),
            Map.entry("due_quarter", RatingRule::dueQuarter),
            Map.entry("profile_q1", r -> r.profilePct().get(0)),
            Map.entry("profile_q2", r -> r.profilePct().get(1)),
            Map.entry("profile_q3", r -> r.profilePct().get(2)),
            Map.entry("profile_q4", r -> r.profilePct().get(3)),
            Map.entry(LOWER_THRESHOLD, FrameworkRow::lowerThreshold),
            Map.entry(UPPER_THRESHOLD, FrameworkRow::upperThreshold),
            Map.entry("decimals", r -> r.decimals() == null ? MeasureRule.DEFAULT_DECIMALS : r.decimals()),
            // the period a signed-off figure was given for
            Map.entry(IN_ARREARS, FrameworkRow::inArrears));

    private RatingRule() {
    }

    /** The rating columns whose values differ between the two rows, in the file's order; empty when none. */
    static List<String> changedColumns(FrameworkRow before, FrameworkRow after) {
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, Function<FrameworkRow, Object>> column : COLUMNS) {
            if (!same(column.getValue().apply(before), column.getValue().apply(after))) {
                changed.add(column.getKey());
            }
        }
        if (changed.contains("frequency")) {
            changed.remove("due_quarter"); // made annual or quarterly: the frequency says it
        }
        return changed;
    }

    /** Whether the column is a bound of the expected range, which decides no RAG. */
    static boolean isRange(String column) {
        return column.equals(LOWER_THRESHOLD) || column.equals(UPPER_THRESHOLD);
    }

    /** Whether the column says only which quarter a figure covers, which decides no RAG. */
    static boolean isPeriod(String column) {
        return column.equals(IN_ARREARS);
    }

    /** Only an annual measure has a due quarter; a quarterly one's cell is ignored. */
    private static Object dueQuarter(FrameworkRow row) {
        return row.frequency() == Frequency.ANNUAL ? row.dueQuarter() : null;
    }

    /** Numbers equal in value are the same rule, whatever their scale (80 and 80.0). */
    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof Target x && b instanceof Target y) {
            return x.kind() == y.kind() && (x.value() == null ? y.value() == null
                    : y.value() != null && x.value().compareTo(y.value()) == 0);
        }
        return Objects.equals(a, b);
    }
}
