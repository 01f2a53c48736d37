package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.framework.io.FrameworkRow;
import uk.quarterlyreturns.framework.io.Numbered;
import uk.quarterlyreturns.framework.io.ValueRow;

/**
 * The one rule the values feed and a return's upload apply to each row: due in the quarter, a true ratio, and a
 * figure its unit can have.
 */
class QuarterFigureRuleTest {

    private static final Measure ANNUAL_IN_Q3 = measure(Frequency.ANNUAL, 3);
    private static final Measure QUARTERLY = measure(Frequency.QUARTERLY, 4);

    @Test
    void anAnnualMeasuresFigureIsRefusedOutsideItsDueQuarterOnTheCodeNamingTheRow() {
        for (int quarter : new int[] {1, 2, 4}) {
            assertThat(QuarterFigureRule.problem(row("40", null, null), ANNUAL_IN_Q3, quarter)).contains(
                    new ImportError(5, "code", "M1 is not due in Q" + quarter
                            + ": it is an annual measure, reported in Q3 only"));
        }
        assertThat(QuarterFigureRule.problem(row("40", null, null), ANNUAL_IN_Q3, 3)).isEmpty();
    }

    @Test
    void aQuarterlyMeasureIsDueInEveryQuarter() {
        for (int quarter = 1; quarter <= 4; quarter++) {
            assertThat(QuarterFigureRule.isDue(QUARTERLY, quarter)).isTrue();
            assertThat(QuarterFigureRule.problem(row("40", null, null), QUARTERLY, quarter)).isEmpty();
        }
    }

    @Test
    void aDueFiguresValueThatIsNotItsRatioIsRefusedOnTheValue() {
        assertThat(QuarterFigureRule.problem(row("90", "380", "664"), QUARTERLY, 2)).hasValueSatisfying(error -> {
            assertThat(error.row()).isEqualTo(5);
            assertThat(error.column()).isEqualTo("value");
            assertThat(error.message()).contains("380 / 664");
        });
        assertThat(QuarterFigureRule.problem(row("57.2", "380", "664"), QUARTERLY, 2)).isEmpty();
    }

    @Test
    void aPercentageOver100OrBelow0IsRefusedOnTheValueSayingWhatItsRatioMakes() {
        assertThat(QuarterFigureRule.problem(row("100.5", null, null), QUARTERLY, 2))
                .contains(new ImportError(5, "value", "A percentage must be between 0 and 100"));
        assertThat(QuarterFigureRule.problem(row("-1", null, null), QUARTERLY, 2))
                .contains(new ImportError(5, "value", "A percentage must be between 0 and 100"));
        assertThat(QuarterFigureRule.problem(new Numbered<>(5, new ValueRow("M1", null, null, new BigDecimal("700"),
                new BigDecimal("664"))), QUARTERLY, 2)).contains(new ImportError(5, "value",
                "A percentage must be between 0 and 100 (700 / 664 makes 105.4)"));
        assertThat(QuarterFigureRule.problem(row("100", "664", "664"), QUARTERLY, 2)).isEmpty();
    }

    private static Numbered<ValueRow> row(String value, String numerator, String denominator) {
        return new Numbered<>(5, new ValueRow("M1", new BigDecimal(value), null,
                numerator == null ? null : new BigDecimal(numerator),
                denominator == null ? null : new BigDecimal(denominator)));
    }

    private static Measure measure(Frequency frequency, int dueQuarter) {
        return new Measure(1, 1, 1, new FrameworkRow("M1", "Measure", "People", "Children", "Resilient",
                Unit.of("%"), Polarity.HIGHER_IS_BETTER, frequency, Aggregation.SNAPSHOT, Target.NO_TARGET, null,
                null, RagScheme.NONE, null, null, dueQuarter, FrameworkRow.DEFAULT_PROFILE, null, null, 1));
    }
}
