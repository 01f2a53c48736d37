package uk.quarterlyreturns.framework;

import java.math.BigDecimal;

/**
 * What a return's form saves for one measure in one quarter: the figure typed, the narrative of an item
 * off track, the explanation a query asks for, and why a figure is not available. Blank texts are stored
 * as null. A figure given is no longer "not available": its reason is dropped, so that clearing the figure later
 * does not bring it back as if said again.
 *
 * @param source where an uploaded figure came from, stored with it; null for a figure typed by hand, which
 *               keeps the stored note but drops a numerator and denominator that no longer match it
 * @param provisional the figure is marked provisional; only a figure given can be (see {@link ProvisionalFigure})
 */
public record MeasureEntry(BigDecimal value, String reasons, String actionsPlanned, String queryExplanation,
                           String notAvailableReason, FigureSource source, boolean provisional) {

    /** An entry whose figure is not marked provisional. */
    public MeasureEntry(BigDecimal value, String reasons, String actionsPlanned, String queryExplanation,
            String notAvailableReason, FigureSource source) {
        this(value, reasons, actionsPlanned, queryExplanation, notAvailableReason, source, false);
    }

    public MeasureEntry {
        provisional = ProvisionalFigure.holds(value, provisional);
        reasons = blankToNull(reasons);
        actionsPlanned = blankToNull(actionsPlanned);
        queryExplanation = blankToNull(queryExplanation);
        notAvailableReason = value == null ? blankToNull(notAvailableReason) : null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
