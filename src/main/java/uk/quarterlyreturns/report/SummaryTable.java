package uk.quarterlyreturns.report;

import java.util.List;

/**
 * A Kent-style summary table: one row per directorate (or theme) and a totals row.
 *
 * @param groupHeading "Directorate" or "Theme"
 */
public record SummaryTable(String groupHeading, String caption, List<SummaryRow> rows, SummaryRow total) {

    public SummaryTable {
        rows = List.copyOf(rows);
    }
}
