package uk.quarterlyreturns.report;

import java.util.List;
import uk.quarterlyreturns.framework.OutturnMark;

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

    private static final String LAST_OUTTURN = "last year's outturn";

    public MeasureRow {
        outturns = List.copyOf(outturns);
        quarters = List.copyOf(quarters);
    }

    /** The reported quarter's figure is provisional: its cell is marked "p", as the table's caption says. */
    public boolean provisional() {
        return line != null && line.provisional();
    }

    /**
     * What this quarter's cell (1 to 4) prints, in the report of quarter {@code reported}, is or includes a
     * provisional figure: the figure itself, or a year to date adding one up. The cell is marked "p".
     */
    public boolean provisional(int quarter, int reported) {
        return line != null && line.printedProvisional(quarter, reported);
    }

    /**
     * "Q1, Q2", "Q1, year to date", "last year's outturn": the quarters, up to the reported one, whose figure is
     * provisional, the year to date when it adds one up, and last year's outturn when it was made from one, as the
     * spreadsheet says; null for none.
     */
    public String provisionalQuarters(int reported) {
        if (line == null) {
            return null;
        }
        List<String> marked = new java.util.ArrayList<>();
        for (int q = 1; q <= reported; q++) {
            if (line.provisional(q, reported)) {
                marked.add("Q" + q);
            }
        }
        if (line.yearToDateProvisional(reported, reported)) {
            marked.add("year to date");
        }
        if (outturnProvisional(outturns.size() - 1)) {
            marked.add(LAST_OUTTURN);
        }
        return marked.isEmpty() ? null : String.join(", ", marked);
    }

    /**
     * The figure of this quarter (1 to 4) was revised since it was reported provisional: its cell is marked "r", as
     * the table's caption says.
     */
    public boolean revised(int quarter) {
        return line != null && line.revisedQuarters().contains(quarter);
    }

    /**
     * The mark of the i-th outturn ("p" or "r", as the quarters' cells), or null: only last year's, the last, is
     * marked, while it is made from figures still provisional or revised since.
     */
    public String outturnMark(int index) {
        return line != null && index == outturns.size() - 1 ? line.lastOutturnMark() : null;
    }

    /** The i-th outturn is marked "p": made from a figure still provisional. */
    public boolean outturnProvisional(int index) {
        return OutturnMark.PROVISIONAL.equals(outturnMark(index));
    }

    /** The i-th outturn is marked "r": made from a figure revised since it was reported provisional. */
    public boolean outturnRevised(int index) {
        return OutturnMark.REVISED.equals(outturnMark(index));
    }

    /**
     * "Q1", "Q1, Q2", "last year's outturn": the quarters whose figure was revised, and last year's outturn when it was
     * made from one, as the spreadsheet says; null for none.
     */
    public String revisedQuarters() {
        if (line == null) {
            return null;
        }
        List<String> marked = new java.util.ArrayList<>(line.revisedQuarters().stream().map(q -> "Q" + q).toList());
        if (outturnRevised(outturns.size() - 1)) {
            marked.add(LAST_OUTTURN);
        }
        return marked.isEmpty() ? null : String.join(", ", marked);
    }

    /** The figure is the previous quarter's, reported a quarter in arrears: the row is marked "a", with its key. */
    public boolean inArrears() {
        return line != null && line.inArrears();
    }

    /** The key to the "a" beside the measure: "a 1.1: the figure is for Q1 (Apr-Jun 2026), reported ..."; null for none. */
    public String arrearsNote() {
        return inArrears() ? "a " + ref + ": the figure is for " + line.arrearsPeriod()
                + ", the previous quarter, reported a quarter in arrears" + outturnNote() : null;
    }

    /**
     * A year's outturn is its last figure, given by its Q4 return: in arrears that is October to December's, not the
     * year end's, which the reader of the outturn columns would otherwise take it for.
     */
    private String outturnNote() {
        return outturns.stream().allMatch(Figures.ABSENT_OUTTURN::equals) ? ""
                : ". An outturn taken from a year's Q4 figure is for October to December";
    }

    /** Its target or rating rule moved during the year: the target is marked "t", the change listed apart. */
    public boolean targetChanged() {
        return line != null && line.targetChanged();
    }

    /** "Target 60% to 55% on 12/10/2026", each change, as the spreadsheet says it; null for none. */
    public String targetChanges() {
        return line == null ? null : TargetChangeWords.summary(line.targetChanges(), line.unit());
    }

    /** The floor standard dividing its Amber from Red, printed as the target is ("80%"); blank when it has none. */
    public String floor() {
        return line == null ? "" : Figures.floor(line);
    }

    /** The direction cell's text: the arrow and the word together, so it reads without the arrow. */
    public String direction() {
        return directionArrow.isEmpty() ? directionWord : directionArrow + " " + directionWord;
    }
}
