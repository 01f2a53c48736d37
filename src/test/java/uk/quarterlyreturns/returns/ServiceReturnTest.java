package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When a return is owed late: what a chase of the late ones asks again of each return as it goes. */
class ServiceReturnTest {

    private static final Instant DEADLINE = Instant.parse("2017-10-20T16:00:00Z");
    private static final Instant AFTER = DEADLINE.plusSeconds(3600);

    @Test
    void aReturnNotInIsOwedLateOnceItsOwnDeadlineHasPassed() {
        assertThat(of(ReturnStatus.DRAFT, null, null).owedLate(DEADLINE, AFTER)).isTrue();
        assertThat(of(ReturnStatus.DRAFT, null, null).owedLate(DEADLINE, DEADLINE)).as("at the deadline").isFalse();
        assertThat(of(ReturnStatus.DRAFT, null, AFTER.plusSeconds(60)).owedLate(DEADLINE, AFTER))
                .as("extended since the page was read").isFalse();
        assertThat(of(ReturnStatus.DRAFT, null, null).owedLate(AFTER.plusSeconds(60), AFTER))
                .as("the cycle's deadline moved later").isFalse();
    }

    @Test
    void aReturnSentBackIsOwedLateAndOneInIsNot() {
        assertThat(of(ReturnStatus.SENT_BACK, DEADLINE, null).owedLate(DEADLINE, AFTER)).isTrue();
        assertThat(of(ReturnStatus.SUBMITTED, DEADLINE, null).owedLate(DEADLINE, AFTER)).isFalse();
        assertThat(of(ReturnStatus.WITHDRAWN, null, null).owedLate(DEADLINE, AFTER)).isFalse();
    }

    private static ServiceReturn of(ReturnStatus status, Instant firstSubmittedAt, Instant extendedTo) {
        return new ServiceReturn(1, 1, 1, "Highways", 1, "Place", status, firstSubmittedAt, firstSubmittedAt, null,
                null, null, null, null, null, 1, null, null, extendedTo, extendedTo == null ? null : "Agreed");
    }
}
