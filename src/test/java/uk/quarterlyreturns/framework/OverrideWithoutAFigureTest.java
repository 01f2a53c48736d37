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
 * Green in the summary counts.
 */
class OverrideWithoutAFigureTest {

    private static final String CSV = """
            code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,floor,tolerance_pct,rag_scheme,due_quarter
            P-1,Repairs on time,D,S,T,PERCENT,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,80,,10,TOLERANCE,
            P-2,Net additional homes,D,S,T,COUNT,HIGHER_IS_BETTER,ANNUAL,SNAPSHOT,1730,,10,TOLERANCE,4
            """;

    private final QuarterMeasures rating = new QuarterMeasures(null, null);
    private final ReportingYear year = new ReportingYear(1, "2017-18", LocalDate.of(2017, 4, 1),
            BandEdges.DEFAULT);
    private final List<FrameworkRow> rows = FrameworkFileParser.parse(
            TabularFile.read(CSV.getBytes(StandardCharsets.UTF_8), "f.csv"));
    private final Measure repairs = new Measure(1, 1, 1, rows.get(0));
    private final Measure homes = new Measure(2, 1, 1, rows.get(1));
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

    private static QuarterValue value(long measureId, int quarter, String figure, String notAvailable,
            RagOverride override) {
        return new QuarterValue(measureId, quarter, figure == null ? null : new BigDecimal(figure), null, null, null,
                null, null, null, notAvailable, override, null, null, 0);
    }
}
