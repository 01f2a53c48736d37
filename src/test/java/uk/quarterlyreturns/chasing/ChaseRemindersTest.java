package uk.quarterlyreturns.chasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.cycle.ChaseSchedule.Reminder;
import uk.quarterlyreturns.cycle.ChaseSchedule.Schedule;
import uk.quarterlyreturns.base.calendar.WorkingDays;
import uk.quarterlyreturns.base.calendar.BankHolidays;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.ChaseSchedule;
import uk.quarterlyreturns.base.calendar.LondonTime;

class ChaseRemindersTest {

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
    void remindersOnAWeekendMoveToTheFridayBeforeAndThoseThatMeetAreSentOnce() {
        // Tuesday 10 October 2017: 3 days before is Saturday 7th, 2 days before is Sunday 8th
        Schedule plan = chase.plan(london("2017-10-10T12:00"), ChasePolicy.parse("3, 2, 1", NINE, 5, 5));

        assertThat(plan.reminders()).containsExactly(
                reminder(3, "2017-10-06T08:00:00Z"),  // Friday 6 October
                reminder(1, "2017-10-09T08:00:00Z")); // Monday 9 October
    }

    @Test
    void aReminderOverChristmasMovesBackToTheWorkingDayBefore() {
        // Wednesday 27 December 2017 17:00 GMT: 2 days before is Christmas Day, so Friday 22nd at 09:00 GMT
        Schedule plan = chase.plan(london("2017-12-27T17:00"), ChasePolicy.DEFAULT);

        assertThat(plan.reminders()).containsExactly(
                reminder(7, "2017-12-20T09:00:00Z"),
                reminder(2, "2017-12-22T09:00:00Z"));
        assertThat(plan.strategicEscalationAt()).isEqualTo("2018-01-04T17:00:00Z"); // 28, 29 Dec, 2, 3, 4 Jan
    }

    @Test
    void noReminderAtOrAfterTheDeadline() {
        ZonedDateTime mondayAtNine = london("2017-10-09T09:00");
        assertThat(chase.plan(mondayAtNine, ChasePolicy.parse("0", NINE, 5, 5)).reminders()).isEmpty();
        assertThat(chase.plan(london("2017-10-09T08:00"), ChasePolicy.parse("0", NINE, 5, 5)).reminders())
                .isEmpty();
        assertThat(chase.plan(mondayAtNine, ChasePolicy.parse("0", LocalTime.of(8, 30), 5, 5)).reminders())
                .containsExactly(reminder(0, "2017-10-09T07:30:00Z"));
    }

    @Test
    void aSundayDeadlinesSameDayReminderMovesToFriday() {
        // Sunday 8 October 2017 17:00 BST
        Schedule plan = chase.plan(london("2017-10-08T17:00"), ChasePolicy.parse("0", NINE, 5, 5));
        assertThat(plan.reminders()).containsExactly(reminder(0, "2017-10-06T08:00:00Z"));
    }

    @Test
    void remindersAlreadyPastAreStillListedAndTheCallerSkipsThem() {
        // a cycle opened on Monday 23 October 2017, after the seven-day reminder of Friday 20th
        Schedule plan = chase.plan(london("2017-10-27T17:00"), ChasePolicy.DEFAULT);
        Instant opened = Instant.parse("2017-10-23T12:00:00Z");

        assertThat(plan.reminders()).containsExactly(
                reminder(7, "2017-10-20T08:00:00Z"),
                reminder(2, "2017-10-25T08:00:00Z"));
        assertThat(plan.remindersStillToSend(opened)).containsExactly(reminder(2, "2017-10-25T08:00:00Z"));
        assertThat(plan.remindersStillToSend(Instant.parse("2017-10-25T08:00:00Z"))).hasSize(1);
        assertThat(plan.remindersStillToSend(Instant.parse("2017-10-25T08:00:01Z"))).isEmpty();
    }
}
