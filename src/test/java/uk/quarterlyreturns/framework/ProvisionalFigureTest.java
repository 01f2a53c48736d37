package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.framework.io.FrameworkRow;

/** Only a figure given for a measure due in the quarter can be provisional. */
class ProvisionalFigureTest {

    private static final BigDecimal FIGURE = new BigDecimal("12.5");

    @Test
    void aFigureMarkedProvisionalIsProvisional() {
        assertThat(new MeasureEntry(FIGURE, null, null, null, null, null, true).provisional()).isTrue();
        assertThat(ProvisionalFigure.of(annualIn(2), 2, stored(FIGURE, true))).isTrue();
    }

    @Test
    void clearingTheFigureClearsTheMark() {
        assertThat(new MeasureEntry(null, null, null, null, null, null, true).provisional()).isFalse();
    }

    @Test
    void aFigureNotAvailableIsNotProvisional() {
        MeasureEntry entry = new MeasureEntry(null, null, null, null, "The system was replaced", null, true);
        assertThat(entry.notAvailableReason()).isEqualTo("The system was replaced");
        assertThat(entry.provisional()).isFalse();
    }

    @Test
    void aMeasureNotDueHasNoProvisionalFigure() {
        // a mark kept from before the framework moved the measure's due quarter is not printed
        assertThat(ProvisionalFigure.of(annualIn(3), 2, stored(FIGURE, true))).isFalse();
        assertThat(ProvisionalFigure.of(annualIn(2), 2, stored(null, true))).isFalse();
        assertThat(ProvisionalFigure.of(annualIn(2), 2, stored(FIGURE, false))).isFalse();
        assertThat(ProvisionalFigure.of(annualIn(2), 2, null)).isFalse();
    }

    @Test
    void anEntryWithoutTheMarkIsFinal() {
        assertThat(new MeasureEntry(FIGURE, null, null, null, null, null).provisional()).isFalse();
    }

    private static QuarterValue stored(BigDecimal value, boolean provisional) {
        return new QuarterValue(1, 2, value, null, null, null, null, null, null, null, null, "data.learning", null, 1,
                provisional);
    }

    private static Measure annualIn(int dueQuarter) {
        return new Measure(1, 1, 1, new FrameworkRow("2.5", "KS2 attainment, SEN support", "Children",
                "Learning", "Inclusive", Unit.of("%"), Polarity.HIGHER_IS_BETTER, Frequency.ANNUAL,
                Aggregation.SNAPSHOT, Target.NO_TARGET, null, null, RagScheme.NONE, null, null, dueQuarter,
                FrameworkRow.DEFAULT_PROFILE, null, null, 1));
    }
}
