package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.framework.io.FrameworkRow;
import uk.quarterlyreturns.framework.io.ValueRow;

/** A figure sent as numerator and denominator is the ratio in the measure's unit, rounded once to its decimals. */
class FractionFigureTest {

    @Test
    void aPercentageIsTheRatioTimesAHundred() {
        assertThat(figure("%", 1, "380", "664")).isEqualTo("57.2");
    }

    @Test
    void aRateIsTheRatioTimesItsBase() {
        assertThat(figure("rate per 1,000", 1, "469", "67000")).isEqualTo("7.0");
        assertThat(figure("rate per 10k", 1, "469", "67000")).isEqualTo("70.0");
        assertThat(figure("rate per 10,000", 1, "469", "67000")).isEqualTo("70.0");
        assertThat(figure("rate per 100k", 0, "469", "67000")).isEqualTo("700");
    }

    @Test
    void anyOtherUnitIsThePlainRatio() {
        assertThat(figure("count", 2, "7", "2")).isEqualTo("3.50");
        assertThat(figure("visits", 0, "7", "2")).isEqualTo("4");
    }

    @Test
    void theRatioIsRoundedOnlyOnceAtTheMeasuresDecimals() {
        assertThat(figure("rate per 100k", 6, "1", "3")).isEqualTo("33333.333333");
        assertThat(figure("%", 6, "2", "3")).isEqualTo("66.666667");
    }

    @Test
    void aGivenValueIsKeptAsSent() {
        Measure measure = measure("rate per 10k", 1);
        assertThat(FigureImport.figureOf(new ValueRow("M1", new BigDecimal("65.3"), null, new BigDecimal("469"),
                new BigDecimal("67000")), measure)).isEqualTo("65.3");
    }

    private static String figure(String unit, int decimals, String numerator, String denominator) {
        ValueRow row = new ValueRow("M1", null, null, new BigDecimal(numerator), new BigDecimal(denominator));
        return FigureImport.figureOf(row, measure(unit, decimals)).toPlainString();
    }

    private static Measure measure(String unit, int decimals) {
        return new Measure(1, 1, 1, new FrameworkRow("M1", "Measure", "People", "Children", "Resilient", Unit.of(unit),
                Polarity.LOWER_IS_BETTER, Frequency.QUARTERLY, Aggregation.SNAPSHOT, Target.NO_TARGET, null, null,
                RagScheme.NONE, null, null, 4, FrameworkRow.DEFAULT_PROFILE, null, null, decimals));
    }
}
