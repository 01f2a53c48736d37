package uk.quarterlyreturns.report;

import java.math.BigDecimal;

/**
 * One past quarter's figure for a measure's trend line.
 *
 * @param label the quarter as readers say it, e.g. "Q3 16/17"
 * @param value the figure, or null when none was returned
 */
public record TrendPoint(String label, BigDecimal value) {
}
