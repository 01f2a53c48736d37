package uk.quarterlyreturns.base.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClosesInTest {

    private static final ZoneId LONDON = LondonTime.ZONE;
    private static final ZonedDateTime DEADLINE = london("2017-10-27T17:00"); // Friday, BST

    private static ZonedDateTime london(String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), LONDON);
    }

    @ParameterizedTest(name = "at {0}: {1} ({2})")
    @CsvSource({
            "2017-10-22T10:00, closes in 5 days,  5",
            "2017-10-25T17:00, closes in 2 days,  2",
            "2017-10-26T00:01, closes tomorrow,   1", // 41 hours away
            "2017-10-26T23:59, closes tomorrow,   1", // 17 hours away
            "2017-10-27T00:00, closes today,      0",
            "2017-10-27T16:59, closes today,      0",
            "2017-10-27T17:00, closed today,      0",
            "2017-10-27T23:00, closed today,      0",
            "2017-10-28T08:00, 1 day overdue,    -1", // 15 hours late
            "2017-11-08T09:00, 12 days overdue, -12", // across the change to GMT
    })
    void countsLondonCalendarDays(String now, String words, long days) {
        assertThat(LondonTime.closesIn(london(now), DEADLINE)).isEqualTo(words);
        assertThat(LondonTime.daysUntil(london(now), DEADLINE)).isEqualTo(days);
    }

    @Test
    void aDeadlineAtMidnightClosesTheDayBefore() {
        ZonedDateTime midnightEndingFriday = london("2017-10-28T00:00");
        assertThat(LondonTime.closesIn(london("2017-10-26T10:00"), midnightEndingFriday)).isEqualTo("closes tomorrow");
        assertThat(LondonTime.closesIn(london("2017-10-27T10:00"), midnightEndingFriday)).isEqualTo("closes today");
        assertThat(LondonTime.closesIn(london("2017-10-28T09:00"), midnightEndingFriday)).isEqualTo("1 day overdue");
    }

    @Test
    void twentyFourHoursOverTheSpringChangeCanBeTwoCalendarDays() {
        // Saturday 24 March 2018 23:30 GMT to Monday 26 March 00:30 BST is exactly 24 hours
        ZonedDateTime now = london("2018-03-24T23:30");
        ZonedDateTime deadline = london("2018-03-26T00:30");
        assertThat(deadline.toInstant()).isEqualTo(now.toInstant().plusSeconds(24 * 3600));

        assertThat(LondonTime.closesIn(now, deadline)).isEqualTo("closes in 2 days");
    }

    @Test
    void timesInOtherZonesAreTakenOnTheLondonCalendar() {
        // 23:30 UTC on 1 June 2017 is already 2 June in London
        ZonedDateTime now = ZonedDateTime.of(2017, 6, 1, 23, 30, 0, 0, ZoneOffset.UTC);
        assertThat(LondonTime.closesIn(now, london("2017-06-02T17:00"))).isEqualTo("closes today");
        assertThat(LondonTime.daysUntil(now, london("2017-06-01T17:00"))).isEqualTo(-1);
    }
}
