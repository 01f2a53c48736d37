package uk.quarterlyreturns.framework;

import java.math.BigDecimal;

/**
 * A quarter's figure given before it is final ("Provisional figure 12.5%"), which the report marks so that Cabinet
 * can tell it from a final one. Only a figure can be provisional: a measure not due this quarter has none, and
 * clearing the figure or saying it is not available clears the mark, so it does not come back with a later figure.
 */
public final class ProvisionalFigure {

    /** What the return's form, the API and the report say when a figure cannot be marked. */
    public static final String NEEDS_A_FIGURE = "only a figure given can be marked provisional";

    private ProvisionalFigure() {
    }

    /** Whether a figure marked so stays provisional: only while there is a figure. */
    public static boolean holds(BigDecimal value, boolean marked) {
        return marked && value != null;
    }

    /** Whether the measure's figure for the quarter is provisional, as the report and the quality check print it. */
    public static boolean of(Measure measure, int quarter, QuarterValue entry) {
        return entry != null && QuarterFigureRule.isDue(measure, quarter) && holds(entry.value(), entry.provisional());
    }
}
