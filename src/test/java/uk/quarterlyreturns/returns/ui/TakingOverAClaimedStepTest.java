package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.CycleService;
import uk.quarterlyreturns.framework.FigureImport;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.people.Delegations;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.people.UserFields;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ReturnTrail;
import uk.quarterlyreturns.returns.TaskClaims;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * A return's step claimed by someone who may no longer take it (a deputy whose period ended, a director replaced,
 * a data officer moved or disabled) reaches the inboxes of those who may take it now, who take it over; the former
 * claimant can no longer act on it. A claim by someone who may still take it stays theirs alone.
 */
class TakingOverAClaimedStepTest extends ViewTest {

    private static final AtomicInteger N = new AtomicInteger();

    @Autowired ApplicationContext context;
    @Autowired InboxTasks inbox;
    @Autowired TaskClaims claims;
    @Autowired TaskService tasks;
    @Autowired ReturnWorkflow workflow;
    @Autowired Delegations delegations;
    @Autowired UserAdministration admin;
    @Autowired Organisation organisation;
    @Autowired Clock clock;
    @Autowired ReturnTrail trail;
    @Autowired JdbcClient jdbc;

    @Test
    void aSignOffClaimedByADeputyWhosePeriodEndedIsTakenOverByTheDirectorFromTheInbox() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2715);
        long id = scenario.housing.id();
        LocalDate today = LocalDate.now(clock);
        String deputy = user(EnumSet.of(Role.STRATEGIC_DIRECTOR), null, housing().directorateId());
        long delegation = delegations.name(housing().id(), deputy, today, today.plusDays(7), "dir.housing");
        scenario.enter("HF-1", 2, "85");
        scenario.enter("HF-2", 2, "55");
        scenario.keyActionOnTrack(2);
        workflow.submit(id, "data.housing");
        scenario.awaitTask(ReturnProcess.TASK_SIGN_OFF);
        String signOff = step(id, ReturnProcess.TASK_SIGN_OFF);
        claims.claim(signOff, deputy);
        assertThat(inbox.forUser("dir.housing")).as("claimed by a deputy within their period")
                .noneMatch(i -> i.taskId().equals(signOff));

        // The period runs out (its last day was yesterday): until the hourly look lets its claims go (as an ending by
        // hand does: ReplacedDirectorsDeputyTest), the claim stays, for others to take over.
        jdbc.sql("update delegation set starts_on = :day, ends_on = :day where id = :id")
                .param("day", java.sql.Date.valueOf(today.minusDays(1))).param("id", delegation).update();

        assertThat(inbox.forUser(deputy)).as("no longer theirs").noneMatch(i -> i.taskId().equals(signOff));
        assertThat(inbox.forUser("dir.housing")).filteredOn(i -> i.taskId().equals(signOff)).singleElement()
                .satisfies(i -> assertThat(i.claimedBy()).isEqualTo(deputy));
        signIn("dir.housing");
        open("inbox");
        _setValue(_get(TextField.class, s -> s.withLabel("Filter tasks")), scenario.cycle.shortName());
        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        Component cell = GridKt._getCellComponent(grid, 0, "claim");
        assertThat(cell.getElement().getTextRecursively())
                .contains("Claimed by Duty " + deputy + ", who may no longer take it");
        Button takeOver = _get(cell, Button.class);
        assertThat(takeOver.getAriaLabel()).hasValue("Take over Sign off return: Housing return");
        _click(takeOver);

        assertThat(assignee(signOff)).isEqualTo("dir.housing");
        assertThat(trail.forReturn(id)).filteredOn(e -> e.kind().equals(TaskClaims.TAKEN_OVER)).singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("dir.housing");
                    assertThat(e.item()).isEqualTo("Sign off return");
                    assertThat(e.oldValue()).isEqualTo(deputy);
                    assertThat(e.newValue()).isEqualTo("dir.housing");
                });
        assertThatThrownBy(() -> claims.claim(signOff, deputy)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> workflow.signOff(id, deputy)).isInstanceOf(NotAllowedException.class);
        assertThat(inbox.forUser(deputy)).noneMatch(i -> i.taskId().equals(signOff));
        workflow.signOff(id, "dir.housing");
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SIGNED_OFF);
    }

    @Test
    void aSignOffClaimedByADirectorSinceReplacedInTheServiceIsTakenOverByTheirSuccessor() throws Exception {
        String service = "Claimed Sign-off Service 2716";
        context.getBean(FrameworkImport.class).importMeasures("2716-17", TabularFile.read(("code,title,directorate,"
                + "service,theme,unit,polarity,frequency,aggregation,target,floor,tolerance_pct,rag_scheme\n"
                + "CS-1,Claims cleared,Economy and Infrastructure,\"" + service + "\",Ambitious,COUNT,HIGHER_IS_BETTER,"
                + "QUARTERLY,SNAPSHOT,50,,,FIVE_POINT\n").getBytes(StandardCharsets.UTF_8), "f.csv"));
        Organisation.ServiceUnit unit = organisation.findService(service).orElseThrow();
        String replaced = user(EnumSet.of(Role.SERVICE_DIRECTOR), unit.id(), unit.directorateId());
        Instant now = Instant.now();
        long cycle = context.getBean(CycleService.class).open("2716-17", 2, now.plus(Duration.ofDays(14)),
                now.plus(Duration.ofDays(30)), ChasePolicy.DEFAULT, "perf").id();
        ReturnRepository returns = context.getBean(ReturnRepository.class);
        Await.until("the return issued", ReturnScenario.WAIT, () -> !returns.forCycle(cycle).isEmpty()
                && awaiting(returns.forCycle(cycle).get(0).id(), ReturnProcess.TASK_COMPLETE_RETURN));
        long id = returns.forCycle(cycle).get(0).id();
        context.getBean(FigureImport.class).importValues("2716-17", 2, TabularFile.read(
                "code,value\nCS-1,60\n".getBytes(StandardCharsets.UTF_8), "v.csv"), "perf");
        workflow.submit(id, replaced);
        Await.until("the sign-off begun", ReturnScenario.WAIT, () -> awaiting(id, ReturnProcess.TASK_SIGN_OFF));
        String signOff = step(id, ReturnProcess.TASK_SIGN_OFF);
        claims.claim(signOff, replaced);

        admin.update(fields(replaced, EnumSet.of(Role.STRATEGIC_DIRECTOR), null, unit.directorateId()), "admin");
        String successor = user(EnumSet.of(Role.SERVICE_DIRECTOR), unit.id(), unit.directorateId());

        assertThat(inbox.forUser(replaced)).noneMatch(i -> i.taskId().equals(signOff));
        assertThat(inbox.forUser(successor)).filteredOn(i -> i.taskId().equals(signOff)).singleElement()
                .satisfies(i -> assertThat(i.claimedBy()).isEqualTo(replaced));
        assertThatThrownBy(() -> workflow.signOff(id, replaced)).isInstanceOf(NotAllowedException.class);
        claims.claim(signOff, successor);
        assertThat(assignee(signOff)).isEqualTo(successor);
        assertThatThrownBy(() -> claims.claim(signOff, replaced)).isInstanceOf(NotAllowedException.class);
        workflow.signOff(id, successor);
        assertThat(returns.find(id).orElseThrow().status()).isEqualTo(ReturnStatus.SIGNED_OFF);
    }

    @Test
    void aCompletingStepClaimedByADataOfficerMovedOrDisabledIsTakenOverAndOneStillTheirsIsNot() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2717);
        long id = scenario.housing.id();
        String complete = step(id, ReturnProcess.TASK_COMPLETE_RETURN);
        String moving = user(EnumSet.of(Role.DATA_OFFICER), housing().id(), null);
        claims.claim(complete, moving);

        // Still theirs to take: nobody else sees it or takes it, as before.
        assertThat(inbox.forUser("dir.housing")).noneMatch(i -> i.taskId().equals(complete));
        assertThat(inbox.forUser("data.housing")).noneMatch(i -> i.taskId().equals(complete));
        assertThatThrownBy(() -> claims.claim(complete, "dir.housing")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Already claimed by Duty " + moving);
        assertThat(assignee(complete)).isEqualTo(moving);

        long economy = organisation.findService("Economy, Regeneration and Culture").orElseThrow().id();
        admin.update(fields(moving, EnumSet.of(Role.DATA_OFFICER), economy, null), "admin");

        assertThat(inbox.forUser(moving)).noneMatch(i -> i.taskId().equals(complete));
        assertThat(inbox.forUser("dir.housing")).anyMatch(i -> i.taskId().equals(complete)
                && moving.equals(i.claimedBy()));
        assertThat(inbox.forUser("data.economy")).as("offered only to Housing").noneMatch(i -> i.taskId()
                .equals(complete));
        assertThatThrownBy(() -> claims.claim(complete, "data.economy")).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> workflow.submit(id, moving)).isInstanceOf(NotAllowedException.class);
        claims.claim(complete, "data.housing");
        assertThat(assignee(complete)).isEqualTo("data.housing");
        assertThat(inbox.forUser("dir.housing")).as("now claimed by one who may take it")
                .noneMatch(i -> i.taskId().equals(complete));

        String disabled = user(EnumSet.of(Role.DATA_OFFICER), housing().id(), null);
        claims.release(complete, "data.housing");
        claims.claim(complete, disabled);
        admin.setEnabled(disabled, false, "admin");

        assertThat(inbox.forUser("data.housing")).anyMatch(i -> i.taskId().equals(complete)
                && disabled.equals(i.claimedBy()));
        claims.claim(complete, "dir.housing");
        assertThat(assignee(complete)).isEqualTo("dir.housing");
    }

    private String step(long returnId, String key) {
        return tasks.createTaskQuery().processVariableValueEquals(ReturnProcess.VAR_RETURN_ID, returnId)
                .taskDefinitionKey(key).active().singleResult().getId();
    }

    private String assignee(String taskId) {
        return tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee();
    }

    private boolean awaiting(long returnId, String step) {
        return tasks.createTaskQuery().processVariableValueEquals(ReturnProcess.VAR_RETURN_ID, returnId)
                .taskDefinitionKey(step).active().count() == 1;
    }

    private String user(Set<Role> roles, Long serviceId, Long directorateId) {
        String username = "claims.user" + N.incrementAndGet();
        admin.create(fields(username, roles, serviceId, directorateId), "a long enough password", "admin");
        return username;
    }

    private static UserFields fields(String username, Set<Role> roles, Long serviceId, Long directorateId) {
        return new UserFields(username, "Duty " + username, username + "@council.test", roles, serviceId,
                directorateId);
    }

    private Organisation.ServiceUnit housing() {
        return organisation.findService("Housing").orElseThrow();
    }
}
