package uk.quarterlyreturns.base.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BankHolidaysBundledTest {

    private final BankHolidays holidays = BankHolidays.bundled();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "2017-04-14 | Good Friday",
            "2017-04-17 | Easter Monday",
            "2017-05-01 | Early May bank holiday",
            "2017-05-29 | Spring bank holiday",
            "2017-08-28 | Summer bank holiday",
            "2017-12-25 | Christmas Day",
            "2017-12-26 | Boxing Day",
            "2018-01-01 | New Year's Day",
            "2018-03-30 | Good Friday",
            "2018-04-02 | Easter Monday",
    })
    void hasTheReportingYear2017To18(LocalDate date, String name) {
        assertThat(holidays.contains(date)).isTrue();
        assertThat(holidays.name(date)).contains(name);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "2020-05-08 | Early May bank holiday (VE day)",
            "2022-06-02 | Spring bank holiday",
            "2022-06-03 | Platinum Jubilee bank holiday",
            "2022-09-19 | Bank holiday for the State Funeral of Queen Elizabeth II",
            "2023-05-08 | Bank holiday for the coronation of King Charles III",
    })
    void hasTheSpecialDays(LocalDate date, String name) {
        assertThat(holidays.name(date)).contains(name);
    }

    @Test
    void theStartUpWarnsOnlyOnceTheCalendarEndsWithinAYear() {
        assertThat(holidays.endingSoon(LocalDate.of(2034, 12, 26))).isEmpty();
        assertThat(holidays.endingSoon(LocalDate.of(2034, 12, 27))).hasValueSatisfying(warning -> assertThat(warning)
                .contains("ends on 2035-12-26", "QUARTERLY_CALENDAR_BANK_HOLIDAYS"));
    }

    @Test
    void movedHolidaysAreNotAlsoOnTheirUsualDays() {
        assertThat(holidays.contains(LocalDate.of(2020, 5, 4))).isFalse();
        assertThat(holidays.contains(LocalDate.of(2022, 5, 30))).isFalse();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "2021-12-27 | Christmas Day (substitute day)",
            "2021-12-28 | Boxing Day (substitute day)",
            "2022-01-03 | New Year's Day (substitute day)",
            "2015-12-28 | Boxing Day (substitute day)",
            "2016-12-27 | Christmas Day (substitute day)",
            "2017-01-02 | New Year's Day (substitute day)",
    })
    void hasTheSubstituteDays(LocalDate date, String name) {
        assertThat(holidays.name(date)).contains(name);
    }

    @Test
    void weekendHolidaysAreListedOnlyByTheirSubstituteDays() {
        assertThat(holidays.contains(LocalDate.of(2021, 12, 25))).isFalse();
        assertThat(holidays.contains(LocalDate.of(2022, 1, 1))).isFalse();
    }

    @Test
    void ordinaryDaysHaveNoName() {
        assertThat(holidays.contains(LocalDate.of(2017, 12, 27))).isFalse();
        assertThat(holidays.name(LocalDate.of(2017, 12, 27))).isEmpty();
    }

    @Test
    void coversTwentyFifteenToTwentyThirtyFive() {
        assertThat(holidays.firstDate()).isEqualTo(LocalDate.of(2015, 1, 1));
        assertThat(holidays.lastDate()).isEqualTo(LocalDate.of(2035, 12, 26));
        assertThat(holidays.name(LocalDate.of(2035, 3, 23))).contains("Good Friday");
    }
}
