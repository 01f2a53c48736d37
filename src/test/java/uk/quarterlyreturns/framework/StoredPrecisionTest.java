package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A figure is judged as it is printed, at the measure's stored precision: 59.996% of a measure kept to 2 places is
 * printed 60.00% and meets a target of 60, rather than showing Amber beside a figure that reads as on target.
 */
class StoredPrecisionTest {

    private final RagEngine engine = new RagEngine();

    @Test
    void aFigureTypedToMorePlacesThanTheMeasureKeepsIsJudgedAsPrinted() {
        MeasureRule m = MeasureRule.builder(Polarity.HIGHER_IS_BETTER).target(new BigDecimal("60"))
                .tolerancePct(new BigDecimal("10")).scheme(RagScheme.TOLERANCE).decimals(2).build();
        List<BigDecimal> values = Arrays.asList(null, new BigDecimal("59.996"), null, null);

        BigDecimal judged = engine.judgedValue(m, 2, values).orElseThrow();

        assertThat(judged).isEqualByComparingTo("60.00");
        assertThat(engine.rag(m, 2, judged, false, BandEdges.DEFAULT)).isEqualTo(Rag.GREEN);
    }

    @Test
    void aYearToDateIsTheSumOfTheFiguresAsPrinted() {
        MeasureRule m = MeasureRule.builder(Polarity.LOWER_IS_BETTER).cumulative().target(new BigDecimal("100"))
                .tolerancePct(new BigDecimal("10")).scheme(RagScheme.TOLERANCE).decimals(0).build();
        List<BigDecimal> values = Arrays.asList(new BigDecimal("24.6"), new BigDecimal("24.6"), null, null);

        // printed 25 and 25: 50 to date, on the profile's 50
        assertThat(engine.judgedValue(m, 2, values)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("50"));
    }
}
