package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.html.NativeTableRow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.compliance.ComplianceService;
import uk.quarterlyreturns.people.Delegations;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.returns.ReturnPermissions;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnTrail;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.TaskClaims;
import uk.quarterlyreturns.returns.TrailTable;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * Who held a return's step, and since when: each claim and release is in the return's history, by name and under
 * the step's name, and in its export by username. Holding a step is no work on the return: it neither stops anyone
 * accepting or countersigning it, nor shows as the return's last activity on the compliance screen.
 */
class StepClaimsInTheHistoryTest extends ViewTest {

    @Autowired ApplicationContext context;
    @Autowired TaskClaims claims;
    @Autowired TaskService tasks;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReturnTrail trail;
    @Autowired ReturnPermissions permissions;
    @Autowired Delegations delegations;
    @Autowired ComplianceService compliance;
    @Autowired Clock clock;
    @Autowired PeopleService people;

    @Test
    void claimsAndReleasesAreInTheHistoryByNameAndCountAsNobodysWork() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4070);
        long id = scenario.housing.id();
        String complete = step(id, ReturnProcess.TASK_COMPLETE_RETURN);
        claims.claim(complete, "data.housing");
        assertThatThrownBy(() -> claims.release(complete, "dir.housing")).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> claims.claim(complete, "data.economy")).isInstanceOf(NotAllowedException.class);
        claims.release(complete, "data.housing");
        scenario.completeAndSubmit();

        scenario.awaitTask(ReturnProcess.TASK_SIGN_OFF);
        LocalDate today = LocalDate.now(clock);
        long deputy = delegations.name(scenario.housing.serviceId(), "sd.economy", today, today.plusDays(7),
                "dir.housing");
        try {
            String signOff = step(id, ReturnProcess.TASK_SIGN_OFF);
            claims.claim(signOff, "sd.economy");
            claims.release(signOff, "sd.economy");
        } finally {
            delegations.end(deputy, "dir.housing");
        }
        workflow.signOff(id, "dir.housing");
        scenario.awaitTask(ReturnProcess.TASK_QUALITY_CHECK);
        Instant signedOff = lastActivity(scenario);
        claims.claim(step(id, ReturnProcess.TASK_QUALITY_CHECK), "perf");

        assertThat(lastActivity(scenario)).as("a claim is no activity on the return").isEqualTo(signedOff);
        assertThat(trail.workedOn(id, "sd.economy")).isFalse();
        assertThat(permissions.canCountersign("sd.economy", scenario.reload())).isTrue();
        workflow.accept(id, "perf");
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.ACCEPTED);

        signIn("perf");
        open(ReturnView.path(id));
        assertThat(heldSteps()).containsExactly(
                List.of("Performance Officer", "Step claimed", "Quality check return"),
                List.of("Graham Sutcliffe", "Step released", "Sign off return"),
                List.of("Graham Sutcliffe", "Step claimed", "Sign off return"),
                List.of("Lucy Wade", "Step released", "Complete return"),
                List.of("Lucy Wade", "Step claimed", "Complete return"));
        assertThat(TrailTable.rows(trail.history(id))).filteredOn(row -> row.get(2).toString().startsWith("Step "))
                .as("the export keeps the usernames").extracting(row -> row.get(1))
                .containsExactly("data.housing", "data.housing", "sd.economy", "sd.economy", "perf");
    }

    /**
     * A deputy ended while holding the sign-off lets go of it: the history names who ended the cover, whose claim was
     * released (by name on the page) and why.
     */
    @Test
    void aClaimLetGoWhenTheDeputyIsEndedNamesWhoseItWasAndWhy() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4193);
        long id = scenario.housing.id();
        scenario.completeAndSubmit();
        scenario.awaitTask(ReturnProcess.TASK_SIGN_OFF);
        LocalDate today = LocalDate.now(clock);
        long deputy = delegations.name(scenario.housing.serviceId(), "sd.economy", today, today.plusDays(7),
                "dir.housing");
        claims.claim(step(id, ReturnProcess.TASK_SIGN_OFF), "sd.economy");

        delegations.end(deputy, "dir.housing");

        signIn("perf");
        open(ReturnView.path(id));
        assertThat(_find(_get(ReturnHistory.class), NativeTableRow.class).stream().skip(1)
                .map(row -> row.getChildren().map(c -> c.getElement().getTextRecursively()).toList())
                .filter(cells -> cells.get(2).equals("Step released")).map(cells -> cells.subList(1, 7)).toList())
                .containsExactly(List.of(people.find("dir.housing").orElseThrow().displayName(), "Step released",
                        "Sign off return", "Graham Sutcliffe", "", "Their cover as deputy was ended"));
    }

    private Instant lastActivity(ReturnScenario scenario) {
        return compliance.forCycle(scenario.cycle.id()).returns().get(0).lastActivity();
    }

    /** The history's rows of steps claimed and released, newest first: who, what, which step. */
    private static List<List<String>> heldSteps() {
        return _find(_get(ReturnHistory.class), NativeTableRow.class).stream().skip(1)
                .map(row -> row.getChildren().map(c -> c.getElement().getTextRecursively()).toList())
                .filter(cells -> cells.get(2).startsWith("Step ")).map(cells -> cells.subList(1, 4)).toList();
    }

    private String step(long returnId, String key) {
        return tasks.createTaskQuery().processVariableValueEquals(ReturnProcess.VAR_RETURN_ID, returnId)
                .taskDefinitionKey(key).active().singleResult().getId();
    }
}
