package uk.quarterlyreturns.returns.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.base.security.Names;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.Direction;
import uk.quarterlyreturns.framework.Measure;
import uk.quarterlyreturns.framework.MeasureStatus;
import uk.quarterlyreturns.framework.QuarterValue;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.io.FrameworkFileParser;
import uk.quarterlyreturns.returns.Challenges;
import uk.quarterlyreturns.returns.ReturnTrail;
import uk.quarterlyreturns.returns.ReviewItem;

/** The quality check grid's cells in words, with the measure's unit and decimals as the form prints them. */
class ReviewCellsTest {

    private static final String CSV = """
            code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,floor,tolerance_pct,rag_scheme,decimals
            P-1,Repairs on time,D,S,T,%,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,80,,10,TOLERANCE,1
            M-1,Spend,D,S,T,£m,LOWER_IS_BETTER,QUARTERLY,SNAPSHOT,,,,NONE,1
            C-1,Households waiting,D,S,T,count,LOWER_IS_BETTER,QUARTERLY,SNAPSHOT,100,,10,TOLERANCE,0
            Y-1,Homes built,D,S,T,count,HIGHER_IS_BETTER,QUARTERLY,CUMULATIVE,100,,10,TOLERANCE,0
            A-1,Homes let,D,S,T,count,HIGHER_IS_BETTER,ANNUAL,CUMULATIVE,400,,10,TOLERANCE,0
            P-2,Calls answered in time,D,S,T,%,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,60,,10,TOLERANCE,2
            G-1,Grants secured,D,S,T,£,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,2000000,,10,TOLERANCE,0
            """;
    private static final Instant AT = Instant.parse("2017-10-20T09:00:00Z");

    @Test
    void figuresCarryTheUnitAndDecimalsAndTheChangeIsAgainstLastQuarter() {
        ReviewItem repairs = measure("P-1", "85", "70", 2, Direction.IMPROVED);
        assertThat(ReviewCells.value(repairs)).isEqualTo("85.0%");
        assertThat(ReviewCells.target(repairs)).isEqualTo("80.0%");
        assertThat(ReviewCells.change(repairs)).isEqualTo("+15.0 points");
        assertThat(ReviewCells.direction(repairs)).isEqualTo("↑ Improved");

        ReviewItem spend = measure("M-1", "1.2", "1.5", 2, null);
        assertThat(ReviewCells.value(spend)).isEqualTo("£1.2m");
        assertThat(ReviewCells.target(spend)).isEqualTo("No target");
        assertThat(ReviewCells.change(spend)).isEqualTo("-£0.3m");
        assertThat(ReviewCells.direction(spend)).isEqualTo("No comparison");

        assertThat(ReviewCells.change(measure("C-1", "90", "90", 2, Direction.UNCHANGED))).isEqualTo("0");
        assertThat(ReviewCells.change(measure("C-1", "90", null, 2, null))).isEqualTo("No comparison");
        assertThat(ReviewCells.change(measure("C-1", "90", null, 1, null))).isEqualTo("No comparison");
        assertThat(ReviewCells.change(measure("C-1", "90", "60", 1, Direction.IMPROVED))).isEqualTo("+30");
    }

    /**
     * The change is worked out from the figures as the grid prints them, at the measure's decimals: two that both read
     * 60.00% have not changed, and 60.00% to 60.01% is a change of 0.01 points, not "+0.00".
     */
    @Test
    void theChangeIsBetweenTheFiguresAsShown() {
        ReviewItem same = measure("P-2", "60.004", "59.996", 2, Direction.UNCHANGED);
        assertThat(ReviewCells.value(same)).isEqualTo("60.00%");
        assertThat(ReviewCells.change(same)).isEqualTo("0.00 points");

        ReviewItem up = measure("P-2", "60.006", "60.004", 2, Direction.IMPROVED);
        assertThat(ReviewCells.value(up)).isEqualTo("60.01%");
        assertThat(ReviewCells.change(up)).isEqualTo("+0.01 points");
    }

    /** Money reads as the report prints it ("£1.7m"), its target and its change too. */
    @Test
    void moneyIsInTheReportsScale() {
        ReviewItem grants = measure("G-1", "1700000", "1500000", 2, Direction.IMPROVED);
        assertThat(ReviewCells.value(grants)).isEqualTo("£1.7m");
        assertThat(ReviewCells.target(grants)).isEqualTo("£2m");
        assertThat(ReviewCells.change(grants)).isEqualTo("+£0.2m");
        assertThat(ReviewCells.change(measure("G-1", "1700000", "1650000", 2, Direction.IMPROVED)))
                .isEqualTo("+£50k");
    }

    /**
     * The target is printed at least as precisely as it was judged against: households waiting (lower is better, whole
     * numbers) at 63 against a target to date of 62.5 are Amber, and "63" beside a target printed "63" would read as on
     * target. A target as round as the measure's decimals still prints at them ("80.0%").
     */
    @Test
    void aTargetFinerThanTheMeasuresDecimalsIsPrintedAsItWasJudged() {
        ReviewItem waiting = measure("C-1", "63", null, 1, null, "62.5");
        assertThat(ReviewCells.value(waiting)).isEqualTo("63");
        assertThat(ReviewCells.target(waiting)).isEqualTo("62.5");
        assertThat(ReviewCells.target(measure("P-1", "85", null, 1, null, "80"))).isEqualTo("80.0%");
        assertThat(ReviewCells.target(measure("P-2", "60", null, 1, null, "60.125"))).isEqualTo("60.125%");
    }

