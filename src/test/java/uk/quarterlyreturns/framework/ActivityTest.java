package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
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
        assertThat(engine.activity(value, lower, upper)).contains(expected);
    }

    @Test
    void noStatusWithoutValueOrThresholds() {
        assertThat(engine.activity(null, BigDecimal.ONE, BigDecimal.TEN)).isEmpty();
        assertThat(engine.activity(BigDecimal.ONE, null, null)).isEmpty();
    }

    @Test
    void thresholdsTheWrongWayRoundAreRefused() {
        assertThatThrownBy(() -> engine.activity(BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ONE))
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
