package uk.quarterlyreturns.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/** The cover report's key decision reads back as saved: yes, no, or not stated, whatever the other fields hold. */
class CabinetCoverKeyDecisionTest extends ApplicationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CabinetCoverService covers;

    @Test
    void notStatedStaysNotStatedAndYesStaysYesWithOrWithoutAPurpose() throws Exception {
        long cycleId = ReturnScenario.open(context, 2908).cycle.id();

        covers.write(cycleId, "perf", cover("Quarter 2 performance", null));
        assertThat(covers.read(cycleId).keyDecision()).as("not stated, with a purpose").isNull();

        covers.write(cycleId, "perf", cover(null, Boolean.TRUE));
        assertThat(covers.read(cycleId).keyDecision()).as("yes, without a purpose").isTrue();

        covers.write(cycleId, "perf", cover("Quarter 2 performance", Boolean.FALSE));
        assertThat(covers.read(cycleId).keyDecision()).isFalse();
    }

    private static CabinetCover cover(String purpose, Boolean keyDecision) {
        return new CabinetCover("Cabinet", null, null, purpose, keyDecision, null, null, null, null, null);
    }
}
