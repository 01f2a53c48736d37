package uk.quarterlyreturns.report;

import java.util.List;

/** The measures of one service, printed under its name as seed reports print "Business", "Place". */
public record MeasureGroup(String heading, List<MeasureRow> rows) {

    public MeasureGroup {
        rows = List.copyOf(rows);
    }
}
