package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.framework.io.FrameworkRow;

class OutturnTest {

    private static FrameworkRow measure(Frequency frequency, Aggregation aggregation, int dueQuarter) {
        return new FrameworkRow("M1", "Measure", "Place", "Waste", "Green", Unit.of("tonnes"),
                Polarity.HIGHER_IS_BETTER, frequency, aggregation, Target.NO_TARGET, null, null, RagScheme.NONE,
                null, null, dueQuarter, FrameworkRow.DEFAULT_PROFILE, null, null, 0);
    }

    private static List<BigDecimal> quarters(String... values) {
        return Arrays.stream(values).map(v -> v == null ? null : new BigDecimal(v)).toList();
    }

    @Test
    void aSnapshotsOutturnIsItsLatestQuarter() {
        FrameworkRow snapshot = measure(Frequency.QUARTERLY, Aggregation.SNAPSHOT, 4);
        assertThat(Outturn.of(snapshot, quarters("10", "12", "11", "14"))).isEqualByComparingTo("14");
        assertThat(Outturn.of(snapshot, quarters("10", "12", null, null))).isEqualByComparingTo("12");
        assertThat(Outturn.of(snapshot, quarters(null, null, null, null))).isNull();
    }

    @Test
    void aCumulativeOutturnIsTheTotalOfItsQuarters() {
        FrameworkRow cumulative = measure(Frequency.QUARTERLY, Aggregation.CUMULATIVE, 4);
        assertThat(Outturn.of(cumulative, quarters("5200", "5100", null, "4000"))).isEqualByComparingTo("14300");
    }

    @Test
    void aCumulativeOutturnIsTheYearToDateTheFourthQuarterWasJudgedOn() {
        FrameworkRow cumulative = measure(Frequency.QUARTERLY, Aggregation.CUMULATIVE, 4);
        List<BigDecimal> typed = quarters("10.4", "10.4", "10.4", "10.4");
        // kept to 0 places: the Q4 report printed "10 (40 cum)" and judged 40; next year's tables must say 40, not 42
        assertThat(Outturn.of(cumulative, typed)).isEqualByComparingTo(new RagEngine().judgedValue(
                new Measure(1, 1, 1, cumulative).rule(), 4, typed).orElseThrow()).isEqualByComparingTo("40");
    }

    @Test
    void anAnnualOutturnIsItsDueQuartersFigure() {
        FrameworkRow annual = measure(Frequency.ANNUAL, Aggregation.SNAPSHOT, 2);
        assertThat(Outturn.of(annual, quarters(null, "69", null, "70"))).isEqualByComparingTo("69");
        assertThat(Outturn.of(annual, quarters("69", null, null, null))).isNull();
    }

    @Test
    void aSnapshotsOutturnIsSettledByItsFourthQuarterACumulativeOnesByEveryQuarter() {
        FrameworkRow snapshot = measure(Frequency.QUARTERLY, Aggregation.SNAPSHOT, 4);
        assertThat(Outturn.settled(snapshot, quarters(null, "12", "11", "14"))).isTrue();
        assertThat(Outturn.settled(snapshot, quarters("10", "12", "11", null))).isFalse();
        FrameworkRow cumulative = measure(Frequency.QUARTERLY, Aggregation.CUMULATIVE, 4);
        assertThat(Outturn.settled(cumulative, quarters(null, "5100", "5000", "4000"))).isFalse();
        assertThat(Outturn.settled(cumulative, quarters("5200", "5100", "5000", "4000"))).isTrue();
        FrameworkRow annual = measure(Frequency.ANNUAL, Aggregation.SNAPSHOT, 2);
        assertThat(Outturn.settled(annual, quarters(null, "69", null, null))).isTrue();
        assertThat(Outturn.settled(annual, quarters(null, null, null, "70"))).isFalse();
    }

    /** Next year's report marks last year's outturn by the figures it is made from, and only those. */
    @Test
    void aSnapshotsOutturnIsMarkedByItsLastQuarterOnly() {
        FrameworkRow snapshot = measure(Frequency.QUARTERLY, Aggregation.SNAPSHOT, 4);
        List<BigDecimal> year = quarters("10", "20", "30", "40");
        assertThat(OutturnMark.of(snapshot, year, Set.of(4), Set.of())).isEqualTo("p");
        assertThat(OutturnMark.of(snapshot, year, Set.of(2), Set.of(1))).isNull();
        assertThat(OutturnMark.of(snapshot, year, Set.of(), Set.of(4))).isEqualTo("r");
        assertThat(OutturnMark.of(snapshot, quarters("10", "20", null, null), Set.of(2), Set.of()))
                .as("a year with no Q4 yet: its latest quarter").isEqualTo("p");
    }

    @Test
    void aCumulativeOutturnIsMarkedByAnyQuarterAndAnAnnualOneByItsDueQuarter() {
        FrameworkRow cumulative = measure(Frequency.QUARTERLY, Aggregation.CUMULATIVE, 4);
        List<BigDecimal> year = quarters("10", "20", "30", "40");
        assertThat(OutturnMark.of(cumulative, year, Set.of(2), Set.of(4))).as("still provisional first").isEqualTo("p");
        assertThat(OutturnMark.of(cumulative, year, Set.of(), Set.of(1))).isEqualTo("r");
        assertThat(OutturnMark.of(cumulative, year, Set.of(), Set.of())).isNull();
        FrameworkRow annual = measure(Frequency.ANNUAL, Aggregation.SNAPSHOT, 4);
        assertThat(OutturnMark.of(annual, year, Set.of(4), Set.of())).isEqualTo("p");
        assertThat(OutturnMark.of(annual, year, Set.of(3), Set.of(2))).isNull();
    }
}
