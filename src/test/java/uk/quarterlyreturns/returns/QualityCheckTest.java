package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "Next return to check": the next signed-off return of the cycle this person may accept, going round. */
class QualityCheckTest {

    private final List<ServiceReturn> cycle = List.of(r(1, ReturnStatus.SIGNED_OFF), r(2, ReturnStatus.ACCEPTED),
            r(3, ReturnStatus.SIGNED_OFF), r(4, ReturnStatus.SUBMITTED), r(5, ReturnStatus.SIGNED_OFF));

    @Test
    void theNextSignedOffReturnAfterThisOneGoingRoundAndNeverThisOne() {
        assertThat(next(1, r -> true)).hasValue(3L);
        assertThat(next(3, r -> true)).hasValue(5L);
        assertThat(next(5, r -> true)).as("round to the start").hasValue(1L);
        assertThat(next(2, r -> true)).hasValue(3L);
    }

    @Test
    void returnsThisPersonMayNotAcceptAreSkipped() {
        assertThat(next(1, r -> r.id() != 3)).hasValue(5L);
        assertThat(next(1, r -> r.id() == 1)).as("only this one").isEmpty();
        assertThat(QualityCheck.nextAfter(List.of(r(7, ReturnStatus.SIGNED_OFF)), 7, r -> true)).isEmpty();
    }

    private Optional<Long> next(long current, java.util.function.Predicate<ServiceReturn> mayAccept) {
        return QualityCheck.nextAfter(cycle, current, mayAccept).map(ServiceReturn::id);
    }

    private static ServiceReturn r(long id, ReturnStatus status) {
        return new ServiceReturn(id, 1, id, "Service " + id, 1, "Directorate", status, null, null, null, null, null,
                null, null, null, 1, null, null);
    }
}
