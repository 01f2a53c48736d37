package uk.quarterlyreturns.framework;

import java.util.ArrayList;
import java.util.List;

/**
 * A measure's figures as a later quarter's return will leave them once accepted, when it revises an earlier
 * quarter's provisional figure (made final only at that acceptance). The return's form and its checks at submission
 * and sign-off rate from these: a cumulative measure's year to date, and any measure's direction of travel and query
 * on a change since last quarter, so that what a director signs off, and the reasons, actions and explanations it asks
 * for, are what the report prints afterwards. A revision counts only where acceptance would apply it: to a figure of
 * an earlier quarter of the same year, still provisional at the figure it was said of. A figure confirmed final
 * changes nothing.
 */
public final class FiguresAsRevised {

    private FiguresAsRevised() {
    }

    /**
     * The measure's entries (its figures of the year as they stand, each quarter's once) with the return's revisions
     * of its earlier quarters applied.
     *
     * @param quarter   the return's quarter
     * @param revisions what the return says of the measure's earlier figures, not yet applied
     */
    public static List<QuarterValue> of(Measure measure, int quarter, List<QuarterValue> entries,
            List<FigureRevision> revisions) {
        if (revisions.isEmpty()) {
            return entries;
        }
        List<QuarterValue> out = new ArrayList<>(entries.size());
        for (QuarterValue v : entries) {
            out.add(revisions.stream().filter(f -> applies(measure, quarter, f, v)).findFirst()
                    .map(f -> revised(v, f)).orElse(v));
        }
        return out;
    }

    private static boolean applies(Measure measure, int quarter, FigureRevision f, QuarterValue earlier) {
        return f.decision() == FigureRevision.Decision.REVISED && f.earlierQuarter() == earlier.quarter()
                && earlier.quarter() < quarter && ProvisionalFigure.of(measure, earlier.quarter(), earlier)
                && earlier.value().compareTo(f.reported()) == 0;
    }

    /** The earlier entry at its final figure, as acceptance stores it. */
    private static QuarterValue revised(QuarterValue v, FigureRevision f) {
        return new QuarterValue(v.measureId(), v.quarter(), f.revised(), v.note(), null, null, v.reasons(),
                v.actionsPlanned(), v.queryExplanation(), v.notAvailableReason(), v.override(), v.updatedBy(),
                v.updatedAt(), v.version(), false);
    }
}
