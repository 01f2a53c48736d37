package uk.quarterlyreturns.chasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.base.mail.OutboxEntry;
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

    private static OutboxEntry chase() {
        return new OutboxEntry(1, "MANUAL:return-1:data.housing:1", "CHASE", "data.housing@demo.council.test",
                "Housing's Q2 2017/18 return: Chase", 1L, 1L, IN, OutboxEntry.Status.HELD, null, 0, null);
    }

    private static ServiceReturn of(ReturnStatus status) {
        return new ServiceReturn(1, 1, 1, "Housing", 1, "Place", status, IN, IN, "data.housing", null, null, null,
                null, "RH-1 was typed as 85", 1, null, null);
    }
}