    /** A year to date without Q1's figure says so, as the report prints it, not as if it were the year's so far. */
    @Test
    void aYearToDateLackingAQuarterNamesIt() {
        assertThat(ReviewCells.value(measure("Y-1", "30", null, 2, null))).isEqualTo("30 (30 cum to date, Q1 missing)");
    }

    /** An annual measure's one figure is the year's, cumulative or not: no year to date is printed beside it. */
    @Test
    void anAnnualMeasureMarkedCumulativePrintsItsOwnFigureAlone() {
        assertThat(ReviewCells.value(measure("A-1", "365", "250", 4, null))).isEqualTo("365");
    }

    @Test
    void aKeyActionHasNoFiguresAndItsWordsAreShortenedWithTheChallengeState() {
        String long100 = "The hub opened on 4 September after the lease was signed; staff moved from the civic"
                + " centre in two weeks.";
        ReturnTrail.Event challenge = new ReturnTrail.Event(1, 1, AT, "perf", Challenges.KIND, "K-1", null, null,
                "Was it open by September?");
        ReviewItem action = new ReviewItem(ReviewItem.Kind.KEY_ACTION, "K-1", "Open the hub", null, Rag.GREEN,
                long100, null, null, false, null, null, List.of(challenge), Set.of(ReviewItem.Flag.CHALLENGE), true,
                Names.NONE);
        assertThat(ReviewCells.value(action)).isEqualTo("–");
        assertThat(ReviewCells.direction(action)).isEqualTo("No comparison");
        assertThat(ReviewCells.narrative(action)).isEqualTo(long100);
        assertThat(ReviewCells.shortened(ReviewCells.narrative(action)))
                .isEqualTo("The hub opened on 4 September after the lease was signed; staff moved from the…");
        assertThat(ReviewCells.shortened("Short enough")).isEqualTo("Short enough");
        assertThat(ReviewCells.challenge(action)).isEqualTo("Open: Was it open by September?");
        assertThat(ReviewCells.flags(action)).isEqualTo("Challenged");
        ReviewItem sentBackWith = new ReviewItem(ReviewItem.Kind.KEY_ACTION, "K-1", "Open the hub", null, Rag.GREEN,
                long100, null, null, false, null, null, List.of(challenge), Set.of(ReviewItem.Flag.CHALLENGE), false,
                Names.NONE);
        assertThat(ReviewCells.challenge(sentBackWith)).isEqualTo("From an earlier version: Was it open by September?");

        ReturnTrail.Event answer = new ReturnTrail.Event(2, 1, AT, "data.housing", Challenges.ANSWER, "K-1", null,
                null, "Yes, on 4 September");
        ReviewItem answered = new ReviewItem(ReviewItem.Kind.KEY_ACTION, "K-1", "Open the hub", null, Rag.GREEN,
                "Opened", "Late lease", "None", false, null, null, List.of(challenge, answer), Set.of(), false,
                new Names(Map.of("data.housing", "Lucy Wade")));
        assertThat(ReviewCells.challenge(answered)).isEqualTo("Answered by Lucy Wade: Yes, on 4 September");
        assertThat(ReviewCells.narrative(answered)).isEqualTo("Opened Reasons: Late lease Actions planned: None");
    }

    private static ReviewItem measure(String code, String value, String previous, int quarter, Direction direction) {
        return measure(code, value, previous, quarter, direction, null);
    }

    /** @param judgedAgainst the target the RAG judged the figure against; null for the year's */
    private static ReviewItem measure(String code, String value, String previous, int quarter, Direction direction,
            String judgedAgainst) {
        Measure m = FrameworkFileParser.parse(TabularFile.read(CSV.getBytes(StandardCharsets.UTF_8), "f.csv"))
                .stream().filter(r -> r.code().equals(code)).map(r -> new Measure(1, 1, 1, r)).findFirst()
                .orElseThrow();
        BigDecimal v = new BigDecimal(value);
        BigDecimal target = judgedAgainst == null ? m.definition().target().value() : new BigDecimal(judgedAgainst);
        QuarterValue entry = new QuarterValue(1, quarter, v, null, null, null, null, null, null, null, null, "o", AT, 1);
        BigDecimal before = previous == null ? null : new BigDecimal(previous);
        BigDecimal[] own = new BigDecimal[4];
        own[quarter - 1] = v;
        if (quarter > 1) {
            own[quarter - 2] = before;
        }
        MeasureStatus status = new MeasureStatus(m, quarter, v, v, target, Rag.GREEN, null, direction, null,
                Arrays.asList(own), before, entry); // in Q1 the previous quarter is last year's Q4
        return new ReviewItem(ReviewItem.Kind.MEASURE, code, m.title(), status, Rag.GREEN, null, null, null, false,
                null, null, List.of(), Set.of(), false, Names.NONE);
    }
}
