package uk.quarterlyreturns.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.framework.ActivityStatus;

/** An activity indicator reported a quarter in arrears says in the appendix which quarter its demand figure is for. */
class InArrearsActivityTest {

    @Test
    void theAppendixNamesTheQuarterTheFigureCovers() {
        MeasureLine calls = Lines.activity("A1", "Resilient", new BigDecimal("171"), new BigDecimal("150"),
                new BigDecimal("200"), ActivityStatus.WITHIN_RANGE);

        List<ActivityRow> rows = ActivityAppendix.compile(List.of(calls, Lines.activity("A2", "Resilient",
                new BigDecimal("171"), new BigDecimal("150"), new BigDecimal("200"), ActivityStatus.WITHIN_RANGE)
                .withArrearsPeriod("Q1 (Apr-Jun 2017)")), 2);

        assertThat(rows.get(0).value()).isEqualTo("171");
        assertThat(rows.get(1).value()).isEqualTo("171 (for Q1 (Apr-Jun 2017))");
    }

    /** A threshold prints as precisely as it is judged against: 4,501 is above 4,500.5, not above "4,501". */
    @Test
    void aThresholdPrintsAsPreciselyAsTheFigureIsJudgedAgainstIt() {
        ActivityRow row = ActivityAppendix.compile(List.of(Lines.activity("A3", "Resilient", new BigDecimal("4501"),
                new BigDecimal("3000"), new BigDecimal("4500.5"), ActivityStatus.ABOVE_RANGE)), 2).get(0);

        assertThat(row.value()).isEqualTo("4,501");
        assertThat(row.upper()).isEqualTo("4,500.5");
        assertThat(row.lower()).isEqualTo("3,000");
    }
}
