package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.quarterlyreturns.framework.OneMeasure.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A cumulative measure whose earlier quarter has no figure (its return never came in, or it was not available) is
 * judged on the year to date of the quarters in against those quarters' shares of the profiled target: Q1 missing
 * and Q2 = 30 of an annual 100 is judged against 25, not 50, which would rate it falsely Red.
 */
class MissingQuarterYearToDateTest {

    private static final String HEADER = "code,title,directorate,service,theme,unit,polarity,frequency,aggregation,"
            + "target,floor,tolerance_pct,rag_scheme,profile_q1,profile_q2,profile_q3,profile_q4\n";

    @ParameterizedTest(name = "{0}: Q{1} of [{2}, {3}, {4}] against {5}: {6}")
    @CsvSource(delimiter = '|', value = {
            // Q1 never returned: 30 against Q2's share of 25 (the whole profile to date, 50, rated it Red)
            "25;50;75;100 | 2 |    | 30 |    | 25 | GREEN",
            // Q2 missing at Q3: 25 + 25 against Q1's and Q3's shares, 25 + 25 (not 75)
            "25;50;75;100 | 3 | 25 |    | 25 | 50 | GREEN",
            // Q1 and Q2 missing at Q3: 20 against Q3's share of 25, short by 20%
            "25;50;75;100 | 3 |    |    | 20 | 25 | RED",
            // every quarter in: judged as ever, 45 against 50 is short by 10%, within the tolerance
            "25;50;75;100 | 2 | 25 | 20 |    | 50 | AMBER",
            // a profile of the council's own: Q2's share is 40 - 10 = 30
            "10;40;70;100 | 2 |    | 30 |    | 30 | GREEN",
            // 57 against 30 + 30: short by 5%, Amber (against the 70 to date it was Red)
            "10;40;70;100 | 3 |    | 30 | 27 | 60 | AMBER",
    })
    void judgedAgainstTheSharesOfTheQuartersIn(String profile, int quarter, String q1, String q2, String q3,
            BigDecimal target, Rag rag) {
        String[] p = profile.split(";");
        OneMeasure measure = new OneMeasure(HEADER + "C-1,Homes built,D,S,T,count,HIGHER_IS_BETTER,QUARTERLY,"
                + "CUMULATIVE,100,,10,TOLERANCE," + String.join(",", p) + "\n");

        MeasureStatus s = measure.rate(quarter, figures(q1, q2, q3), List.of());

        assertThat(s.target()).isEqualByComparingTo(target);
        assertThat(s.ragComputed()).isEqualTo(rag);
    }

    /** The floor standard is profiled to the quarters in like the target: 22 is between 25 and 20, so Amber. */
    @Test
    void theFloorIsProfiledLikeTheTarget() {
        OneMeasure measure = new OneMeasure(HEADER + "C-2,Homes built,D,S,T,count,HIGHER_IS_BETTER,QUARTERLY,"
                + "CUMULATIVE,100,80,,TARGET_FLOOR,25,50,75,100\n");

        MeasureStatus s = measure.rate(2, figures(null, "22", null), List.of());

        // against the whole profile to date (target 50, floor 40), 22 was under the floor: Red
        assertThat(s.ragComputed()).isEqualTo(Rag.AMBER);
        assertThat(s.target()).isEqualByComparingTo("25");
    }

    /**
     * A profile that asks for the whole target by Q2: with Q1 and Q2 missing, Q3's figure would be judged against a
     * share of 0 and any figure read Green. The quarters that carry the target are what is missing.
     */
    @Test
    void whatIsMissingCarriesTheWholeTargetToDateSoTheMeasureIsMissing() {
        OneMeasure measure = new OneMeasure(HEADER + "C-3,Homes built,D,S,T,count,HIGHER_IS_BETTER,QUARTERLY,"
                + "CUMULATIVE,100,,10,TOLERANCE,50,100,100,100\n");

        assertThat(measure.rate(3, figures(null, null, "1"), List.of()).ragComputed()).isEqualTo(Rag.MISSING);
        assertThat(measure.rate(3, figures(null, "60", "1"), List.of()).ragComputed()).as("Q2 in: 61 against 50")
                .isEqualTo(Rag.GREEN);
    }

    /**
     * A measure added once Q2's report is published is reported from Q3: Q1 and Q2 owed it nothing, so its year to date
     * starts at Q3 and reads "20 cum", not "20 cum to date, Q1 and Q2 missing"; its own quarters may still be missing.
     */
    @Test
    void aMeasureAddedMidYearCountsItsYearToDateFromItsFirstQuarter() {
        OneMeasure measure = new OneMeasure(HEADER + "C-4,Homes built,D,S,T,count,HIGHER_IS_BETTER,QUARTERLY,"
                + "CUMULATIVE,100,,10,TOLERANCE,25,50,75,100\n", 3);

        MeasureStatus q3 = measure.rate(3, figures(null, null, "20"), List.of());
        assertThat(q3.missingQuarters()).isEmpty();
        assertThat(YearToDateWords.cum("20", q3.missingQuarters())).isEqualTo("20 cum");
        assertThat(q3.target()).as("Q3's share of the target").isEqualByComparingTo("25");

        assertThat(measure.rate(4, figures(null, null, null, "30"), List.of()).missingQuarters()).as("its own Q3")
                .containsExactly(3);
    }

    private static List<QuarterValue> figures(String... quarters) {
        List<QuarterValue> figures = new ArrayList<>();
        for (int q = 1; q <= quarters.length; q++) {
            if (quarters[q - 1] != null) {
                figures.add(figure(q, quarters[q - 1]));
            }
        }
        return figures;
    }
}
