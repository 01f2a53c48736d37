package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.quarterlyreturns.framework.OneMeasure.figure;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one wording of a cumulative measure's year to date, with the quarters it lacks, and which those are. */
class YearToDateWordsTest {

    private static final String HEADER = "code,title,directorate,service,theme,unit,polarity,frequency,aggregation,"
            + "target,floor,tolerance_pct,rag_scheme,due_quarter\n";

    @Test
    void aYearToDateNamesTheQuartersItLacks() {
        assertThat(YearToDateWords.cum("122", List.of())).isEqualTo("122 cum");
        assertThat(YearToDateWords.cum("30", List.of(1))).isEqualTo("30 cum to date, Q1 missing");
        assertThat(YearToDateWords.cum("£2m", List.of(1, 3))).isEqualTo("£2m cum to date, Q1 and Q3 missing");
        assertThat(YearToDateWords.missing(List.of(1, 2, 3))).isEqualTo("Q1, Q2 and Q3 missing");
        assertThat(YearToDateWords.missing(List.of())).isEmpty();
    }

    @Test
    void theQuartersACumulativeYearToDateLacks() {
        OneMeasure measure = new OneMeasure(HEADER
                + "C-1,Homes built,D,S,T,count,HIGHER_IS_BETTER,QUARTERLY,CUMULATIVE,100,,10,TOLERANCE,\n");

        assertThat(measure.rate(3, List.of(figure(2, "20"), figure(3, "20")), List.of()).missingQuarters())
                .containsExactly(1);
        assertThat(measure.rate(4, List.of(figure(4, "20")), List.of()).missingQuarters()).containsExactly(1, 2, 3);
        assertThat(measure.rate(2, List.of(figure(1, "20"), figure(2, "20")), List.of()).missingQuarters())
                .isEmpty();
    }

    /** An annual measure's one figure is the year's, whatever the framework calls it; a snapshot stands alone. */
    @Test
    void noOtherMeasureLacksAQuarter() {
        OneMeasure annual = new OneMeasure(HEADER
                + "A-1,Homes built,D,S,T,count,HIGHER_IS_BETTER,ANNUAL,CUMULATIVE,100,,10,TOLERANCE,4\n");
        OneMeasure snapshot = new OneMeasure(HEADER
                + "S-1,Homes let,D,S,T,count,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,100,,10,TOLERANCE,\n");

        MeasureStatus year = annual.rate(4, List.of(figure(4, "95")), List.of());
        assertThat(year.missingQuarters()).isEmpty();
        assertThat(year.target()).isEqualByComparingTo("100");
        assertThat(snapshot.rate(2, List.of(figure(2, "95")), List.of()).missingQuarters()).isEmpty();
    }
}
