package uk.quarterlyreturns.chasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.base.calendar.BankHolidays;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.calendar.WorkingDays;
import uk.quarterlyreturns.base.mail.templates.MailKind;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.ChaseSchedule;

/** Which chase steps go when chasing runs late, say after the server was down over the deadline. */
class ChasePlanTest {

    private static final ZonedDateTime NINTH = ZonedDateTime.of(2017, 10, 9, 17, 0, 0, 0, LondonTime.ZONE);

    // Monday 9 October 2017, 17:00 BST; a reminder on the day at 09:00
    private final ChasePlan plan = new ChasePlan(schedule(NINTH));

    @Test
    void aReminderStillDueWhenTheDeadlineHasPassedIsNotSentBesideTheOverdueNotice() {
        Instant halfPastFive = Instant.parse("2017-10-09T16:30:00Z");

        assertThat(plan.due(null, Set.of(), halfPastFive)).extracting(ChaseStep::kind)
                .containsExactly(MailKind.OVERDUE);
        assertThat(plan.next(null, Set.of(), halfPastFive)).hasValueSatisfying(s -> assertThat(s.kind())
                .isEqualTo(MailKind.OVERDUE));
    }

    @Test
    void aReminderRunningLateBeforeTheDeadlineStillGoes() {
        Instant noon = Instant.parse("2017-10-09T11:00:00Z");

        assertThat(plan.due(null, Set.of(), noon)).extracting(ChaseStep::key).containsExactly("REMINDER_0");
    }

    @Test
    void aReminderDueBeforeThePlanWasMadeIsNotSentAndTheNextStepComesAfter() {
        Instant tenOnTheDay = Instant.parse("2017-10-09T09:00:00Z");
        ChasePlan issuedAtTen = new ChasePlan(schedule(NINTH), null, null, tenOnTheDay);

        assertThat(issuedAtTen.due(null, Set.of(), tenOnTheDay)).isEmpty();
        assertThat(issuedAtTen.next(null, Set.of(), tenOnTheDay)).hasValueSatisfying(s -> assertThat(s.kind())
                .isEqualTo(MailKind.OVERDUE));
        assertThat(plan.due(null, Set.of(), tenOnTheDay)).as("planned earlier, it goes").extracting(ChaseStep::key)
                .containsExactly("REMINDER_0");
    }

    /**
     * A plan run to a deadline other than the one the cycle opened with names its steps by that deadline, so that a
     * step sent before the deadline moved does not stop the same step of the new plan; back at the deadline it
     * opened with, the steps are named as they were.
     */
    @Test
    void theStepsOfAPlanRunToAChangedDeadlineAreNamedApartByIt() {
        Instant ninth = NINTH.toInstant();
        Instant sixteenth = NINTH.plusDays(7).toInstant();
        long at = sixteenth.getEpochSecond();

        assertThat(keys(new ChasePlan(schedule(NINTH.plusDays(7)), null, ninth))).containsExactly("REMINDER_0#" + at,
                "OVERDUE#" + at, "ESCALATION_STRATEGIC#" + at, "ESCALATION_CHIEF_EXECUTIVE#" + at);
        assertThat(keys(new ChasePlan(schedule(NINTH), null, ninth))).as("the deadline the cycle opened with")
                .containsExactly("REMINDER_0", "OVERDUE", "ESCALATION_STRATEGIC", "ESCALATION_CHIEF_EXECUTIVE");
        assertThat(keys(new ChasePlan(schedule(NINTH.plusDays(7)), sixteenth, ninth)))
                .as("an extension's plan, named by the extension").contains("OVERDUE@" + at);
    }

    /**
     * Back at a plan it ran before (an extension withdrawn after the overdue notice went): what that plan sent does
     * not go again, and the escalation it had not reached goes before the chief executive's.
     */
    @Test
    void aPlanReturnedToSendsWhatItHadNotSentInOrderAndNothingItSent() {
        Instant afterStrategic = plan.at(MailKind.ESCALATION_STRATEGIC).orElseThrow().plusSeconds(3600);

        assertThat(plan.due(null, Set.of("REMINDER_0", "OVERDUE"), afterStrategic)).extracting(ChaseStep::kind)
                .containsExactly(MailKind.ESCALATION_STRATEGIC);
        assertThat(plan.next(null, Set.of("REMINDER_0", "OVERDUE"), afterStrategic)).hasValueSatisfying(s ->
                assertThat(s.kind()).isEqualTo(MailKind.ESCALATION_STRATEGIC));
        assertThat(plan.next(afterStrategic, Set.of("OVERDUE", "ESCALATION_STRATEGIC"), afterStrategic))
                .hasValueSatisfying(s -> assertThat(s.kind()).isEqualTo(MailKind.ESCALATION_CHIEF_EXECUTIVE));
    }

    /** Back at a plan past both escalations' times: both go, in order, and the overdue notice it sent does not. */
    @Test
    void aPlanReturnedToPastItsEscalationsSendsBothInOrder() {
        Instant afterChiefExecutive = plan.at(MailKind.ESCALATION_CHIEF_EXECUTIVE).orElseThrow().plusSeconds(60);

        assertThat(plan.due(null, Set.of("OVERDUE"), afterChiefExecutive)).extracting(ChaseStep::kind)
                .containsExactly(MailKind.ESCALATION_STRATEGIC, MailKind.ESCALATION_CHIEF_EXECUTIVE);
    }

    /**
     * An extension to the 16th agreed before the 9th, its overdue notice and first escalation sent, then withdrawn:
     * back at the 9th the service was told already, so neither goes again; the chief executive's, which the extended
     * plan had not reached, goes. A cycle deadline moved later after its overdue notice went sends the new one.
     */
    @Test
    void aPlanBackAtAnEarlierDeadlineSendsNoStepAlreadySentForALaterOne() {
        Instant ninth = NINTH.toInstant();
        long sixteenth = NINTH.plusDays(7).toEpochSecond();
        ChasePlan withdrawn = new ChasePlan(schedule(NINTH), null, ninth);
        Instant later = withdrawn.at(MailKind.ESCALATION_CHIEF_EXECUTIVE).orElseThrow().plusSeconds(60);

        assertThat(withdrawn.due(null, Set.of("OVERDUE@" + sixteenth, "ESCALATION_STRATEGIC@" + sixteenth), later))
                .extracting(ChaseStep::kind).containsExactly(MailKind.ESCALATION_CHIEF_EXECUTIVE);
        ChasePlan movedLater = new ChasePlan(schedule(NINTH.plusDays(7)), null, ninth);
        assertThat(movedLater.due(null, Set.of("OVERDUE"), movedLater.at(MailKind.OVERDUE).orElseThrow()))
                .extracting(ChaseStep::kind).containsExactly(MailKind.OVERDUE);
    }

    private static ChaseSchedule.Schedule schedule(ZonedDateTime deadline) {
        return new ChaseSchedule(new WorkingDays(BankHolidays.bundled())).plan(deadline,
                ChasePolicy.parse("0", LocalTime.of(9, 0), 5, 5));
    }

    private static List<String> keys(ChasePlan plan) {
        return plan.steps().stream().map(ChaseStep::key).toList();
    }
}
