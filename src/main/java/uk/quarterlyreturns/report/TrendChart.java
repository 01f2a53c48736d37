package uk.quarterlyreturns.report;

/**
 * A measure's trend line for its table cell: the plot as SVG without any text, and the axis labels as
 * words for the page to set beside it. Printing draws SVG text through Batik at about twice the cost of
 * the rest of the chart, while the same words as page text cost next to nothing.
 *
 * @param svg  the line, the dot on the latest figure and the axis with its ticks; its title and aria-label
 *             say every quarter in words, for screen readers and the tagged PDF
 * @param high the highest figure, beside the top tick
 * @param low  the lowest figure, beside the bottom tick; null when every figure is the same
 * @param span the first and last quarter, e.g. "Q3 16/17 to Q2 17/18", under the axis
 */
public record TrendChart(String svg, String high, String low, String span) {

    /** A flat line has a single tick, in the middle of the plot, and a single label beside it. */
    public boolean flat() {
        return low == null;
    }
}
