package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MeasureRuleTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void theBuilderUsesTheFrameworkFilesDefaults() {
        MeasureRule m = MeasureRule.builder(Polarity.LOWER_IS_BETTER).build();

        assertThat(m.polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
        assertThat(m.frequency()).isEqualTo(Frequency.QUARTERLY);
        assertThat(m.dueQuarter()).isEqualTo(4);
        assertThat(m.aggregation()).isEqualTo(Aggregation.SNAPSHOT);
        assertThat(m.target()).isEqualTo(Target.NO_TARGET);
        assertThat(m.floor()).isNull();
        assertThat(m.tolerancePct()).isNull();
        assertThat(m.scheme()).isEqualTo(RagScheme.NONE);
        assertThat(m.profilePct()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("25"), d("50"), d("75"), d("100"));
        assertThat(m.lowerThreshold()).isNull();
        assertThat(m.upperThreshold()).isNull();
        assertThat(m.decimals()).isEqualTo(2);
    }

    @Test
    void theBuilderSetsEverything() {
        MeasureRule m = MeasureRule.builder(Polarity.HIGHER_IS_BETTER).annual(3).cumulative()
                .target(d("250")).floor(d("200")).tolerancePct(d("10")).scheme(RagScheme.TOLERANCE)
                .profilePct(List.of(d("10"), d("40"), d("70"), d("100")))
                .thresholds(d("100"), d("200")).decimals(1).build();

        assertThat(m).isEqualTo(new MeasureRule(Polarity.HIGHER_IS_BETTER, Frequency.ANNUAL, 3,
                Aggregation.CUMULATIVE, Target.of(d("250")), d("200"), d("10"), RagScheme.TOLERANCE,
                List.of(d("10"), d("40"), d("70"), d("100")), d("100"), d("200"), 1));
    }

    @Test
    void aNullProfileMeansTheDefault() {
        MeasureRule m = new MeasureRule(Polarity.HIGHER_IS_BETTER, Frequency.QUARTERLY, 4,
                Aggregation.CUMULATIVE, Target.NO_TARGET, null, null, RagScheme.NONE, null, null, null, 2);

        assertThat(m.profilePct()).isEqualTo(MeasureRule.DEFAULT_PROFILE);
    }

    @Test
    void theProfileCannotBeChangedAfterwards() {
        List<BigDecimal> profile = new ArrayList<>(List.of(d("10"), d("40"), d("70"), d("100")));
        MeasureRule m = MeasureRule.builder(Polarity.HIGHER_IS_BETTER).profilePct(profile).build();

        profile.set(1, d("99"));

        assertThat(m.profilePct().get(1)).isEqualByComparingTo("40");
        assertThatThrownBy(() -> m.profilePct().set(1, d("99")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest(name = "due quarter {0}")
    @ValueSource(ints = {0, 5})
    void dueQuarterIsOneToFour(int dueQuarter) {
        assertThatThrownBy(() -> MeasureRule.builder(Polarity.HIGHER_IS_BETTER).annual(dueQuarter).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("due quarter must be 1-4");
    }

    @Test
    void refusesBadSettings() {
        MeasureRule.Builder ok = MeasureRule.builder(Polarity.HIGHER_IS_BETTER);
        assertThatThrownBy(() -> ok.profilePct(List.of(d("25"), d("50"), d("100"))).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("four percentages");
        assertThatThrownBy(() -> MeasureRule.builder(Polarity.HIGHER_IS_BETTER)
                .profilePct(List.of(d("-25"), d("50"), d("75"), d("100"))).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> MeasureRule.builder(Polarity.HIGHER_IS_BETTER)
                .tolerancePct(d("-1")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tolerance");
        assertThatThrownBy(() -> MeasureRule.builder(Polarity.HIGHER_IS_BETTER)
                .thresholds(d("200"), d("100")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threshold");
        assertThatThrownBy(() -> MeasureRule.builder(Polarity.HIGHER_IS_BETTER).decimals(-1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decimals");
        assertThatThrownBy(() -> MeasureRule.builder(null).build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("polarity");
    }
}
