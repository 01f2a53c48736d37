package uk.quarterlyreturns.report;

import java.math.BigDecimal;
import uk.quarterlyreturns.framework.Unit;

/**
 * An activity indicator in the appendix: this quarter's figure against its expected range.
 *
 * @param value  formatted; with no figure, the words of the theme's table ("Missing", "Not available: …") or blank
 * @param status e.g. "Above expected range", or "Not assessed"
 * @param unit   and decimals (null when the framework gave none): how the numbers are shown where they are
 *               written as numbers
 * @param valueNote what {@code value} prints after the figure, "(provisional)", "(for Q1 (Apr-Jun 2017))", for a
 *               spreadsheet that holds the figure as a number; null with none, or no figure
 */
public record ActivityRow(String ref, String indicator, String value, String lower, String upper,
                          String status, BigDecimal valueNumber, BigDecimal lowerNumber,
                          BigDecimal upperNumber, Unit unit, Integer decimals, String valueNote) {
}
