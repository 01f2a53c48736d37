package uk.quarterlyreturns.framework;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Whether a figure can be what its unit says: a percentage lies between 0 and 100. An invalid figure is
 * never rated (no RAG, no direction of travel): only its error is shown until it is corrected.
 */
public final class ValueValidity {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ValueValidity() {
    }

    /** The error to show for this figure, or empty when it is a valid figure (or none at all). */
    public static Optional<String> error(Unit unit, BigDecimal value) {
        if (value != null && unit.isPercent() && (value.compareTo(HUNDRED) > 0 || value.signum() < 0)) {
            return Optional.of("A percentage must be between 0 and 100");
        }
        return Optional.empty();
    }

    public static boolean isValid(Unit unit, BigDecimal value) {
        return error(unit, value).isEmpty();
    }
}
