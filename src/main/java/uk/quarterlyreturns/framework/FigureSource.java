package uk.quarterlyreturns.framework;

import java.math.BigDecimal;

/**
 * Where a quarter's figure came from, as a values file gives it: a note, and for a rate the numerator and
 * denominator it was worked out from ("57.2% (380/664)").
 */
public record FigureSource(String note, BigDecimal numerator, BigDecimal denominator) {

    public FigureSource {
        note = note == null || note.isBlank() ? null : note.strip();
    }

    /** "380/664", or null when the figure was not given as a ratio. */
    public String ratio() {
        return ratio(numerator, denominator);
    }

    public static String ratio(BigDecimal numerator, BigDecimal denominator) {
        return numerator == null || denominator == null ? null
                : numerator.stripTrailingZeros().toPlainString() + "/" + denominator.stripTrailingZeros().toPlainString();
    }
}
