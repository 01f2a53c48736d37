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
 * An annual measure has one figure a year, so its direction of travel is against last year's figure (its outturn,
 * else last year's figure in the same quarter), never against an earlier quarter of this year, which it has not.
 */
class AnnualDirectionTest {

    private static final String CSV = """
            code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,floor,tolerance_pct,rag_scheme,due_quarter
            A-1,Residents satisfied with their area,D,S,T,PERCENT,HIGHER_IS_BETTER,ANNUAL,SNAPSHOT,70,,10,TOLERANCE,2
            """;

    private final QuarterMeasures rating = new QuarterMeasures(null, null);
    private final ReportingYear year = new ReportingYear(1, "2017-18", LocalDate.of(2017, 4, 1),
            BandEdges.DEFAULT);
    private final Measure measure = new Measure(1, 1, 1, FrameworkFileParser.parse(
            TabularFile.read(CSV.getBytes(StandardCharsets.UTF_8), "f.csv")).get(0));

    @Test
    void againstLastYearsOutturn() {
        MeasureStatus s = rating.rate(year, 2, true, measure, List.of(value(2, "72")),
                List.of(new HistoryEntry(1, "2016-17", null, new BigDecimal("68")),
                        new HistoryEntry(1, "2015-16", null, new BigDecimal("75"))));
        assertThat(s.direction()).isEqualTo(Direction.IMPROVED);
    }

    @Test
    void againstLastYearsFigureInTheSameQuarterWhenThereIsNoOutturn() {
        MeasureStatus s = rating.rate(year, 2, true, measure, List.of(value(2, "72")),
                List.of(new HistoryEntry(1, "2016-17", 2, new BigDecimal("74"))));
        assertThat(s.direction()).isEqualTo(Direction.WORSENED);
    }

    @Test
    void noComparisonWithAnOutturnPublishedInAnotherUnitOrWithoutAny() {
        MeasureStatus otherUnit = rating.rate(year, 2, true, measure, List.of(value(2, "72")),
                List.of(new HistoryEntry(1, "2016-17", null, new BigDecimal("68"), Unit.COUNT)));
        assertThat(otherUnit.direction()).isNull();
        assertThat(rating.rate(year, 2, true, measure, List.of(value(2, "72")), List.of()).direction()).isNull();
    }

    private static QuarterValue value(int quarter, String figure) {
        return new QuarterValue(1, quarter, new BigDecimal(figure), null, null, null, null, null, null, null,
                null, null, null, 0);
    }
}
