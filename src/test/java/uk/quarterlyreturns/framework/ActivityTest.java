package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActivityTest {

    private final RagEngine engine = new RagEngine();

    @ParameterizedTest(name = "{0} against [{1}, {2}] is {3}")
    @CsvSource({
            "150,    100, 200, WITHIN_RANGE",
            "200,    100, 200, WITHIN_RANGE",
            "100,    100, 200, WITHIN_RANGE",
            "200.01, 100, 200, ABOVE_RANGE",
            "99.99,  100, 200, BELOW_RANGE",
            "200.0,  100, 200, WITHIN_RANGE",
            // one-sided ranges
            "50,        , 200, WITHIN_RANGE",
            "201,       , 200, ABOVE_RANGE",
            "-5,        , 200, WITHIN_RANGE",
            "1000,   100,    , WITHIN_RANGE",
            "99,     100,    , BELOW_RANGE",
            "100,    100,    , WITHIN_RANGE",
            // a range of a single value
            "7,      7,   7,   WITHIN_RANGE",
            "8,      7,   7,   ABOVE_RANGE",
    })
    void statusAgainstThresholds(BigDecimal value, BigDecimal lower, BigDecimal upper,
                                 ActivityStatus expected) {
        assertThat(ExpectedRange.status(value, lower, upper)).contains(expected);
    }

    @Test
    void noStatusWithoutValueOrThresholds() {
        assertThat(engine.activity(MeasureRule.builder(Polarity.HIGHER_IS_BETTER).thresholds(BigDecimal.ONE,
                BigDecimal.TEN).build(), null)).isEmpty();
        assertThat(engine.activity(MeasureRule.builder(Polarity.HIGHER_IS_BETTER).build(), BigDecimal.ONE)).isEmpty();
    }

    /**
     * The figure is judged as the appendix prints it, at the measure's decimals: 4,500.4 kept to whole numbers reads
     * "4,500", within an upper threshold of 4,500 (both thresholds are inside the range), as the RAG would take it.
     */
    @ParameterizedTest(name = "{0} kept to whole numbers against [4,000, 4,500] is {1}")
    @CsvSource({
            "4500.4,  WITHIN_RANGE",
            "4500.5,  ABOVE_RANGE",
            "3999.5,  WITHIN_RANGE",
            "3999.49, BELOW_RANGE",
    })
    void theFigureIsJudgedAtTheMeasuresPrecision(String figure, ActivityStatus expected) {
        OneMeasure calls = new OneMeasure("code,title,directorate,service,theme,unit,polarity,frequency,aggregation,"
                + "target,floor,tolerance_pct,rag_scheme,lower_threshold,upper_threshold,decimals\n"
                + "CS01,Calls to Contact Point,D,S,T,count,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,,,,NONE,4000,4500,0\n");

        assertThat(calls.rate(2, List.of(OneMeasure.figure(2, figure)), List.of()).activity()).isEqualTo(expected);
    }

    @Test
    void thresholdsTheWrongWayRoundAreRefused() {
        assertThatThrownBy(() -> ExpectedRange.status(BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lower threshold 10 is above upper threshold 1");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "ABOVE_RANGE,  Above expected range",
            "WITHIN_RANGE, Within expected range",
            "BELOW_RANGE,  Below expected range",
    })
    void labels(ActivityStatus status, String label) {
        assertThat(status.label()).isEqualTo(label);
    }
}
