package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.framework.MeasureEntry;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.people.Delegations;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.people.UserFields;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.HeldImports;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * Housing's return awaits sign-off. Its deputy's save of HF-1 is committing as the director opens the page. The page
 * took its moment from the clock alone, after the save had stamped its entry but before the save committed: the page
 * showed the old figure, the check at sign-off found no change after that moment, and the director signed off a
 * figure they never saw. The page's moment is now taken holding the return, so the save commits first and the page
 * shows it. Year 6262 is this class's own.
 */
class SignOffPageWhileADeputySavesTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReturnEditing editing;
    @Autowired ReturnTrail trail;
    @Autowired ReturnRepository returns;
    @Autowired ValueRepository values;
    @Autowired Delegations delegations;
    @Autowired UserAdministration admin;
    @Autowired Organisation organisation;
    @Autowired RuntimeService runtime;
    @Autowired TransactionTemplate transactions;
    @Autowired Clock clock;

    /** What the director's page read: its moment, and HF-1 as shown. */
    record Page(Instant readAt, BigDecimal hf1) {
    }

    /** Housing's return submitted and awaiting sign-off, a deputy named for the week. */
    record AtSignOff(ReturnScenario scenario, long housing, long hf1, String deputy, long named, int version) {
    }

    private AtSignOff atSignOff(int year) throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, year);
        var service = organisation.findService("Housing").orElseThrow();
        String deputy = "saving.deputy" + year;
        admin.create(new UserFields(deputy, "Sam Standin", deputy + "@council.test",
                EnumSet.of(Role.STRATEGIC_DIRECTOR), null, service.directorateId()), "a long enough password", "admin");
        LocalDate today = LocalDate.now(clock);
        long named = delegations.name(service.id(), deputy, today, today.plusDays(7), "dir.housing");
        scenario.completeAndSubmit();
        scenario.awaitTask(ReturnProcess.TASK_SIGN_OFF);
        return new AtSignOff(scenario, scenario.housing.id(), scenario.measureId("HF-1"), deputy, named,
                scenario.reload().version());
    }

    private void end(AtSignOff at) {
        delegations.end(at.named(), "dir.housing");
        OpenedCycles.end(runtime, returns, at.scenario().cycle.id());
    }

    private int save(AtSignOff at, String figure) {
        return editing.saveMeasure(at.housing(), at.hf1(), values.find(at.hf1(), 2).orElseThrow().version(),
                new MeasureEntry(new BigDecimal(figure), null, null, null, null, null), at.deputy());
    }

    @Test
    void aSaveCommittingAsThePageOpensIsShownOnIt() throws Exception {
        AtSignOff at = atSignOff(6262);
        try {
            Page page = HeldImports.secondWhileFirstOpen(transactions, () -> save(at, "91"), () -> {
                Instant readAt = trail.readMark(at.housing());
                return new Page(readAt, values.find(at.hf1(), 2).orElseThrow().value());
            }).second();

            assertThat(page.hf1()).as("HF-1 as the director's page shows it").isEqualByComparingTo("91");
            workflow.signOff(at.housing(), at.version(), page.readAt(), "dir.housing", null);
            assertThat(returns.find(at.housing()).orElseThrow().status()).isEqualTo(ReturnStatus.SIGNED_OFF);
        } finally {
            end(at);
        }
    }

    @Test
    void aSaveAfterThePageOpenedIsRefusedAtSignOff() throws Exception {
        AtSignOff at = atSignOff(6263);
        try {
            Instant readAt = trail.readMark(at.housing());
            save(at, "92");

            assertThatThrownBy(() -> workflow.signOff(at.housing(), at.version(), readAt, "dir.housing", null))
                    .hasMessageContaining("HF-1");
            assertThat(returns.find(at.housing()).orElseThrow().status()).isEqualTo(ReturnStatus.SUBMITTED);
        } finally {
            end(at);
        }
    }
}
