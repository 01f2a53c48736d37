package uk.quarterlyreturns.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.cycle.ChaseSchedule.Reminder;
import uk.quarterlyreturns.cycle.ChaseSchedule.Schedule;
import uk.quarterlyreturns.base.calendar.WorkingDays;
import uk.quarterlyreturns.base.calendar.BankHolidays;
import uk.quarterlyreturns.base.calendar.LondonTime;

class ChaseScheduleTest {

    private static final ZoneId LONDON = LondonTime.ZONE;
    private static final LocalTime NINE = LocalTime.of(9, 0);

    private final ChaseSchedule chase = new ChaseSchedule(new WorkingDays(BankHolidays.bundled()));

    private static ZonedDateTime london(String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), LONDON);
    }

    private static Reminder reminder(int daysBefore, String instant) {
        return new Reminder(daysBefore, Instant.parse(instant));
    }

    @Test
    void escalationAcrossTheEndOfSummerTimeKeepsTheLondonTimeOfDay() {
        // Friday 27 October 2017 17:00 BST; the clocks go back on Sunday 29 October
        Schedule plan = chase.plan(london("2017-10-27T17:00"), ChasePolicy.DEFAULT);

        assertThat(plan.reminders()).containsExactly(
                reminder(7, "2017-10-20T08:00:00Z"),  // Friday 20 October 09:00 BST
                reminder(2, "2017-10-25T08:00:00Z")); // Wednesday 25 October 09:00 BST
        assertThat(plan.overdueAt()).isEqualTo("2017-10-27T16:00:00Z");
        assertThat(plan.strategicEscalationAt()).isEqualTo("2017-11-03T17:00:00Z"); // Friday 3 November 17:00 GMT
        assertThat(plan.chiefExecutiveEscalationAt()).isEqualTo("2017-11-10T17:00:00Z");
    }

    @Test
    void reminderAcrossTheStartOfSummerTimeAndOverEaster() {
        // Easter Monday 2 April 2018 17:00 BST; the clocks went forward on Sunday 25 March
        Schedule plan = chase.plan(london("2018-04-02T17:00"), ChasePolicy.DEFAULT);

        assertThat(plan.reminders()).containsExactly(
                reminder(7, "2018-03-26T08:00:00Z"),  // Monday 26 March 09:00 BST
                reminder(2, "2018-03-29T08:00:00Z")); // Saturday 31st, before Good Friday: Thursday 29th
        assertThat(plan.strategicEscalationAt()).isEqualTo("2018-04-09T16:00:00Z"); // Tue 3 .. Mon 9 April
        assertThat(plan.chiefExecutiveEscalationAt()).isEqualTo("2018-04-16T16:00:00Z");
    }

    @Test
    void aReminderInSummerTimeForADeadlineInWinterTime() {
        // Monday 30 October 2017 12:00 GMT; seven days before is Monday 23 October, still BST
        Schedule plan = chase.plan(london("2017-10-30T12:00"), ChasePolicy.DEFAULT);

        assertThat(plan.reminders()).first().isEqualTo(reminder(7, "2017-10-23T08:00:00Z"));
        assertThat(plan.overdueAt()).isEqualTo("2017-10-30T12:00:00Z");
    }

    @Test
    void aFridayDeadlineBeforeABankHolidayMonday() {
        // Friday 25 May 2018 17:00 BST; Monday 28 May is the spring bank holiday
        Schedule plan = chase.plan(london("2018-05-25T17:00"), ChasePolicy.DEFAULT);

        assertThat(plan.reminders()).containsExactly(
                reminder(7, "2018-05-18T08:00:00Z"),
                reminder(2, "2018-05-23T08:00:00Z"));
        assertThat(plan.strategicEscalationAt()).isEqualTo("2018-06-04T16:00:00Z"); // Tue 29 May .. Mon 4 June
        assertThat(plan.chiefExecutiveEscalationAt()).isEqualTo("2018-06-11T16:00:00Z");

        Schedule nextWorkingDay = chase.plan(london("2018-05-25T17:00"), ChasePolicy.parse("7, 2", NINE, 1, 1));
        assertThat(nextWorkingDay.strategicEscalationAt()).isEqualTo("2018-05-29T16:00:00Z");
        assertThat(nextWorkingDay.chiefExecutiveEscalationAt()).isEqualTo("2018-05-30T16:00:00Z");
    }

    @Test
    void aDeadlineGivenInAnotherZoneIsTakenOnTheLondonCalendar() {
        // 23:30 UTC on Friday 30 June 2017 is 00:30 BST on Saturday 1 July
        Schedule plan = chase.plan(ZonedDateTime.of(2017, 6, 30, 23, 30, 0, 0, ZoneOffset.UTC), ChasePolicy.DEFAULT);

        assertThat(plan.overdueAt()).isEqualTo("2017-06-30T23:30:00Z");
        assertThat(plan.reminders()).containsExactly(
                reminder(7, "2017-06-23T08:00:00Z"),  // Saturday 24 June moves to Friday 23rd
                reminder(2, "2017-06-29T08:00:00Z")); // Thursday 29 June
        assertThat(plan.strategicEscalationAt()).isEqualTo("2017-07-06T23:30:00Z"); // Friday 7 July 00:30 BST
    }

    @Test
    void aMidnightDeadlineClosesTheDayBeforeForRemindersAndGrace() {
        // Saturday 14 October 2017 00:00 BST: the end of Friday 13th
        Schedule plan = chase.plan(london("2017-10-14T00:00"), ChasePolicy.DEFAULT);

        assertThat(plan.reminders()).containsExactly(
                reminder(7, "2017-10-06T08:00:00Z"),  // Friday 6 October, a week before the Friday it closes
                reminder(2, "2017-10-11T08:00:00Z")); // Wednesday 11 October: "closes in 2 days"
        // five whole working days' grace, Monday 16 to Friday 20: at the end of Friday 20th
        assertThat(plan.strategicEscalationAt()).isEqualTo("2017-10-20T23:00:00Z");
        assertThat(plan.chiefExecutiveEscalationAt()).isEqualTo("2017-10-27T23:00:00Z");
        assertThat(chase.plan(london("2017-10-14T00:00"), new ChasePolicy(List.of(), NINE, 0, 0))
                .strategicEscalationAt()).isEqualTo(plan.overdueAt());
    }

    @Test
    void noGraceEscalatesAtTheDeadline() {
        Schedule plan = chase.plan(london("2017-10-27T17:00"), new ChasePolicy(List.of(), NINE, 0, 0));

        assertThat(plan.reminders()).isEmpty();
        assertThat(plan.strategicEscalationAt()).isEqualTo("2017-10-27T16:00:00Z");
        assertThat(plan.chiefExecutiveEscalationAt()).isEqualTo("2017-10-27T16:00:00Z");
    }
}
