package uk.quarterlyreturns.chasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.base.calendar.BankHolidays;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.calendar.WorkingDays;
import uk.quarterlyreturns.base.mail.templates.MailKind;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.ChaseSchedule;

/** Which chase steps go when chasing runs late, say after the server was down over the deadline. */
class ChasePlanTest {

    // Monday 9 October 2017, 17:00 BST; a reminder on the day at 09:00
    private final ChasePlan plan = new ChasePlan(new ChaseSchedule(new WorkingDays(BankHolidays.bundled()))
            .plan(ZonedDateTime.of(2017, 10, 9, 17, 0, 0, 0, LondonTime.ZONE),
                    ChasePolicy.parse("0", LocalTime.of(9, 0), 5, 5)));

    @Test
    void aReminderStillDueWhenTheDeadlineHasPassedIsNotSentBesideTheOverdueNotice() {
        Instant halfPastFive = Instant.parse("2017-10-09T16:30:00Z");

        assertThat(plan.due(null, halfPastFive)).extracting(ChaseStep::kind).containsExactly(MailKind.OVERDUE);
        assertThat(plan.next(null, halfPastFive)).hasValueSatisfying(s -> assertThat(s.kind())
                .isEqualTo(MailKind.OVERDUE));
    }

    @Test
    void aReminderRunningLateBeforeTheDeadlineStillGoes() {
        Instant noon = Instant.parse("2017-10-09T11:00:00Z");

        assertThat(plan.due(null, noon)).extracting(ChaseStep::key).containsExactly("REMINDER_0");
    }
}
