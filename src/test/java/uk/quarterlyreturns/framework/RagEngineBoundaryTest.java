package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every edge of the RAG rules, on it and just past it, for both polarities. */
class RagEngineBoundaryTest {

    private static final BandEdges EDGES = BandEdges.DEFAULT;

    private final RagEngine engine = new RagEngine();

    private static MeasureRule.Builder rule(Polarity polarity, String target) {
        return MeasureRule.builder(polarity).target(new BigDecimal(target));
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Nested
    class Tolerance {

        @ParameterizedTest(name = "{0}: target {1}, tolerance {2}%, value {3} is {4}")
        @CsvSource({
                "HIGHER_IS_BETTER, 80,  10,   80.01,  GREEN",
                "HIGHER_IS_BETTER, 80,  10,   80,     GREEN",  // on target
                "HIGHER_IS_BETTER, 80,  10,   79.99,  AMBER",
                "HIGHER_IS_BETTER, 80,  10,   72,     AMBER",  // s = 8/80 = 10, on the edge
                "HIGHER_IS_BETTER, 80,  10,   71.99,  RED",    // s = 10.0125
                "LOWER_IS_BETTER,  80,  10,   79,     GREEN",
                "LOWER_IS_BETTER,  80,  10,   80,     GREEN",  // on target
                "LOWER_IS_BETTER,  80,  10,   80.01,  AMBER",
                "LOWER_IS_BETTER,  80,  10,   88,     AMBER",  // s = 10
                "LOWER_IS_BETTER,  80,  10,   88.01,  RED",
                // s = 0.11/1.1 = 10 exactly; in binary floating point it comes out as 10.000000000000007
                "HIGHER_IS_BETTER, 1.1, 10,   0.99,   AMBER",
                "HIGHER_IS_BETTER, 1.1, 10,   0.9899, RED",
                // likewise 0.07/0.7 = 10, which floating point makes 10.000000000000009
                "LOWER_IS_BETTER,  0.7, 10,   0.77,   AMBER",
                "LOWER_IS_BETTER,  0.7, 10,   0.7701, RED",
                // s = 0.35/7 = 5 exactly, though most shortfalls against 7 do not terminate
                "HIGHER_IS_BETTER, 7,   5,    6.65,   AMBER",
                "HIGHER_IS_BETTER, 7,   5,    6.6499, RED",
                "LOWER_IS_BETTER,  3,   10,   3.3,    AMBER",
                "LOWER_IS_BETTER,  3,   10,   3.3001, RED",
                // s = 0.1/3 = 3.333...: either side of a tolerance that cannot equal it
                "HIGHER_IS_BETTER, 3,   3.33, 2.9,    RED",
                "HIGHER_IS_BETTER, 3,   3.34, 2.9,    AMBER",
                // no tolerance at all: any shortfall is Red
                "HIGHER_IS_BETTER, 50,  0,    50,     GREEN",
                "HIGHER_IS_BETTER, 50,  0,    49.99,  RED",
        })
        void toleranceEdges(Polarity polarity, String target, BigDecimal tolerance, BigDecimal value,
                            Rag expected) {
            MeasureRule m = rule(polarity, target).tolerancePct(tolerance)
                    .scheme(RagScheme.TOLERANCE).build();

            assertThat(engine.rag(m, 2, value, true, null)).isEqualTo(expected);
        }
    }

    @Nested
    class FivePoint {

        @ParameterizedTest(name = "{0}: target {1}, edges {2}, value {3} is {4}")
        @CsvSource({
                "HIGHER_IS_BETTER, 200, 5;10;15,       200.01, GREEN",
                "HIGHER_IS_BETTER, 200, 5;10;15,       200,    GREEN",        // on target
                "HIGHER_IS_BETTER, 200, 5;10;15,       199.99, AMBER_GREEN",
                "HIGHER_IS_BETTER, 200, 5;10;15,       190,    AMBER_GREEN",  // s = 5 = e1
                "HIGHER_IS_BETTER, 200, 5;10;15,       189.99, AMBER",        // s = 5.005
                "HIGHER_IS_BETTER, 200, 5;10;15,       180,    AMBER",        // s = 10 = e2
                "HIGHER_IS_BETTER, 200, 5;10;15,       179.99, RED_AMBER",
                "HIGHER_IS_BETTER, 200, 5;10;15,       170,    RED_AMBER",    // s = 15 = e3
                "HIGHER_IS_BETTER, 200, 5;10;15,       169.99, RED",
                "HIGHER_IS_BETTER, 200, 5;10;15,       0,      RED",
                "LOWER_IS_BETTER,  200, 5;10;15,       199.99, GREEN",
                "LOWER_IS_BETTER,  200, 5;10;15,       200,    GREEN",        // on target
                "LOWER_IS_BETTER,  200, 5;10;15,       200.01, AMBER_GREEN",
                "LOWER_IS_BETTER,  200, 5;10;15,       210,    AMBER_GREEN",  // s = 5 = e1
                "LOWER_IS_BETTER,  200, 5;10;15,       210.01, AMBER",
                "LOWER_IS_BETTER,  200, 5;10;15,       220,    AMBER",        // s = 10 = e2
                "LOWER_IS_BETTER,  200, 5;10;15,       220.01, RED_AMBER",
                "LOWER_IS_BETTER,  200, 5;10;15,       230,    RED_AMBER",    // s = 15 = e3
                "LOWER_IS_BETTER,  200, 5;10;15,       230.01, RED",
                // s = 0.055/1.1 = 5 exactly (floating point: 5.000000000000014)
                "HIGHER_IS_BETTER, 1.1, 5;10;15,       1.045,  AMBER_GREEN",
                "HIGHER_IS_BETTER, 1.1, 5;10;15,       1.0449, AMBER",
                // another year's edges
                "HIGHER_IS_BETTER, 40,  2.5;7.5;12.5,  39,     AMBER_GREEN",  // s = 1/40 = 2.5
                "HIGHER_IS_BETTER, 40,  2.5;7.5;12.5,  38.99,  AMBER",
                "HIGHER_IS_BETTER, 40,  2.5;7.5;12.5,  37,     AMBER",        // s = 7.5
                "HIGHER_IS_BETTER, 40,  2.5;7.5;12.5,  36.99,  RED_AMBER",
                "HIGHER_IS_BETTER, 40,  2.5;7.5;12.5,  35,     RED_AMBER",    // s = 12.5
                "HIGHER_IS_BETTER, 40,  2.5;7.5;12.5,  34.99,  RED",
                "LOWER_IS_BETTER,  40,  2.5;7.5;12.5,  41,     AMBER_GREEN",
                "LOWER_IS_BETTER,  40,  2.5;7.5;12.5,  45,     RED_AMBER",    // s = 12.5
                "LOWER_IS_BETTER,  40,  2.5;7.5;12.5,  45.01,  RED",
        })
        void fivePointEdges(Polarity polarity, String target, String edges, BigDecimal value,
                            Rag expected) {
            MeasureRule m = rule(polarity, target).scheme(RagScheme.FIVE_POINT).build();

            assertThat(engine.rag(m, 2, value, true, BandEdges.parse(edges))).isEqualTo(expected);
        }
    }

    @Nested
    class ZeroTarget {

        @ParameterizedTest(name = "{0} under {1}: value {2} against 0 is {3}")
        @CsvSource({
                "LOWER_IS_BETTER,  TOLERANCE,  0,     GREEN",
                "LOWER_IS_BETTER,  TOLERANCE,  0.00,  GREEN",
                "LOWER_IS_BETTER,  TOLERANCE,  0.01,  RED",   // unbounded shortfall, whatever the tolerance
                "LOWER_IS_BETTER,  TOLERANCE,  -1,    GREEN",
                "LOWER_IS_BETTER,  FIVE_POINT, 0,     GREEN",
                "LOWER_IS_BETTER,  FIVE_POINT, 0.01,  RED",
                "LOWER_IS_BETTER,  FIVE_POINT, -0.5,  GREEN",
                "HIGHER_IS_BETTER, TOLERANCE,  0,     GREEN",
                "HIGHER_IS_BETTER, TOLERANCE,  -0.01, RED",
                "HIGHER_IS_BETTER, TOLERANCE,  5,     GREEN",
                "HIGHER_IS_BETTER, FIVE_POINT, 0,     GREEN",
                "HIGHER_IS_BETTER, FIVE_POINT, -0.01, RED",
                "HIGHER_IS_BETTER, FIVE_POINT, 0.01,  GREEN",
        })
        void anyValueOnTheWrongSideOfZeroIsRed(Polarity polarity, RagScheme scheme, BigDecimal value,
                                               Rag expected) {
            // a tolerance of 1000% would swallow any bounded shortfall
            MeasureRule m = rule(polarity, "0").tolerancePct(d("1000")).scheme(scheme).build();

            assertThat(engine.rag(m, 2, value, true, BandEdges.parse("100;200;300")))
                    .isEqualTo(expected);
        }
    }

    @Nested
    class NegativeFigures {

        @ParameterizedTest(name = "{0}: target {1}, value {2} is {3}")
        @CsvSource({
                // s is taken against |target| = 10
                "HIGHER_IS_BETTER, -10, -9,     GREEN",
                "HIGHER_IS_BETTER, -10, -10,    GREEN",
                "HIGHER_IS_BETTER, -10, -10.5,  AMBER_GREEN",  // s = 0.5/10 = 5
                "HIGHER_IS_BETTER, -10, -10.51, AMBER",
                "HIGHER_IS_BETTER, -10, -11,    AMBER",        // s = 10
                "HIGHER_IS_BETTER, -10, -11.5,  RED_AMBER",    // s = 15
                "HIGHER_IS_BETTER, -10, -11.51, RED",
                "LOWER_IS_BETTER,  -10, -11,    GREEN",
                "LOWER_IS_BETTER,  -10, -9.5,   AMBER_GREEN",  // s = 5
                "LOWER_IS_BETTER,  -10, -9,     AMBER",        // s = 10
                "LOWER_IS_BETTER,  -10, -8.5,   RED_AMBER",    // s = 15
                "LOWER_IS_BETTER,  -10, -8.49,  RED",
                // negative values against a positive target
                "HIGHER_IS_BETTER, 10,  -1,     RED",          // s = 110
                "HIGHER_IS_BETTER, 10,  9.5,    AMBER_GREEN",
                "LOWER_IS_BETTER,  10,  -3,     GREEN",
        })
        void shortfallUsesTheTargetsMagnitude(Polarity polarity, String target, BigDecimal value,
                                              Rag expected) {
            MeasureRule m = rule(polarity, target).scheme(RagScheme.FIVE_POINT).build();

            assertThat(engine.rag(m, 2, value, true, EDGES)).isEqualTo(expected);
        }

        @Test
        void negativeTargetUnderTolerance() {
            MeasureRule m = rule(Polarity.HIGHER_IS_BETTER, "-20").tolerancePct(d("10"))
                    .scheme(RagScheme.TOLERANCE).build();

            assertThat(engine.rag(m, 2, d("-22"), true, null)).isEqualTo(Rag.AMBER);
            assertThat(engine.rag(m, 2, d("-22.01"), true, null)).isEqualTo(Rag.RED);
        }
    }

    @Nested
    class NoRating {

        @ParameterizedTest(name = "{0}")
        @EnumSource(RagScheme.class)
        void noTargetGivesNone(RagScheme scheme) {
            MeasureRule m = MeasureRule.builder(Polarity.HIGHER_IS_BETTER).target(Target.NO_TARGET)
                    .floor(d("50")).tolerancePct(d("10")).scheme(scheme).build();

            assertThat(engine.rag(m, 2, d("92"), true, EDGES)).isEqualTo(Rag.NONE);
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(RagScheme.class)
        void targetToBeAgreedGivesNone(RagScheme scheme) {
            MeasureRule m = MeasureRule.builder(Polarity.LOWER_IS_BETTER).target(Target.TBA)
                    .floor(d("20")).tolerancePct(d("10")).scheme(scheme).build();

            assertThat(engine.rag(m, 2, d("18.4"), true, EDGES)).isEqualTo(Rag.NONE);
        }

        @Test
        void schemeNoneGivesNoneEvenWithATarget() {
            MeasureRule m = rule(Polarity.HIGHER_IS_BETTER, "80").scheme(RagScheme.NONE).build();

            assertThat(engine.rag(m, 2, d("10"), true, EDGES)).isEqualTo(Rag.NONE);
        }

        @Test
        void aTargetStillToBeAgreedNeedsNoFloorYet() {
            MeasureRule m = MeasureRule.builder(Polarity.HIGHER_IS_BETTER).target(Target.TBA)
                    .scheme(RagScheme.TARGET_FLOOR).build();

            assertThat(engine.rag(m, 2, d("10"), true, null)).isEqualTo(Rag.NONE);
        }
    }

    @Nested
    class Due {

        private final MeasureRule annualInQ3 = rule(Polarity.HIGHER_IS_BETTER, "1730").annual(3)
                .scheme(RagScheme.FIVE_POINT).build();

        @ParameterizedTest(name = "annual due Q3, asked in Q{0}: due {1}")
        @CsvSource({"1, false", "2, false", "3, true", "4, false"})
        void annualIsDueOnlyInItsQuarter(int quarter, boolean due) {
            assertThat(engine.isDue(annualInQ3, quarter)).isEqualTo(due);
        }

        @ParameterizedTest(name = "quarterly, Q{0}")
        @ValueSource(ints = {1, 2, 3, 4})
        void quarterlyIsAlwaysDue(int quarter) {
            MeasureRule m = rule(Polarity.HIGHER_IS_BETTER, "1").dueQuarter(3).build();

            assertThat(engine.isDue(m, quarter)).isTrue();
        }

        @ParameterizedTest(name = "Q{0}")
        @ValueSource(ints = {1, 2, 4})
        void annualOutsideItsQuarterIsNotDueWhateverItsValue(int quarter) {
            assertThat(engine.rag(annualInQ3, quarter, d("1000"), true, EDGES)).isEqualTo(Rag.NOT_DUE);
            assertThat(engine.rag(annualInQ3, quarter, null, true, EDGES)).isEqualTo(Rag.NOT_DUE);
        }

        @Test
        void annualInItsQuarterIsRated() {
            assertThat(engine.rag(annualInQ3, 3, d("1730"), true, EDGES)).isEqualTo(Rag.GREEN);
            assertThat(engine.rag(annualInQ3, 3, d("1600"), true, EDGES)).isEqualTo(Rag.AMBER);
            assertThat(engine.rag(annualInQ3, 3, null, true, EDGES)).isEqualTo(Rag.MISSING);
        }

        @ParameterizedTest(name = "quarter {0}")
        @ValueSource(ints = {0, 5, -1})
        void quarterOutsideOneToFourIsRefused(int quarter) {
            assertThatThrownBy(() -> engine.isDue(annualInQ3, quarter))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("quarter must be 1-4");
            assertThatThrownBy(() -> engine.rag(annualInQ3, quarter, d("1"), true, EDGES))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class NoValue {

        @Test
        void beforeTheDeadlineAnAbsentValueHasNoStatusYet() {
            MeasureRule m = rule(Polarity.HIGHER_IS_BETTER, "80").scheme(RagScheme.FIVE_POINT).build();

            assertThat(engine.rag(m, 2, null, false, EDGES)).isNull();
        }

        @Test
        void afterTheDeadlineAnAbsentValueIsMissing() {
            MeasureRule m = rule(Polarity.HIGHER_IS_BETTER, "80").scheme(RagScheme.FIVE_POINT).build();

            assertThat(engine.rag(m, 2, null, true, EDGES)).isEqualTo(Rag.MISSING);
        }

        @Test
        void aMeasureWithoutATargetIsStillExpectedToBeReturned() {
            MeasureRule noTarget = MeasureRule.builder(Polarity.HIGHER_IS_BETTER).build();

            assertThat(engine.rag(noTarget, 2, null, true, EDGES)).isEqualTo(Rag.MISSING);
            assertThat(engine.rag(noTarget, 2, null, false, EDGES)).isNull();
        }

        @Test
        void theDeadlineDoesNotChangeTheRatingOfAValue() {
            MeasureRule m = rule(Polarity.HIGHER_IS_BETTER, "80").scheme(RagScheme.FIVE_POINT).build();

            assertThat(engine.rag(m, 2, d("79"), false, EDGES)).isEqualTo(Rag.AMBER_GREEN);
            assertThat(engine.rag(m, 2, d("79"), true, EDGES)).isEqualTo(Rag.AMBER_GREEN);
        }
    }

    @Nested
    class ConfigurationErrors {

        @Test
        void targetFloorWithoutAFloor() {
            MeasureRule m = rule(Polarity.HIGHER_IS_BETTER, "80").scheme(RagScheme.TARGET_FLOOR).build();

            assertThatThrownBy(() -> engine.rag(m, 2, d("75"), true, EDGES))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("RAG scheme TARGET_FLOOR needs a floor, but none is set");
        }

        @Test
        void toleranceWithoutATolerance() {
            MeasureRule m = rule(Polarity.LOWER_IS_BETTER, "80").scheme(RagScheme.TOLERANCE).build();

            assertThatThrownBy(() -> engine.rag(m, 2, d("85"), true, EDGES))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("RAG scheme TOLERANCE needs a tolerance_pct, but none is set");
        }

        @Test
        void fivePointWithoutBandEdges() {
            MeasureRule m = rule(Polarity.LOWER_IS_BETTER, "80").scheme(RagScheme.FIVE_POINT).build();

            assertThatThrownBy(() -> engine.rag(m, 2, d("85"), true, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("FIVE_POINT");
        }

        @Test
        void reportedEvenWhenTheValueIsMissing() {
            MeasureRule m = rule(Polarity.HIGHER_IS_BETTER, "80").scheme(RagScheme.TOLERANCE).build();

            assertThatThrownBy(() -> engine.rag(m, 2, null, true, EDGES))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("TOLERANCE");
        }
    }

    @Nested
    class BandEdgeSetting {

        @Test
        void theDefaultIsFiveTenFifteen() {
            assertThat(BandEdges.DEFAULT.e1()).isEqualByComparingTo("5");
            assertThat(BandEdges.DEFAULT.e2()).isEqualByComparingTo("10");
            assertThat(BandEdges.DEFAULT.e3()).isEqualByComparingTo("15");
            assertThat(BandEdges.DEFAULT).hasToString("5;10;15");
        }

        @ParameterizedTest(name = "\"{0}\" reads as {1} {2} {3}, written \"{4}\"")
        @CsvSource(delimiter = '|', value = {
                "5;10;15              | 5   | 10  | 15   | 5;10;15",
                "' 2.5 ; 7.5 ; 12.5 ' | 2.5 | 7.5 | 12.5 | 2.5;7.5;12.5",
                "5.0;10.00;15         | 5   | 10  | 15   | 5;10;15",
                "1;2;100              | 1   | 2   | 100  | 1;2;100",
                "0.5;1;1.5            | 0.5 | 1   | 1.5  | 0.5;1;1.5",
        })
        void parsesAndWritesBack(String text, BigDecimal e1, BigDecimal e2, BigDecimal e3,
                                 String written) {
            BandEdges edges = BandEdges.parse(text);

            assertThat(edges.e1()).isEqualByComparingTo(e1);
            assertThat(edges.e2()).isEqualByComparingTo(e2);
            assertThat(edges.e3()).isEqualByComparingTo(e3);
            assertThat(edges).hasToString(written);
            assertThat(BandEdges.parse(edges.toString())).isEqualTo(BandEdges.parse(written));
        }

        @Test
        void theDefaultReadsBack() {
            assertThat(BandEdges.parse("5;10;15")).isEqualTo(BandEdges.DEFAULT);
        }

        @ParameterizedTest(name = "\"{0}\"")
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "5;10", "5;10;15;20", "5;10;", ";10;15", "10;5;15", "5;5;15",
                "5;15;15", "5;20;15", "0;10;15", "-5;10;15", "a;10;15", "5;ten;15", "5,10,15",
                "5 10 15"})
        void refusesBadSettingsWithAClearMessage(String text) {
            assertThatThrownBy(() -> BandEdges.parse(text))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Band edges must be three increasing positive percentages"
                            + " separated by semicolons, like \"5;10;15\"");
        }

        @Test
        void theMessageNamesTheBadPart() {
            assertThatThrownBy(() -> BandEdges.parse("5;ten;15"))
                    .hasMessageEndingWith("\"ten\" in \"5;ten;15\" is not a number");
            assertThatThrownBy(() -> BandEdges.parse("10;5;15"))
                    .hasMessageEndingWith("got 10;5;15");
        }

        @Test
        void theConstructorChecksTheOrderToo() {
            assertThatThrownBy(() -> new BandEdges(d("10"), d("5"), d("15")))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new BandEdges(d("5"), d("10"), null))
                    .isInstanceOf(NullPointerException.class);
        }
    }
}
