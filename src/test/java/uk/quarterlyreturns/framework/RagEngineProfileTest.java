package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a quarter is judged on: the profiled target, and the quarter's value or year to date. */
class RagEngineProfileTest {

    private final RagEngine engine = new RagEngine();

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static List<BigDecimal> values(String... texts) {
        return Arrays.stream(texts).map(t -> t == null ? null : d(t)).toList();
    }

    @ParameterizedTest(name = "{0} target {1}, profile {2}, Q{3}: {4}")
    @CsvSource(delimiter = '|', value = {
            "SNAPSHOT   | 250   | 25;50;75;100   | 1 | 250",
            "SNAPSHOT   | 250   | 25;50;75;100   | 2 | 250",
            "SNAPSHOT   | 250   | 10;40;70;100   | 4 | 250",
            "CUMULATIVE | 250   | 25;50;75;100   | 1 | 62.5",
            "CUMULATIVE | 250   | 25;50;75;100   | 2 | 125",
            "CUMULATIVE | 250   | 25;50;75;100   | 3 | 187.5",
            "CUMULATIVE | 250   | 25;50;75;100   | 4 | 250",
            "CUMULATIVE | 13089 | 25;50;75;100   | 2 | 6544.5",
            "CUMULATIVE | 1000  | 10;40;70;100   | 1 | 100",
            "CUMULATIVE | 1000  | 10;40;70;100   | 2 | 400",
            "CUMULATIVE | 1000  | 10;40;70;100   | 3 | 700",
            "CUMULATIVE | 95    | 30;57;80;100   | 2 | 54.15",
            "CUMULATIVE | -40   | 25;50;75;100   | 3 | -30",
    })
    void profiledTarget(Aggregation aggregation, BigDecimal annual, String profile, int quarter,
                        BigDecimal expected) {
        MeasureRule m = MeasureRule.builder(Polarity.HIGHER_IS_BETTER).aggregation(aggregation)
                .target(annual).profilePct(values(profile.split(";"))).build();

        assertThat(engine.profiledTarget(m, quarter)).hasValueSatisfying(
                target -> assertThat(target).isEqualByComparingTo(expected));
    }

    @ParameterizedTest(name = "annual, cumulative, due in Q{0}: judged against the whole target")
    @CsvSource({"2", "4"})
    void anAnnualMeasuresFigureIsTheYearsAndMeetsTheWholeTarget(int dueQuarter) {
        MeasureRule m = MeasureRule.builder(Polarity.HIGHER_IS_BETTER).annual(dueQuarter).cumulative()
                .target(d("400")).floor(d("300")).scheme(RagScheme.TARGET_FLOOR)
                .profilePct(values("10", "20", "30", "90")).build();

        assertThat(engine.profiledTarget(m, dueQuarter)).hasValueSatisfying(
                target -> assertThat(target).isEqualByComparingTo("400"));
        BigDecimal judged = engine.judgedValue(m, dueQuarter, dueQuarter == 2
                ? values(null, "250", null, null) : values(null, null, null, "365")).orElseThrow();
        // 250 homes of the year's 400 is under the floor, not Green against a Q2 profile of 80
        assertThat(engine.rag(m, dueQuarter, judged, true, BandEdges.DEFAULT))
                .isEqualTo(dueQuarter == 2 ? Rag.RED : Rag.AMBER);
    }

    /** A figure held for another quarter (say before the framework made the measure annual) is not the year's. */
    @Test
    void anAnnualCumulativeMeasureIsJudgedOnItsOwnFigureNotASumOfQuarters() {
        MeasureRule m = MeasureRule.builder(Polarity.HIGHER_IS_BETTER).annual(4).cumulative()
                .target(d("400")).floor(d("300")).scheme(RagScheme.TARGET_FLOOR).build();
        List<BigDecimal> figures = values(null, "250", null, "365");

        assertThat(engine.judgedValue(m, 4, figures)).hasValueSatisfying(
                value -> assertThat(value).isEqualByComparingTo("365"));
        // 250 + 365 = 615 rated it Green against the year's 400
        assertThat(engine.ragOfFigures(m, 4, figures, true, BandEdges.DEFAULT)).isEqualTo(Rag.AMBER);
    }

    @Test
    void noProfiledTargetWithoutATarget() {
        for (Target target : List.of(Target.NO_TARGET, Target.TBA)) {
            MeasureRule m = MeasureRule.builder(Polarity.HIGHER_IS_BETTER).cumulative()
                    .target(target).build();
            assertThat(engine.profiledTarget(m, 2)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0} Q{1} of [{2}, {3}, {4}, {5}]: {6}")
    @CsvSource({
            "SNAPSHOT,   1, 62, 60,   ,   , 62",
            "SNAPSHOT,   2, 62, 60,   ,   , 60",
            "SNAPSHOT,   2,   , 60,   ,   , 60",
            "CUMULATIVE, 1, 62, 60,   ,   , 62",
            "CUMULATIVE, 2, 62, 60,   ,   , 122",
            "CUMULATIVE, 2,   , 60,   ,   , 60",    // Q1 never returned: the year to date is what is present
            "CUMULATIVE, 3, 62,   , 50,   , 112",
            "CUMULATIVE, 4, 1,  2,  3,  4,  10",
            "CUMULATIVE, 2, 1.7, 0.3, , ,   2.0",
            "CUMULATIVE, 2, -5, 3,    ,   , -2",
    })
    void judgedValue(Aggregation aggregation, int quarter, String q1, String q2, String q3, String q4,
                     BigDecimal expected) {
        MeasureRule m = MeasureRule.builder(Polarity.HIGHER_IS_BETTER).aggregation(aggregation).build();

        assertThat(engine.judgedValue(m, quarter, values(q1, q2, q3, q4))).hasValueSatisfying(
                value -> assertThat(value).isEqualByComparingTo(expected));
    }

    @ParameterizedTest(name = "{0}: no value for Q{1}")
    @CsvSource({"SNAPSHOT, 1", "SNAPSHOT, 3", "CUMULATIVE, 1", "CUMULATIVE, 3", "CUMULATIVE, 4"})
    void nothingToJudgeWhenTheQuartersOwnValueIsAbsent(Aggregation aggregation, int quarter) {
        MeasureRule m = MeasureRule.builder(Polarity.HIGHER_IS_BETTER).aggregation(aggregation).build();

        // only Q2 returned: a year to date of 62 at Q3 would be judged against Q3's profile
        assertThat(engine.judgedValue(m, quarter, values(null, "62", null, null))).isEmpty();
    }

    @Test
    void aShortListMeansTheLaterQuartersAreAbsent() {
        MeasureRule m = MeasureRule.builder(Polarity.HIGHER_IS_BETTER).cumulative().build();

        assertThat(engine.judgedValue(m, 2, values("62"))).isEmpty();
        assertThat(engine.judgedValue(m, 1, values("62"))).hasValueSatisfying(
                value -> assertThat(value).isEqualByComparingTo("62"));
    }

    @Test
    void moreThanFourQuartersIsRefused() {
        MeasureRule m = MeasureRule.builder(Polarity.HIGHER_IS_BETTER).build();

        assertThatThrownBy(() -> engine.judgedValue(m, 1, values("1", "2", "3", "4", "5")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("four quarters");
    }
}
