package uk.quarterlyreturns.chasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.base.mail.OutboxEntry;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleStatus;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ServiceReturn;

/** A chase by hand stays the service's to act on while its return is with them, reopened for correction included. */
class OvertakenMailTest {

    private static final Instant IN = Instant.parse("2017-10-18T09:00:00Z");

    @Test
    void aChaseOfAReturnReopenedOrSentBackIsNotOvertakenOneOfASubmittedReturnIs() {
        assertThat(OvertakenMail.asksForWhatIsIn(chase(), of(ReturnStatus.REOPENED))).isFalse();
        assertThat(OvertakenMail.asksForWhatIsIn(chase(), of(ReturnStatus.SENT_BACK))).isFalse();
        assertThat(OvertakenMail.asksForWhatIsIn(chase(), of(ReturnStatus.SUBMITTED))).isTrue();
        assertThat(OvertakenMail.asksForWhatIsIn(chase(), of(ReturnStatus.ACCEPTED))).isTrue();
    }

    /** Said overdue, then given a later deadline: the notice and escalations held would now be untrue. */
    @Test
    void anOverdueNoticeOrEscalationOfAReturnWhoseDeadlineMovedLaterSaysWhatIsNoLongerTrue() {
        Cycle cycle = new Cycle(1, 1, "2017-18", 2, CycleStatus.OPEN, Instant.parse("2017-10-20T16:00:00Z"),
                Instant.parse("2017-10-31T09:00:00Z"), "perf", IN, "7,2", LocalTime.of(9, 0), 5, 5);
        Instant monday = Instant.parse("2017-10-23T09:00:00Z");
        ServiceReturn extended = new ServiceReturn(1, 1, 1, "Housing", 1, "Place", ReturnStatus.DRAFT, null, null,
                null, null, null, null, null, null, 1, null, null, Instant.parse("2017-10-27T16:00:00Z"), "late");
        for (String kind : new String[] {"OVERDUE", "ESCALATION_STRATEGIC", "ESCALATION_CHIEF_EXECUTIVE"}) {
            assertThat(OvertakenMail.lateNoLonger(held(kind), extended, cycle, monday)).as(kind).isTrue();
            assertThat(OvertakenMail.lateNoLonger(held(kind), of(ReturnStatus.DRAFT), cycle, monday)).as(kind)
                    .isFalse();
            assertThat(OvertakenMail.lateNoLonger(held(kind), extended, cycle, Instant.parse("2017-10-28T09:00:00Z")))
                    .as(kind + ", overdue again after the new deadline").isFalse();
        }
        assertThat(OvertakenMail.lateNoLonger(held("REMINDER"), extended, cycle, monday))
                .as("a reminder still asks for the return; the digest shows its deadline as it now stands").isFalse();
    }

    private static OutboxEntry chase() {
        return held("CHASE");
    }

    private static OutboxEntry held(String kind) {
        return new OutboxEntry(1, "MANUAL:return-1:data.housing:1", kind, "data.housing@demo.council.test",
                "Housing's Q2 2017/18 return: Chase", 1L, 1L, IN, OutboxEntry.Status.HELD, null, 0, null);
    }

    private static ServiceReturn of(ReturnStatus status) {
        return new ServiceReturn(1, 1, 1, "Housing", 1, "Place", status, IN, IN, "data.housing", null, null, null,
                null, "RH-1 was typed as 85", 1, null, null);
    }
}
