package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.quarterlyreturns.framework.OneMeasure.figure;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An annual measure has one figure a year, so its direction of travel is against last year's figure (its outturn,
 * else last year's figure in the same quarter), never against an earlier quarter of this year, which it has not.
 */
class AnnualDirectionTest {

    private static final String CSV = """
            code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,floor,tolerance_pct,rag_scheme,due_quarter
            A-1,Residents satisfied with their area,D,S,T,PERCENT,HIGHER_IS_BETTER,ANNUAL,SNAPSHOT,70,,10,TOLERANCE,2
            """;

    private final OneMeasure measure = new OneMeasure(CSV);

    @Test
    void againstLastYearsOutturn() {
        MeasureStatus s = measure.rate(2, List.of(figure(2, "72")),
                List.of(new HistoryEntry(1, "2016-17", null, new BigDecimal("68")),
                        new HistoryEntry(1, "2015-16", null, new BigDecimal("75"))));
        assertThat(s.direction()).isEqualTo(Direction.IMPROVED);
    }

    @Test
    void againstLastYearsFigureInTheSameQuarterWhenThereIsNoOutturn() {
        MeasureStatus s = measure.rate(2, List.of(figure(2, "72")),
                List.of(new HistoryEntry(1, "2016-17", 2, new BigDecimal("74"))));
        assertThat(s.direction()).isEqualTo(Direction.WORSENED);
    }

    @Test
    void noComparisonWithAnOutturnPublishedInAnotherUnitOrWithoutAny() {
        MeasureStatus otherUnit = measure.rate(2, List.of(figure(2, "72")),
                List.of(new HistoryEntry(1, "2016-17", null, new BigDecimal("68"), Unit.COUNT)));
        assertThat(otherUnit.direction()).isNull();
        assertThat(measure.rate(2, List.of(figure(2, "72")), List.of()).direction()).isNull();
    }
}
