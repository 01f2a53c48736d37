package uk.quarterlyreturns.report;

import java.util.List;

/** The measures of one service, printed under its name as seed reports print "Business", "Place". */
public record MeasureGroup(String heading, List<MeasureRow> rows) {

    /** The rows printed with the heading, on one page, so a heading never stands alone at a page foot. */
    static final int LEAD_ROWS = 2;

    public MeasureGroup {
        rows = List.copyOf(rows);
    }

    /**
     * The rows in print groups: the first rows (kept with the heading), then the rest. When only one row
     * would be left over it joins the first group, so no single row is stranded on its own.
     */
    public List<List<MeasureRow>> parts() {
        int lead = rows.size() <= LEAD_ROWS + 1 ? rows.size() : LEAD_ROWS;
        return lead == rows.size() ? List.of(rows) : List.of(rows.subList(0, lead), rows.subList(lead, rows.size()));
    }
}
