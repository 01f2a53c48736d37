package uk.quarterlyreturns.framework.io;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One figure from a values file.
 *
 * @param value       null only when numerator and denominator are both given: the caller computes it
 * @param note        null when not given
 * @param numerator   with the denominator, or both null
 * @param denominator with the numerator, or both null; never 0
 */
public record ValueRow(String code, BigDecimal value, String note, BigDecimal numerator,
                       BigDecimal denominator) {

    public ValueRow {
        Objects.requireNonNull(code, "code");
        if ((numerator == null) != (denominator == null)) {
            throw new IllegalArgumentException("numerator and denominator come together or not at all");
        }
        if (value == null && numerator == null) {
            throw new IllegalArgumentException("a value, or a numerator and denominator, is needed");
        }
    }
}
