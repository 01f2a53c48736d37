package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.io.FrameworkFileParser;
import uk.quarterlyreturns.framework.io.FrameworkRow;

/**
 * A director overrides the RAG the rule computed from a figure. Missing and Not due are facts about the return,
 * not ratings: an override saved on a measure with no figure, or one not due this quarter, does not make it
 * Green in the summary counts. Nor does one kept on a measure that is never rated (no target, TBA, no RAG scheme).
 */
class OverrideWithoutAFigureTest {

    private static final String CSV = """
            code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,floor,tolerance_pct,rag_scheme,due_quarter
            P-1,Repairs on time,D,S,T,PERCENT,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,80,,10,TOLERANCE,
            P-2,Net additional homes,D,S,T,COUNT,HIGHER_IS_BETTER,ANNUAL,SNAPSHOT,1730,,10,TOLERANCE,4
            P-3,Volunteers in parks,D,S,T,COUNT,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,,,,NONE,
            P-4,Waste sent for reuse,D,S,T,PERCENT,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,TBA,,,FIVE_POINT,
            P-5,Fly-tips reported,D,S,T,COUNT,LOWER_IS_BETTER,QUARTERLY,SNAPSHOT,400,,,NONE,
            P-6,Library visits,D,S,T,COUNT,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,,,10,TOLERANCE,
            """;

    private final QuarterMeasures rating = new QuarterMeasures(null, null, null, null);
    private final ReportingYear year = new ReportingYear(1, "2017-18", LocalDate.of(2017, 4, 1),
            BandEdges.DEFAULT);
    private final List<FrameworkRow> rows = FrameworkFileParser.parse(
            TabularFile.read(CSV.getBytes(StandardCharsets.UTF_8), "f.csv"));
    private final Measure repairs = new Measure(1, 1, 1, rows.get(0));
    private final Measure homes = new Measure(2, 1, 1, rows.get(1));
    private final Measure volunteers = new Measure(3, 1, 1, rows.get(2));
    private final Measure reuse = new Measure(4, 1, 1, rows.get(3));
    private final Measure flyTips = new Measure(5, 1, 1, rows.get(4));
    private final Measure visits = new Measure(6, 1, 1, rows.get(5));
    private final RagOverride green = new RagOverride(Rag.GREEN, "dir", Instant.EPOCH, "We know it is fine");

    @Test
    void anOverrideChangesTheRagOfAFigure() {
        MeasureStatus s = rating.rate(year, 2, true, repairs, List.of(value(1, 2, "60", null, green)), List.of());
        assertThat(s.ragComputed()).isEqualTo(Rag.RED);
        assertThat(s.rag()).isEqualTo(Rag.GREEN);
        assertThat(s.overrideInEffect()).isEqualTo(green);
    }

    @Test
    void aMissingFigureStaysMissingWhateverTheOverride() {
        MeasureStatus s = rating.rate(year, 2, true, repairs, List.of(value(1, 2, null, null, green)), List.of());
        assertThat(s.rag()).isEqualTo(Rag.MISSING);
        assertThat(s.overrideInEffect()).isNull();

        MeasureStatus notAvailable = rating.rate(year, 2, true, repairs,
                List.of(value(1, 2, null, "The system was down", green)), List.of());
        assertThat(notAvailable.rag()).isEqualTo(Rag.MISSING);

        MeasureStatus notYet = rating.rate(year, 2, false, repairs, List.of(value(1, 2, null, null, green)), List.of());
        assertThat(notYet.rag()).as("before the deadline: not yet entered").isNull();
    }

    @Test
    void aMeasureNotDueStaysNotDueWhateverTheOverride() {
        MeasureStatus s = rating.rate(year, 2, true, homes, List.of(value(2, 2, "900", null, green)), List.of());
        assertThat(s.rag()).isEqualTo(Rag.NOT_DUE);
        assertThat(s.overrideInEffect()).isNull();
    }

    @Test
    void aMeasureWithNoComputedRagTakesNoOverrideAndSaysWhy() {
        for (Measure unrated : List.of(volunteers, reuse, flyTips, visits)) {
            MeasureStatus s = rating.rate(year, 2, true, unrated,
                    List.of(value(unrated.id(), 2, "40", null, green)), List.of());
            assertThat(s.rag()).as(unrated.code()).isEqualTo(Rag.NONE);
            assertThat(s.overrideInEffect()).as(unrated.code()).isNull();
            assertThat(s.nothingToOverride()).as(unrated.code()).isPresent();
            assertThat(s.notARating()).as(unrated.code() + ": nothing to choose again").isEmpty();
        }
        assertThat(OverrideRule.nothingToOverride(volunteers, 2)).hasValue(
                "P-3 is reported without a RAG, so there is no computed RAG to override");
        assertThat(OverrideRule.nothingToOverride(reuse, 2)).hasValue(
                "P-4's target is still to be agreed (TBA), so there is no computed RAG to override");
        assertThat(OverrideRule.nothingToOverride(visits, 2)).hasValue(
                "P-6 has no target, so there is no computed RAG to override");
        assertThat(OverrideRule.nothingToOverride(homes, 2)).hasValue(
                "P-2 is not due in Q2, so there is no computed RAG to override");
        assertThat(OverrideRule.nothingToOverride(homes, 4)).isEmpty();
        assertThat(OverrideRule.nothingToOverride(repairs, 2)).isEmpty();
    }

    /**
     * P-1's scheme became three-point (TOLERANCE) after its director saved an Amber/Green override in a return not yet
     * submitted: Amber/Green is none of its ratings, so the computed Red stands in every count, not "on track".
     */
    @Test
    void anOverrideThatIsNotARatingOfTheSchemeIsNotInEffect() {
        RagOverride amberGreen = new RagOverride(Rag.AMBER_GREEN, "dir", Instant.EPOCH, "Recovering");
        MeasureStatus s = rating.rate(year, 2, true, repairs, List.of(value(1, 2, "60", null, amberGreen)), List.of());
        assertThat(s.rag()).isEqualTo(Rag.RED);
        assertThat(s.overrideInEffect()).isNull();
        assertThat(s.notARating()).hasValueSatisfying(why -> assertThat(why).contains("Amber/Green is not one of"));
    }

    private static QuarterValue value(long measureId, int quarter, String figure, String notAvailable,
            RagOverride override) {
        return new QuarterValue(measureId, quarter, figure == null ? null : new BigDecimal(figure), null, null, null,
                null, null, null, notAvailable, override, null, null, 0);
    }
}
