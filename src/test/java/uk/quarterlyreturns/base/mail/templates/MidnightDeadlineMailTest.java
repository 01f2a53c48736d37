package uk.quarterlyreturns.base.mail.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.quarterlyreturns.base.mail.templates.MailExamples.*;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.base.calendar.BankHolidays;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.calendar.WorkingDays;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.ChaseSchedule;

/**
 * A deadline at midnight closes the day before it, as the deadline's words, the compliance page and the chase's
 * days count it: the emails name that day, not the next, which "closes today" sent on it would contradict.
 */
class MidnightDeadlineMailTest {

    /** Midnight at the end of Friday 20 October 2017 (British Summer Time). */
    private static final ZonedDateTime MIDNIGHT = ZonedDateTime.of(2017, 10, 21, 0, 0, 0, 0, LondonTime.ZONE);
    private static final ZonedDateTime FRIDAY_MORNING = ZonedDateTime.of(2017, 10, 20, 9, 0, 0, 0, LondonTime.ZONE);

    private final MailTemplates templates = new MailTemplates();

    @Test
    void theIssueNoticeAndReminderNameTheDayTheDeadlineEnds() {
        RenderedMail issued = templates.render(MailKind.RETURN_ISSUED, mail(MIDNIGHT.minusDays(14)).build());
        assertThat(issued.subject()).endsWith("is open: due Friday 20 October 2017");

        RenderedMail reminder = templates.render(MailKind.REMINDER, mail(FRIDAY_MORNING).itemsOutstanding(3).build());
        assertThat(reminder.text()).contains("Deadline: Friday 20 October 2017, midnight at the end of the day"
                + " (closes today)").doesNotContain("Saturday");
    }

    @Test
    void theOverdueNoticeSaysWhenItIsEscalatedAsTheScheduleHasIt() {
        ChaseSchedule.Schedule schedule = new ChaseSchedule(new WorkingDays(BankHolidays.bundled()))
                .plan(MIDNIGHT, ChasePolicy.DEFAULT);
        ReturnMail overdue = mail(MIDNIGHT.plusHours(1)).itemsOutstanding(3).remindersSent(2)
                .nextEscalation(STRATEGIC_DIRECTOR)
                .nextEscalationAt(schedule.strategicEscalationAt().atZone(LondonTime.ZONE)).build();

        assertThat(templates.render(MailKind.OVERDUE, overdue).text())
                .contains("Deadline: Friday 20 October 2017, midnight at the end of the day (1 day overdue)")
                .contains("If it is still overdue on Friday 27 October 2017, midnight at the end of the day, it will"
                        + " be escalated to " + STRATEGIC_DIRECTOR);
    }

    @Test
    void midnightAloneEndsTheDayBefore() {
        assertThat(MailDates.dateAndTime(MIDNIGHT)).isEqualTo("Friday 20 October 2017, midnight at the end of the day");
        assertThat(MailDates.dateAndTime(MIDNIGHT.minusMinutes(1))).isEqualTo("Friday 20 October 2017, 23:59");
        assertThat(MailDates.dateAndTime(MIDNIGHT.plusMinutes(1))).isEqualTo("Saturday 21 October 2017, 00:01");
        assertThat(MailDates.date(MIDNIGHT.plusMinutes(1))).isEqualTo("Saturday 21 October 2017");
    }

    /** The return as mailed at {@code now}, its deadline at midnight. */
    private static ReturnMailBuilder mail(ZonedDateTime now) {
        return ReturnMail.builder().recipientName(DIRECTOR).serviceName(SERVICE).directorateName(DIRECTORATE)
                .directorName(DIRECTOR).quarterName(QUARTER).deadline(MIDNIGHT)
                .closesIn(LondonTime.closesIn(now, MIDNIGHT)).link(RETURN_LINK).measuresDue(12).actionsDue(4);
    }
}
