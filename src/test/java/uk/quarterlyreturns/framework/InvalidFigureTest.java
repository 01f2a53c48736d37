package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.io.FrameworkFileParser;

/** An invalid figure (150 for a percentage) is never given a RAG or a direction, nor takes an override. */
class InvalidFigureTest {

    private static final String CSV = """
            code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,floor,tolerance_pct,rag_scheme
            P-1,Repairs on time,D,S,T,PERCENT,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,80,,10,TOLERANCE
            """;

    private final QuarterMeasures rating = new QuarterMeasures(null, null, null, null);
    private final ReportingYear year = new ReportingYear(1, "2017-18", LocalDate.of(2017, 4, 1),
            BandEdges.DEFAULT);
    private final Measure measure = new Measure(1, 1, 1, FrameworkFileParser.parse(
            TabularFile.read(CSV.getBytes(StandardCharsets.UTF_8), "f.csv")).get(0));

    @Test
    void aValidFigureIsRatedAndGivenADirection() {
        MeasureStatus s = rating.rate(year, 2, false, measure, List.of(value(1, "70", null), value(2, "90", null)),
                List.of());
        assertThat(s.rag()).isEqualTo(Rag.GREEN);
        assertThat(s.direction()).isEqualTo(Direction.IMPROVED);
        assertThat(s.valueError()).isEmpty();
    }

    @Test
    void anInvalidFigureHasOnlyItsError() {
        RagOverride override = new RagOverride(Rag.GREEN, "dir", Instant.EPOCH, "Known good");
        MeasureStatus s = rating.rate(year, 2, false, measure,
                List.of(value(1, "70", null), value(2, "150", override)), List.of());
        assertThat(s.value()).isEqualByComparingTo("150");
        assertThat(s.rag()).isNull();
        assertThat(s.ragComputed()).isNull();
        assertThat(s.direction()).isNull();
        assertThat(s.valueError()).contains("A percentage must be between 0 and 100");

        MeasureStatus late = rating.rate(year, 2, true, measure, List.of(value(2, "-1", null)), List.of());
        assertThat(late.rag()).as("after the deadline it is still not a figure").isEqualTo(Rag.MISSING);
    }

    private static QuarterValue value(int quarter, String figure, RagOverride override) {
        return new QuarterValue(1, quarter, new BigDecimal(figure), null, null, null, null, null, null, null,
                override, null, null, 0);
    }
}
