package uk.quarterlyreturns.framework;

import java.math.BigDecimal;

/**
 * What a return's form saves for one measure in one quarter: the figure typed, the narrative of an item
 * off track, and the explanation a query asks for. Blank texts are stored as null.
 */
public record MeasureEntry(BigDecimal value, String reasons, String actionsPlanned, String queryExplanation) {

    public MeasureEntry {
        reasons = blankToNull(reasons);
        actionsPlanned = blankToNull(actionsPlanned);
        queryExplanation = blankToNull(queryExplanation);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
