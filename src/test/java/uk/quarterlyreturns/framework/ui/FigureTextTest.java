package uk.quarterlyreturns.framework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.framework.Target;
import uk.quarterlyreturns.framework.Unit;

/**
 * Targets and activity thresholds on the screens print as precisely as a figure is judged against them, with or
 * without the measure's decimals, as the report prints them.
 */
class FigureTextTest {

    private static final Unit COUNT = Unit.of("count");

    /**
     * A profiled target of 83.325 (a quarter's 33.33% of 250) for a measure without decimals: its figures are kept to
     * two places, so 83.33 is short of it and Amber; the form printed the target as 83.33 beside it.
     */
    @Test
    void aTargetFinerThanTheDefaultPrecisionPrintsAsJudgedWhenTheMeasureHasNoDecimals() {
        Target target = Target.of(new BigDecimal("250"));
        assertThat(FigureText.target(new BigDecimal("83.325"), target, COUNT, null)).isEqualTo("83.325");
        assertThat(FigureText.target(new BigDecimal("60"), target, COUNT, null)).isEqualTo("60");
        assertThat(FigureText.target(new BigDecimal("62.5"), target, COUNT, 0)).isEqualTo("62.5");
    }

    /** A threshold of 4,500.5 for a measure of whole numbers: 4,501 is above it, so it does not print as 4,501. */
    @Test
    void aThresholdPrintsAsPreciselyAsItIsJudged() {
        assertThat(FigureText.asJudged(new BigDecimal("4500.5"), COUNT, 0)).isEqualTo("4,500.5");
        assertThat(FigureText.asJudged(new BigDecimal("3000"), COUNT, 0)).isEqualTo("3,000");
        assertThat(FigureText.asJudged(new BigDecimal("3.125"), COUNT, null)).isEqualTo("3.125");
        assertThat(FigureText.asJudged(new BigDecimal("3000.50"), COUNT, null)).isEqualTo("3,000.5");
        assertThat(FigureText.asJudged(null, COUNT, 0)).isEqualTo("–");
    }
}
