package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.io.FrameworkFileParser;

/**
 * A cumulative measure's own quarterly figures are seasonal, so its direction of travel is against the same quarter
 * last year; only when that is not known, against the quarter before, as any other measure's.
 */
class CumulativeDirectionTest {

    private static final String CSV = """
            code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,floor,tolerance_pct,rag_scheme
            C-1,New homes built,D,S,T,count,HIGHER_IS_BETTER,QUARTERLY,CUMULATIVE,400,,10,TOLERANCE
            """;

    private final QuarterMeasures rating = new QuarterMeasures(null, null);
    private final ReportingYear year = new ReportingYear(1, "2017-18", LocalDate.of(2017, 4, 1),
            BandEdges.DEFAULT);
    private final Measure measure = new Measure(1, 1, 1, FrameworkFileParser.parse(
            TabularFile.read(CSV.getBytes(StandardCharsets.UTF_8), "f.csv")).get(0));

    @Test
    void againstTheSameQuarterLastYear() {
        MeasureStatus s = rating.rate(year, 2, true, measure, List.of(value(1, "120"), value(2, "90")),
                List.of(new HistoryEntry(1, "2016-17", 2, new BigDecimal("80"))));
        assertThat(s.direction()).isEqualTo(Direction.IMPROVED);
        assertThat(s.comparedWith()).isEqualTo(new Comparison(new BigDecimal("80"), "Q2 2016/17",
                Comparison.SAME_QUARTER_LAST_YEAR));
    }

    @Test
    void againstTheQuarterBeforeWhenLastYearsIsNotKnown() {
        MeasureStatus s = rating.rate(year, 2, true, measure, List.of(value(1, "120"), value(2, "90")), List.of());
        assertThat(s.direction()).isEqualTo(Direction.WORSENED);
        assertThat(s.comparedWith()).isEqualTo(new Comparison(new BigDecimal("120"), "Q1 2017/18",
                Comparison.PREVIOUS_QUARTER));
    }

    private static QuarterValue value(int quarter, String figure) {
        return new QuarterValue(1, quarter, new BigDecimal(figure), null, null, null, null, null, null, null,
                null, null, null, 0);
    }
}
