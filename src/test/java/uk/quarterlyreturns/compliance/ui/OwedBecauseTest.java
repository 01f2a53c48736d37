package uk.quarterlyreturns.compliance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ServiceReturn;

/** The preview of a chase of several says why each service still owes its return, with the comment its email gives. */
class OwedBecauseTest {

    private static final Instant IN = Instant.parse("2017-10-20T10:00:00Z");

    @Test
    void eachKindIsSaidOnceWithTheCommentsOfThoseSentBackOrReopened() {
        assertThat(OwedBecause.lines(List.of(
                r("Learning", ReturnStatus.DRAFT, null, null),
                r("Housing", ReturnStatus.SENT_BACK, IN, "RH-1 rose by 20 points"),
                r("Adult Care", ReturnStatus.NOT_STARTED, null, null),
                r("Finance", ReturnStatus.SENT_BACK, IN, null),
                r("Highways", ReturnStatus.REOPENED, IN, "RH-2 was typed as 19"))))
                .containsExactly("2 not yet in",
                        "2 sent back for rework, not yet submitted again: Housing (“RH-1 rose by 20 points”); Finance",
                        "1 reopened for correction, not yet submitted again: Highways (“RH-2 was typed as 19”)");
    }

    @Test
    void oneInSinceThePageWasReadIsSaidToBeLeftOut() {
        assertThat(OwedBecause.lines(List.of(r("Learning", ReturnStatus.NOT_STARTED, null, null),
                r("Housing", ReturnStatus.SUBMITTED, IN, null))))
                .containsExactly("1 not yet in",
                        "Since the page was read, Housing's return is submitted: it will not be chased");
    }

    private static ServiceReturn r(String service, ReturnStatus status, Instant firstIn, String comment) {
        return new ServiceReturn(1, 1, 1, service, 1, "Place", status, firstIn, firstIn, null, null, null, null, null,
                comment, 1, null, null);
    }
}
