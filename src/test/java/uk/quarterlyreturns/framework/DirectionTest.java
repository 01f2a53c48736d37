package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DirectionTest {

    private final RagEngine engine = new RagEngine();

    @ParameterizedTest(name = "{0}: {1} after {2} at {3} dp is {4}")
    @CsvSource({
            "HIGHER_IS_BETTER, 72.5,   57.8, 2, IMPROVED",
            "HIGHER_IS_BETTER, 54.5,   60.1, 2, WORSENED",
            "HIGHER_IS_BETTER, 92,     92,   2, UNCHANGED",
            "LOWER_IS_BETTER,  65.3,   67.3, 2, IMPROVED",
            "LOWER_IS_BETTER,  17.5,   6.4,  2, WORSENED",
            "LOWER_IS_BETTER,  177,    177,  2, UNCHANGED",
            // equal at the stored precision, different beyond it
            "HIGHER_IS_BETTER, 81.904, 81.9, 1, UNCHANGED",
            "HIGHER_IS_BETTER, 81.904, 81.9, 3, IMPROVED",
            "LOWER_IS_BETTER,  81.904, 81.9, 1, UNCHANGED",
            "LOWER_IS_BETTER,  81.904, 81.9, 3, WORSENED",
            // trailing zeros do not make a change
            "HIGHER_IS_BETTER, 80.80,  80.8, 2, UNCHANGED",
            // half-up: 81.85 rounds to 81.9 (half-even would make it 81.8, a fall)
            "HIGHER_IS_BETTER, 81.85,  81.9, 1, UNCHANGED",
            "HIGHER_IS_BETTER, 81.84,  81.9, 1, WORSENED",
            // whole numbers: 26.4 and 25.6 both round to 26
            "LOWER_IS_BETTER,  26.4,   25.6, 0, UNCHANGED",
            "LOWER_IS_BETTER,  26.5,   25.6, 0, WORSENED",
            // negative values
            "HIGHER_IS_BETTER, -2,     -5,   2, IMPROVED",
            "LOWER_IS_BETTER,  -2,     -5,   2, WORSENED",
    })
    void directionByPolarityAtStoredPrecision(Polarity polarity, BigDecimal current,
                                              BigDecimal previous, int decimals, Direction expected) {
        assertThat(engine.direction(polarity, current, previous, decimals)).contains(expected);
    }

    @Test
    void noDirectionWithoutBothValues() {
        BigDecimal value = new BigDecimal("10");
        assertThat(engine.direction(Polarity.HIGHER_IS_BETTER, null, value, 2)).isEmpty();
        assertThat(engine.direction(Polarity.HIGHER_IS_BETTER, value, null, 2)).isEmpty();
        assertThat(engine.direction(Polarity.LOWER_IS_BETTER, null, null, 2)).isEmpty();
    }

    @Test
    void negativeDecimalsAreRefused() {
        assertThatThrownBy(() -> engine.direction(Polarity.HIGHER_IS_BETTER, BigDecimal.ONE,
                BigDecimal.TEN, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("decimals");
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource({
            "IMPROVED,  Improved,  \u2191",
            "WORSENED,  Worsened,  \u2193",
            "UNCHANGED, Unchanged, \u2192",
    })
    void labelsAndArrows(Direction direction, String label, String arrow) {
        assertThat(direction.label()).isEqualTo(label);
        assertThat(direction.arrow()).isEqualTo(arrow);
    }
}
