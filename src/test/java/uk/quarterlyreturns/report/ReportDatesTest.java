package uk.quarterlyreturns.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReportDatesTest {

    @Test
    void aSeptemberSubmissionPrintsItsMonthInThreeLettersInLondonTime() {
        assertThat(ReportDates.dateTime(Instant.parse("2017-09-29T16:05:00Z"))).isEqualTo("29 Sep 2017 17:05");
    }
}
