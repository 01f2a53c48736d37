package uk.quarterlyreturns.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.base.calendar.BankHolidays;
import uk.quarterlyreturns.base.calendar.WorkingDays;

/** The dates the open-cycle dialog suggests: three weeks after quarter end, on a working day. */
class SuggestedDatesTest {

    private final SuggestedDates suggested = new SuggestedDates(new WorkingDays(BankHolidays.bundled()));

    @Test
    void threeWeeksAfterQuarterEndAt17() {
        // Q1 2017/18 ended Friday 30 June 2017; Friday 21 July is a working day.
        LocalDateTime deadline = suggested.deadline(LocalDate.of(2017, 6, 30));
        assertThat(deadline).isEqualTo(LocalDateTime.of(2017, 7, 21, 17, 0));
        assertThat(suggested.compilation(deadline)).isEqualTo(LocalDateTime.of(2017, 7, 31, 9, 0));
    }

    @Test
    void datesWithinTheBankHolidayCalendarNeedNoWarning() {
        assertThat(suggested.beyondTheCalendar(LocalDateTime.of(2035, 12, 26, 9, 0))).isEmpty();
        assertThat(suggested.beyondTheCalendar(LocalDateTime.of(2035, 12, 27, 9, 0))).hasValueSatisfying(
                warning -> assertThat(warning).startsWith("The bank holiday calendar ends on 26 Dec 2035"));
    }

    @Test
    void aDeadlineThatWouldFallOnAWeekendMovesToTheNextWorkingDay() {
        // 21 July 2018 is a Saturday.
        assertThat(suggested.deadline(LocalDate.of(2018, 6, 30))).isEqualTo(LocalDateTime.of(2018, 7, 23, 17, 0));
    }

    @Test
    void theQuarterThatEndedLastIsLastYearsFourthInApril() {
        assertThat(SuggestedDates.lastEnded(LocalDate.of(2018, 4, 1)))
                .isEqualTo(new SuggestedDates.YearQuarter("2017-18", 4));
        assertThat(SuggestedDates.lastEnded(LocalDate.of(2018, 3, 31)))
                .isEqualTo(new SuggestedDates.YearQuarter("2017-18", 3));
        assertThat(SuggestedDates.lastEnded(LocalDate.of(2018, 1, 2)))
                .isEqualTo(new SuggestedDates.YearQuarter("2017-18", 3));
        assertThat(SuggestedDates.lastEnded(LocalDate.of(2018, 7, 1)))
                .isEqualTo(new SuggestedDates.YearQuarter("2018-19", 1));
        assertThat(SuggestedDates.lastEnded(LocalDate.of(2018, 12, 31)))
                .isEqualTo(new SuggestedDates.YearQuarter("2018-19", 2));
    }

    @Test
    void aDeadlineThatWouldFallOnABankHolidayMovesToTheNextWorkingDay() {
        // Q4 2024/25 ended 31 March 2025; 21 April 2025 is Easter Monday.
        assertThat(suggested.deadline(LocalDate.of(2025, 3, 31))).isEqualTo(LocalDateTime.of(2025, 4, 22, 17, 0));
    }

    @Test
    void aCompilationDateThatWouldFallOnAWeekendOrBankHolidayMovesToTheNextWorkingDay() {
        // Ten days after Wednesday 16 December 2026 is Saturday 26 December; Monday 28 is the Boxing Day holiday.
        assertThat(suggested.compilation(LocalDateTime.of(2026, 12, 16, 17, 0)))
                .isEqualTo(LocalDateTime.of(2026, 12, 29, 9, 0));
    }

    @Test
    void aCompilationDateSomeDaysAfterTheDeadlineMovesToTheNextWorkingDay() {
        // 14 days after Friday 9 December 3008 is Friday 23 December; 15 days after it is Saturday 24, so Monday 26
        // (the bank holiday calendar does not reach 3008).
        assertThat(suggested.compilation(LocalDateTime.of(3008, 12, 9, 17, 0), 14))
                .isEqualTo(LocalDateTime.of(3008, 12, 23, 9, 0));
        assertThat(suggested.compilation(LocalDateTime.of(3008, 12, 9, 17, 0), 15))
                .isEqualTo(LocalDateTime.of(3008, 12, 26, 9, 0));
    }
}
