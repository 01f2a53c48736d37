package uk.quarterlyreturns.framework;

import java.math.BigDecimal;
import java.util.Optional;

/** An activity indicator's figure against its expected range (see RagEngine.activity). */
final class ExpectedRange {

    private ExpectedRange() {
    }

    static Optional<ActivityStatus> status(BigDecimal value, BigDecimal lower, BigDecimal upper) {
        if (value == null || (lower == null && upper == null)) {
            return Optional.empty();
        }
        if (lower != null && upper != null && lower.compareTo(upper) > 0) {
            throw new IllegalArgumentException(
                    "lower threshold " + lower + " is above upper threshold " + upper);
        }
        if (upper != null && value.compareTo(upper) > 0) {
            return Optional.of(ActivityStatus.ABOVE_RANGE);
        }
        if (lower != null && value.compareTo(lower) < 0) {
            return Optional.of(ActivityStatus.BELOW_RANGE);
        }
        return Optional.of(ActivityStatus.WITHIN_RANGE);
    }
}
