package uk.quarterlyreturns.base.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

    private final WorkingDays workingDays = new WorkingDays(BankHolidays.bundled());

    @ParameterizedTest(name = "{0} working day: {1}")
    @CsvSource({
            "2017-12-22, true",  // Friday
            "2017-12-23, false", // Saturday
            "2017-12-24, false", // Sunday
            "2017-12-25, false", // Christmas Day, a Monday
            "2017-12-26, false", // Boxing Day
            "2017-12-27, true",
            "2018-03-30, false", // Good Friday
            "2018-04-02, false", // Easter Monday
            "2018-04-03, true",
    })
    void weekdaysThatAreNotBankHolidaysAreWorkingDays(LocalDate date, boolean working) {
        assertThat(workingDays.isWorkingDay(date)).isEqualTo(working);
    }

    @ParameterizedTest(name = "{1} working days after {0} is {2}")
    @CsvSource({
            // Christmas 2017: 23-26 December and 1 January are not working days
            "2017-12-22, 1, 2017-12-27",
            "2017-12-22, 3, 2017-12-29",
            "2017-12-22, 4, 2018-01-02",
            "2017-12-22, 5, 2018-01-03",
            // Easter 2018: Good Friday 30 March, Easter Monday 2 April
            "2018-03-29, 1, 2018-04-03",
            "2018-03-28, 3, 2018-04-04",
            "2018-03-23, 8, 2018-04-06",
            // summer bank holiday Monday 28 August 2017
            "2017-08-25, 1, 2017-08-29",
            // plain week
            "2017-10-27, 5, 2017-11-03",
    })
    void plusWorkingDaysSkipsWeekendsAndBankHolidays(LocalDate from, int n, LocalDate expected) {
        assertThat(workingDays.plusWorkingDays(from, n)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "0 working days after {0} is {1}")
    @CsvSource({
            "2018-03-29, 2018-03-29", // a working day stays
            "2018-03-30, 2018-04-03", // Good Friday goes to the Tuesday after Easter
            "2018-03-31, 2018-04-03",
            "2017-10-28, 2017-10-30", // Saturday goes to Monday
    })
    void zeroWorkingDaysIsTheDayItselfOrTheNextWorkingDay(LocalDate from, LocalDate expected) {
        assertThat(workingDays.plusWorkingDays(from, 0)).isEqualTo(expected);
    }

    @Test
    void aNegativeNumberOfWorkingDaysIsRefused() {
        assertThatThrownBy(() -> workingDays.plusWorkingDays(LocalDate.of(2017, 10, 27), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The number of working days cannot be negative: -1");
    }

    @ParameterizedTest(name = "working days after {0} up to {1}: {2}")
    @CsvSource({
            "2017-12-22, 2018-01-02, 4",
            "2017-12-22, 2017-12-26, 0",
            "2018-03-29, 2018-04-03, 1",
            "2018-03-23, 2018-04-06, 8",
            "2017-10-27, 2017-10-30, 1", // Friday to Monday
            "2017-10-27, 2017-10-29, 0", // Friday to Sunday
            "2017-10-27, 2017-10-27, 0",
            "2017-10-30, 2017-10-27, -1", // the other way round
            "2018-01-02, 2017-12-22, -4",
    })
    void workingDaysBetweenCountsAfterTheFirstDateUpToAndIncludingTheSecond(LocalDate from, LocalDate to,
                                                                         int expected) {
        assertThat(workingDays.workingDaysBetween(from, to)).isEqualTo(expected);
    }

    @Test
    void workingDayOnOrBeforeMovesEarlier() {
        assertThat(workingDays.workingDayOnOrBefore(LocalDate.of(2018, 4, 2))).isEqualTo(LocalDate.of(2018, 3, 29));
        assertThat(workingDays.workingDayOnOrBefore(LocalDate.of(2017, 12, 26))).isEqualTo(LocalDate.of(2017, 12, 22));
        assertThat(workingDays.workingDayOnOrBefore(LocalDate.of(2017, 12, 27))).isEqualTo(LocalDate.of(2017, 12, 27));
    }

    @Test
    void usesTheCalendarItIsGiven() {
        WorkingDays withoutEaster = new WorkingDays(BankHolidays.parse(new ByteArrayInputStream(
                "date,name\n2017-12-25,Christmas Day\n".getBytes(StandardCharsets.UTF_8))));
        assertThat(withoutEaster.isWorkingDay(LocalDate.of(2018, 3, 30))).isTrue();
        assertThat(withoutEaster.isWorkingDay(LocalDate.of(2017, 12, 25))).isFalse();
    }
}
