package uk.quarterlyreturns.report;

import java.util.List;

/**
 * One row of a theme's measures table, every cell already formatted.
 *
 * @param ref        e.g. "1.1"
 * @param measure    the source tag in brackets, then the title: "(KI 433) Increase the number of jobs..."
 * @param outturns   the three past years, "-" when absent
 * @param target     "250", "55%", "No target", "TBA"
 * @param quarters   Q1 to Q4: "62", "60 (122 cum)", "Missing", "Not due", or blank
 * @param direction  arrow and word, e.g. "↑ Improved", or "No comparison" when there is nothing to compare with
 * @param trend      a small line of the last quarters with its axis labels, or null with fewer than two points
 * @param line       the figures as given, for renderers that write numbers (spreadsheets)
 */
public record MeasureRow(String ref, String measure, List<String> outturns, String target,
                         List<String> quarters, RagCell rag, String directionArrow, String directionWord,
                         TrendChart trend, MeasureLine line) {

    public MeasureRow {
        outturns = List.copyOf(outturns);
        quarters = List.copyOf(quarters);
    }

    /** The reported quarter's figure is provisional: its cell is marked "p", as the table's caption says. */
    public boolean provisional() {
        return line != null && line.provisional();
    }

    /**
     * The figure of this quarter (1 to 4) was revised since it was reported provisional: its cell is marked "r", as
     * the table's caption says.
     */
    public boolean revised(int quarter) {
        return line != null && line.revisedQuarters().contains(quarter);
    }

    /** "Q1", "Q1, Q2": the quarters whose figure was revised, as the spreadsheet says; null for none. */
    public String revisedQuarters() {
        return line == null || line.revisedQuarters().isEmpty() ? null
                : String.join(", ", line.revisedQuarters().stream().map(q -> "Q" + q).toList());
    }

    /** The figure is the previous quarter's, reported a quarter in arrears: the row is marked "a", with its key. */
    public boolean inArrears() {
        return line != null && line.inArrears();
    }

    /** The key to the "a" beside the measure: "a 1.1: the figure is for Q1 (Apr-Jun 2026), reported ..."; null for none. */
    public String arrearsNote() {
        return inArrears() ? "a " + ref + ": the figure is for " + line.arrearsPeriod()
                + ", the previous quarter, reported a quarter in arrears" : null;
    }

    /** The direction cell's text: the arrow and the word together, so it reads without the arrow. */
    public String direction() {
        return directionArrow.isEmpty() ? directionWord : directionArrow + " " + directionWord;
    }
}
