package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.io.FrameworkFileParser;
import uk.quarterlyreturns.framework.io.FrameworkRow;

/** Which columns of a measure's row decide its RAGs, and which are only its words. */
class RatingRuleTest {

    private static final String HEADER = "code,title,directorate,service,theme,unit,polarity,frequency,aggregation,"
            + "target,floor,tolerance_pct,rag_scheme,outcome,source,due_quarter,profile_q1,profile_q2,profile_q3,profile_q4,decimals\n";
    private static final String STORED = "RR-1,Repairs on time,Economy and Infrastructure,Housing,Ambitious,%,"
            + "HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,80,,10,TOLERANCE,,,,,,,,";

    @Test
    void wordsAndTheSameRuleWrittenOtherwiseChangeNoRating() {
        assertThat(RatingRule.changedColumns(row(STORED), row("RR-1,Repairs completed on time,Economy and"
                + " Infrastructure,Housing,Resilient,percent,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,80.0,,10.00,TOLERANCE,"
                + "Homes fit to live in,KI 433,2,25,50,75,100,2"))).isEmpty();
    }

    @Test
    void eachRatingColumnChangedIsNamedInTheFilesOrder() {
        assertThat(RatingRule.changedColumns(row(STORED), row(STORED.replace(",80,,10,", ",90,,5,"))))
                .containsExactly("target", "tolerance_pct");
        assertThat(RatingRule.changedColumns(row(STORED), row(STORED.replace(",%,", ",count,")
                .replace("HIGHER_IS", "LOWER_IS").replace(",,,,,,,,", ",,,,25,50,60,100,1"))))
                .containsExactly("unit", "polarity", "profile_q3", "decimals");
        assertThat(RatingRule.changedColumns(row(STORED), row(STORED.replace("SNAPSHOT,80,,10,TOLERANCE",
                "CUMULATIVE,80,70,,TARGET_FLOOR")))).containsExactly("aggregation", "floor", "tolerance_pct",
                "rag_scheme");
    }

    @Test
    void anAnnualMeasuresDueQuarterIsItsRuleAndMakingItAnnualIsNamedOnce() {
        FrameworkRow annual = row(STORED.replace("QUARTERLY", "ANNUAL").replace(",,,,,,,,", ",,,2,,,,,"));
        assertThat(RatingRule.changedColumns(annual, row(STORED.replace("QUARTERLY", "ANNUAL"))))
                .containsExactly("due_quarter");
        assertThat(RatingRule.changedColumns(row(STORED), annual)).containsExactly("frequency");
    }

    /** Made in arrears, the figures already signed off would be said to cover the quarter before. */
    @Test
    void beingInArrearsIsItsRuleAndNamedAsThePeriodOnly() {
        String header = HEADER.strip() + ",in_arrears\n";
        FrameworkRow inArrears = row(header, STORED + ",YES");
        assertThat(RatingRule.changedColumns(row(STORED), inArrears)).containsExactly("in_arrears");
        assertThat(RatingRule.changedColumns(inArrears, row(header, STORED + ",yes"))).isEmpty();
        assertThat(RatingRule.isPeriod("in_arrears")).isTrue();
        assertThat(RatingRule.isPeriod("target")).isFalse();
    }

    @Test
    void anActivityIndicatorsExpectedRangeIsItsRule() {
        String header = "code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,floor,"
                + "tolerance_pct,rag_scheme,lower_threshold,upper_threshold\n";
        String stored = "AI-1,Contacts received,People,Adult Social Care,Caring,count,HIGHER_IS_BETTER,QUARTERLY,"
                + "SNAPSHOT,,,,NONE,";
        FrameworkRow range = row(header, stored + "4000,5000");
        assertThat(RatingRule.changedColumns(range, row(header, stored + "4000.0,5000"))).isEmpty();
        assertThat(RatingRule.changedColumns(range, row(header, stored + "4500,5000")))
                .containsExactly("lower_threshold");
        assertThat(RatingRule.changedColumns(range, row(header, stored + ","))).containsExactly("lower_threshold",
                "upper_threshold");
    }

    private static FrameworkRow row(String line) {
        return row(HEADER, line);
    }

    private static FrameworkRow row(String header, String line) {
        return FrameworkFileParser.parse(TabularFile.read((header + line + "\n").getBytes(StandardCharsets.UTF_8),
                "f.csv")).get(0);
    }
}
