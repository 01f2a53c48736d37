package uk.quarterlyreturns.framework;

import java.math.BigDecimal;

/**
 * The figure a measure's direction of travel was judged against, with the period it belongs to and why that one, so
 * that a reader sees what the arrow compares with: a cumulative measure's Q2 against Q2 last year, not this year's Q1.
 *
 * @param value  the figure, in the measure's unit
 * @param period "Q1 2017/18", "Q4 2016/17", or "2016/17" for a year's outturn
 * @param basis  {@link #PREVIOUS_QUARTER}, {@link #SAME_QUARTER_LAST_YEAR} or {@link #LAST_YEARS_OUTTURN}
 */
public record Comparison(BigDecimal value, String period, String basis) {

    public static final String PREVIOUS_QUARTER = "previous quarter";
    public static final String SAME_QUARTER_LAST_YEAR = "same quarter last year";
    public static final String LAST_YEARS_OUTTURN = "last year's outturn";

    /** "Q2 2016/17 (same quarter last year)". */
    public String label() {
        return period + " (" + basis + ")";
    }

    /** The comparison, or null when there is no figure to compare with. */
    static Comparison of(BigDecimal value, String period, String basis) {
        return value == null ? null : new Comparison(value, period, basis);
    }
}
