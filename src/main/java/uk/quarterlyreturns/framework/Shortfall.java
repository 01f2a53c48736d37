package uk.quarterlyreturns.framework;

import java.math.BigDecimal;

/**
 * How far a value falls short of its target: s = gap / |target| x 100, where the gap is measured
 * towards the worse side by polarity. Comparisons against a percentage are made by cross-multiplying
 * (gap x 100 against limit x |target|) so that no division can round a value across a band edge.
 */
final class Shortfall {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Positive when the value is on the wrong side of the target, in the measure's own units. */
    private final BigDecimal gap;
    private final BigDecimal targetMagnitude;

    private Shortfall(BigDecimal gap, BigDecimal targetMagnitude) {
        this.gap = gap;
        this.targetMagnitude = targetMagnitude;
    }

    static Shortfall of(Polarity polarity, BigDecimal target, BigDecimal value) {
        BigDecimal gap = polarity == Polarity.HIGHER_IS_BETTER
                ? target.subtract(value)
                : value.subtract(target);
        return new Shortfall(gap, target.abs());
    }

    /** The target is met when s <= 0, i.e. the value is on target or on its better side. */
    boolean isMet() {
        return gap.signum() <= 0;
    }

    /** Whether s <= limitPct. With a target of 0, any shortfall at all is beyond every limit. */
    boolean isWithin(BigDecimal limitPct) {
        if (isMet()) {
            return true;
        }
        if (targetMagnitude.signum() == 0) {
            return false;
        }
        return gap.multiply(HUNDRED).compareTo(limitPct.multiply(targetMagnitude)) <= 0;
    }
}
