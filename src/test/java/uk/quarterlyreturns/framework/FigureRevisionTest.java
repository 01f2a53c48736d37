package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.framework.FigureRevision.Decision;
import uk.quarterlyreturns.framework.io.FrameworkRow;

/** An earlier quarter's provisional figure, confirmed final or revised (with a reason) in a later quarter's return. */
class FigureRevisionTest {

    private static final BigDecimal REPORTED = new BigDecimal("74");

    @Test
    void onlyAProvisionalFigureOfAnEarlierQuarterWhoseReturnIsAcceptedIsOffered() {
        Measure quarterly = measure(Frequency.QUARTERLY, 4);
        assertThat(FigureRevision.offered(quarterly, 1, 2, stored(REPORTED, true), true)).isTrue();
        assertThat(FigureRevision.offered(quarterly, 1, 2, stored(REPORTED, true), false))
                .as("the earlier return is still in progress: changed there").isFalse();
        assertThat(FigureRevision.offered(quarterly, 1, 2, stored(REPORTED, false), true)).as("final").isFalse();
        assertThat(FigureRevision.offered(quarterly, 2, 2, stored(REPORTED, true), true)).as("this quarter").isFalse();
        assertThat(FigureRevision.offered(quarterly, 3, 2, stored(REPORTED, true), true)).as("a later one").isFalse();
        assertThat(FigureRevision.offered(quarterly, 1, 2, null, true)).isFalse();
        assertThat(FigureRevision.offered(measure(Frequency.ANNUAL, 4), 1, 2, stored(REPORTED, true), true))
                .as("not due in Q1").isFalse();
        assertThat(FigureRevision.offered(measure(Frequency.ANNUAL, 1), 1, 2, stored(REPORTED, true), true))
                .as("due in Q1").isTrue();
    }

    @Test
    void aRevisionNeedsItsFigureAndAReasonAndMustChangeTheFigure() {
        assertThat(revised("76", "Late returns counted").problem("HF-1")).isEmpty();
        assertThat(revised(null, "Late returns counted").problem("HF-1"))
                .contains("HF-1: the Q1 figure revised needs its final figure");
        assertThat(revised("76", "  ").problem("HF-1")).contains("HF-1: the Q1 figure revised needs a reason");
        assertThat(revised("74.0", "Checked").problem("HF-1"))
                .contains("HF-1: the Q1 figure is the one reported: confirm it instead");
    }

    @Test
    void confirmingKeepsTheFigureAndTakesNoReason() {
        FigureRevision confirmed = new FigureRevision(1, REPORTED, Decision.CONFIRMED, new BigDecimal("76"), "typed");
        assertThat(confirmed.problem("HF-1")).isEmpty();
        assertThat(confirmed.finalFigure()).isEqualTo(REPORTED);
        assertThat(confirmed.reason()).isNull();
        assertThat(confirmed.words(Unit.PERCENT, null)).isEqualTo("Q1 figure confirmed final (74%)");
    }

    @Test
    void aRevisionSaysFromWhatToWhatAndWhy() {
        FigureRevision f = revised("76", " Late returns counted ");
        assertThat(f.finalFigure()).isEqualTo(new BigDecimal("76"));
        assertThat(f.words(Unit.PERCENT, null)).isEqualTo("Q1 figure revised from 74% to 76%: Late returns counted");
    }

    private static FigureRevision revised(String value, String reason) {
        return new FigureRevision(1, REPORTED, Decision.REVISED, value == null ? null : new BigDecimal(value), reason);
    }

    private static QuarterValue stored(BigDecimal value, boolean provisional) {
        return new QuarterValue(1, 1, value, null, null, null, null, null, null, null, null, "data.housing", null, 1,
                provisional);
    }

    private static Measure measure(Frequency frequency, int dueQuarter) {
        return new Measure(1, 1, 1, new FrameworkRow("HF-1", "Repairs on time", "Economy", "Housing", "Ambitious",
                Unit.of("%"), Polarity.HIGHER_IS_BETTER, frequency, Aggregation.SNAPSHOT, Target.NO_TARGET, null, null,
                RagScheme.NONE, null, null, dueQuarter, FrameworkRow.DEFAULT_PROFILE, null, null, 1));
    }
}
