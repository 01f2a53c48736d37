package uk.quarterlyreturns.returns.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.quarterlyreturns.support.SqlStatements.reading;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.people.UserFields;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.TaskClaims;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.SqlStatements;

/**
 * A director's inbox asks whether they may still take each of their service's steps (a deputy's period may have
 * ended since a step was offered). It reads who they are and whom they deputise for once per load, not once per
 * step: the statements of a load that read each table are counted ({@link SqlStatements}).
 */
class InboxReadsTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired InboxTasks inbox;
    @Autowired TaskClaims claims;
    @Autowired TaskService tasks;
    @Autowired UserAdministration admin;
    @Autowired Organisation organisation;

    @Test
    void aDirectorsInboxReadsTheirDeputisingOnceHoweverManyStepsItHolds() throws Exception {
        ReturnScenario.open(context, 2697).awaitTask(ReturnProcess.TASK_COMPLETE_RETURN);
        long[] withFewer = readsOfALoad();
        ReturnScenario.open(context, 2698).awaitTask(ReturnProcess.TASK_COMPLETE_RETURN);
        long[] withMore = readsOfALoad();

        assertThat(withMore[0]).as("steps in the director's inbox").isGreaterThan(withFewer[0]);
        assertThat(withMore[1]).as("reads of delegations").isEqualTo(withFewer[1]).isPositive();
    }

    /**
     * Steps claimed by someone who has since left the service come back to the director, to take over: whether
     * each claimant may still take their step is read once per load as well, however many there are.
     */
    @Test
    void aDirectorsInboxReadsWhoClaimedItsStepsOnceHoweverManyHaveLeftTheService() throws Exception {
        long housing = organisation.findService("Housing").orElseThrow().id();
        long economy = organisation.findService("Economy, Regeneration and Culture").orElseThrow().id();
        String leaver = "reads.leaver";
        admin.create(officer(leaver, housing), "a long enough password", "admin");
        ReturnScenario first = ReturnScenario.open(context, 2718);
        claims.claim(step(first), leaver);
        admin.update(officer(leaver, economy), "admin");
        long[] withFewer = readsOfALoad();

        admin.update(officer(leaver, housing), "admin");
        ReturnScenario second = ReturnScenario.open(context, 2719);
        claims.claim(step(second), leaver);
        admin.update(officer(leaver, economy), "admin");
        long[] withMore = readsOfALoad();

        assertThat(inbox.forUser("dir.housing")).as("both claimed steps, back with the director")
                .anyMatch(i -> i.taskId().equals(step(first)) && leaver.equals(i.claimedBy()))
                .anyMatch(i -> i.taskId().equals(step(second)) && leaver.equals(i.claimedBy()));
        assertThat(withMore[0]).as("steps in the director's inbox").isGreaterThan(withFewer[0]);
        assertThat(withMore[1]).as("reads of delegations").isEqualTo(withFewer[1]).isPositive();
        assertThat(withMore[2]).as("reads of people").isEqualTo(withFewer[2]).isPositive();
    }

    private String step(ReturnScenario scenario) {
        return tasks.createTaskQuery().processVariableValueEquals(ReturnProcess.VAR_RETURN_ID, scenario.housing.id())
                .taskDefinitionKey(ReturnProcess.TASK_COMPLETE_RETURN).active().singleResult().getId();
    }

    private static UserFields officer(String username, long serviceId) {
        return new UserFields(username, "Leaving Officer", username + "@council.test", Set.of(Role.DATA_OFFICER),
                serviceId, null);
    }

    /** The number of steps listed, and the statements of the load that read the delegation and people tables. */
    private long[] readsOfALoad() {
        SqlStatements.Seen<List<InboxItem>> load = SqlStatements.during(() -> inbox.forUser("dir.housing"));
        return new long[] {load.result().size(), reading("delegation", load.statements()),
                reading("app_user", load.statements())};
    }
}
