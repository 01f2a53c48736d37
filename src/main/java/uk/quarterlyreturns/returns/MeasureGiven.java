package uk.quarterlyreturns.returns;

import java.math.BigDecimal;
import uk.quarterlyreturns.framework.FigureSource;
import uk.quarterlyreturns.framework.Rag;

/**
 * What one row of an uploaded return gives a measure; null everywhere the file gives nothing, which leaves the
 * form's field as it is.
 *
 * @param figure             the figure given (worked out from numerator and denominator when only they are)
 * @param source             the figure's note and ratio, with the figure
 * @param notAvailableReason given only with no figure, on a measure with none in the form
 * @param provisional        with a figure, whether it is provisional (null: the mark left as it is)
 * @param override           a director's override, with its justification (both given, or taken from the one kept)
 */
public record MeasureGiven(String code, BigDecimal figure, FigureSource source, String reasons, String actionsPlanned,
        String queryExplanation, String notAvailableReason, Boolean provisional, Rag override,
        String overrideJustification) {

    boolean givesNarrative() {
        return reasons != null || actionsPlanned != null || queryExplanation != null;
    }
}
