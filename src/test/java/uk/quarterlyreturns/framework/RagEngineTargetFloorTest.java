package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Kent's scheme: Green when the target is met, Amber below target but on or above the floor standard,
 * Red below the floor. Figures are made up to sit on and around each edge.
 */
class RagEngineTargetFloorTest {

    private final RagEngine engine = new RagEngine();

    @ParameterizedTest(name = "{0}: target {1}, floor {2}, value {3} is {4}")
    @CsvSource({
            // e.g. % of calls answered: target 80, floor 70
            "HIGHER_IS_BETTER, 80, 70, 85,    GREEN",
            "HIGHER_IS_BETTER, 80, 70, 80,    GREEN",  // exactly on target
            "HIGHER_IS_BETTER, 80, 70, 79.99, AMBER",
            "HIGHER_IS_BETTER, 80, 70, 75,    AMBER",
            "HIGHER_IS_BETTER, 80, 70, 70,    AMBER",  // exactly on the floor
            "HIGHER_IS_BETTER, 80, 70, 69.99, RED",
            "HIGHER_IS_BETTER, 80, 70, 0,     RED",
            // e.g. days to complete a plan: target 10, floor 14
            "LOWER_IS_BETTER,  10, 14, 8,     GREEN",
            "LOWER_IS_BETTER,  10, 14, 10,    GREEN",  // exactly on target
            "LOWER_IS_BETTER,  10, 14, 10.01, AMBER",
            "LOWER_IS_BETTER,  10, 14, 12,    AMBER",
            "LOWER_IS_BETTER,  10, 14, 14,    AMBER",  // exactly on the floor
            "LOWER_IS_BETTER,  10, 14, 14.01, RED",
            "LOWER_IS_BETTER,  10, 14, 40,    RED",
            // floor equal to target: no Amber band
            "HIGHER_IS_BETTER, 90, 90, 90,    GREEN",
            "HIGHER_IS_BETTER, 90, 90, 89.9,  RED",
            // target 0: short of it is an unbounded shortfall, but the floor still decides Amber
            "LOWER_IS_BETTER,  0,  2,  0,     GREEN",
            "LOWER_IS_BETTER,  0,  2,  0.01,  AMBER",
            "LOWER_IS_BETTER,  0,  2,  2,     AMBER",
            "LOWER_IS_BETTER,  0,  2,  2.01,  RED",
    })
    void snapshotAgainstTargetAndFloor(Polarity polarity, BigDecimal target, BigDecimal floor,
                                       BigDecimal value, Rag expected) {
        MeasureRule m = MeasureRule.builder(polarity).target(target).floor(floor)
                .scheme(RagScheme.TARGET_FLOOR).build();

        assertThat(engine.rag(m, 1, value, true, null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: annual {1} / floor {2} at Q{3}, values {4} {5} {6} is {7}")
    @CsvSource({
            // default profile, Q2 = 50%: target 500, floor 400
            "HIGHER_IS_BETTER, 1000, 800, 2, 260, 240,  , GREEN",  // 500, on target
            "HIGHER_IS_BETTER, 1000, 800, 2, 260, 239,  , AMBER",  // 499
            "HIGHER_IS_BETTER, 1000, 800, 2, 180, 220,  , AMBER",  // 400, on the profiled floor
            "HIGHER_IS_BETTER, 1000, 800, 2, 180, 219,  , RED",    // 399
            // 450: above the profiled floor of 400, though against the annual 800 it would be Red
            "HIGHER_IS_BETTER, 1000, 800, 2, 250, 200,  , AMBER",
            // Q3 = 75%: target 150, floor 180
            "LOWER_IS_BETTER,  200,  240, 3, 50,  50, 50, GREEN",  // 150, on target
            "LOWER_IS_BETTER,  200,  240, 3, 50,  50, 51, AMBER",  // 151
            "LOWER_IS_BETTER,  200,  240, 3, 60,  60, 60, AMBER",  // 180, on the profiled floor
            "LOWER_IS_BETTER,  200,  240, 3, 60,  60, 61, RED",    // 181
    })
    void cumulativeAgainstProfiledTargetAndFloor(Polarity polarity, BigDecimal annualTarget,
                                                 BigDecimal annualFloor, int quarter, BigDecimal v1,
                                                 BigDecimal v2, BigDecimal v3, Rag expected) {
        MeasureRule m = MeasureRule.builder(polarity).cumulative().target(annualTarget)
                .floor(annualFloor).scheme(RagScheme.TARGET_FLOOR).build();

        BigDecimal yearToDate = engine.judgedValue(m, quarter, Arrays.asList(v1, v2, v3)).orElseThrow();

        assertThat(engine.rag(m, quarter, yearToDate, true, null)).isEqualTo(expected);
    }

    @Test
    void customProfileMovesTheFloorToo() {
        // 10/40/70/100: at Q2 the target is 400 and the floor 320
        MeasureRule m = MeasureRule.builder(Polarity.HIGHER_IS_BETTER).cumulative()
                .target(new BigDecimal("1000")).floor(new BigDecimal("800"))
                .profilePct(percents("10", "40", "70", "100"))
                .scheme(RagScheme.TARGET_FLOOR).build();

        assertThat(engine.profiledFloor(m, 2)).hasValueSatisfying(
                floor -> assertThat(floor).isEqualByComparingTo("320"));
        assertThat(engine.rag(m, 2, new BigDecimal("400"), true, null)).isEqualTo(Rag.GREEN);
        assertThat(engine.rag(m, 2, new BigDecimal("320"), true, null)).isEqualTo(Rag.AMBER);
        assertThat(engine.rag(m, 2, new BigDecimal("319.9"), true, null)).isEqualTo(Rag.RED);
    }

    @Test
    void aSnapshotFloorIsNotProfiled() {
        MeasureRule m = MeasureRule.builder(Polarity.HIGHER_IS_BETTER).target(new BigDecimal("80"))
                .floor(new BigDecimal("70")).scheme(RagScheme.TARGET_FLOOR).build();

        for (int quarter = 1; quarter <= 4; quarter++) {
            assertThat(engine.profiledFloor(m, quarter)).hasValueSatisfying(
                    floor -> assertThat(floor).isEqualByComparingTo("70"));
        }
    }

    @Test
    void noFloorNoProfiledFloor() {
        MeasureRule m = MeasureRule.builder(Polarity.HIGHER_IS_BETTER).cumulative()
                .target(new BigDecimal("80")).build();

        assertThat(engine.profiledFloor(m, 2)).isEmpty();
    }

    @Test
    void targetFloorWithoutAFloorIsAConfigurationError() {
        MeasureRule m = MeasureRule.builder(Polarity.HIGHER_IS_BETTER).target(new BigDecimal("80"))
                .scheme(RagScheme.TARGET_FLOOR).build();

        assertThatThrownBy(() -> engine.rag(m, 1, new BigDecimal("75"), true, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TARGET_FLOOR")
                .hasMessageContaining("floor");
    }

    private static List<BigDecimal> percents(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
