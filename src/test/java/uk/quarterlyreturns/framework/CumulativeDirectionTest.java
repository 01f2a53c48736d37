package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.quarterlyreturns.framework.OneMeasure.figure;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A cumulative measure's own quarterly figures are seasonal, so its direction of travel is against the same quarter
 * last year; only when that is not known, against the quarter before, as any other measure's.
 */
class CumulativeDirectionTest {

    private static final String CSV = """
            code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,floor,tolerance_pct,rag_scheme
            C-1,New homes built,D,S,T,count,HIGHER_IS_BETTER,QUARTERLY,CUMULATIVE,400,,10,TOLERANCE
            """;

    private final OneMeasure measure = new OneMeasure(CSV);

    @Test
    void againstTheSameQuarterLastYear() {
        MeasureStatus s = measure.rate(2, List.of(figure(1, "120"), figure(2, "90")),
                List.of(new HistoryEntry(1, "2016-17", 2, new BigDecimal("80"))));
        assertThat(s.direction()).isEqualTo(Direction.IMPROVED);
        assertThat(s.comparedWith()).isEqualTo(new Comparison(new BigDecimal("80"), "Q2 2016/17",
                Comparison.SAME_QUARTER_LAST_YEAR));
    }

    @Test
    void againstTheQuarterBeforeWhenLastYearsIsNotKnown() {
        MeasureStatus s = measure.rate(2, List.of(figure(1, "120"), figure(2, "90")), List.of());
        assertThat(s.direction()).isEqualTo(Direction.WORSENED);
        assertThat(s.comparedWith()).isEqualTo(new Comparison(new BigDecimal("120"), "Q1 2017/18",
                Comparison.PREVIOUS_QUARTER));
    }
}
