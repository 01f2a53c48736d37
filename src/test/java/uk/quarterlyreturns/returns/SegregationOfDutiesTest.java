package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
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
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.CycleService;
import uk.quarterlyreturns.framework.ActionEntry;
import uk.quarterlyreturns.framework.FigureImport;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.KeyActionRepository;
import uk.quarterlyreturns.framework.MeasureEntry;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.people.Delegations;
import uk.quarterlyreturns.people.PeopleFileImport;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.people.UserFields;
import uk.quarterlyreturns.people.UserRejectedException;
import uk.quarterlyreturns.returns.ui.InboxTasks;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.ReturnScenario;

/** Nobody checks their own work: who may be a deputy, which roles stay apart, and who may accept a return. */
class SegregationOfDutiesTest extends ApplicationTest {

    private static final AtomicInteger N = new AtomicInteger();
    private static final String PASSWORD = "a long enough password";

    @Autowired ApplicationContext context;
    @Autowired Delegations delegations;
    @Autowired UserAdministration admin;
    @Autowired PeopleService people;
    @Autowired Organisation organisation;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReturnEditing editing;
    @Autowired ReturnPermissions permissions;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired TaskService tasks;
    @Autowired TaskClaims claims;
    @Autowired InboxTasks inbox;

    @Test
    void aDirectorNamingThePerformanceTeamTheChiefExecutiveOrAnAdministratorAsDeputyIsRefused() {
        long housing = housing().id();
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> delegations.name(housing, "perf", today, today.plusDays(7), "dir.housing"))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("performance team");
        assertThatThrownBy(() -> delegations.name(housing, "ceo", today, today.plusDays(7), "dir.housing"))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("chief executive");
        assertThatThrownBy(() -> delegations.name(housing, "admin", today, today.plusDays(7), "admin"))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("administrator");
        assertThatThrownBy(() -> delegations.name(housing, "reader", today, today.plusDays(7), "dir.housing"))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("not a director");
        assertThat(delegations.activeDeputies(housing, today)).doesNotContain("perf", "ceo", "admin", "reader");

        long id = delegations.name(housing, "sd.economy", today, today.plusDays(7), "dir.housing");
        assertThat(delegations.activeDeputies(housing, today)).contains("sd.economy");
        delegations.end(id, "dir.housing");
    }

    @Test
    void aDeputyMovedIntoThePerformanceTeamIsRefusedAndAnOldDelegationToThemNoLongerSignsOff() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2421);
        LocalDate today = LocalDate.now(clock);
        String deputy = user(EnumSet.of(Role.STRATEGIC_DIRECTOR), null, housing().directorateId());
        delegations.name(housing().id(), deputy, today, today.plusDays(7), "dir.housing");
        assertThatThrownBy(() -> admin.update(fields(deputy, EnumSet.of(Role.PERFORMANCE_TEAM), null, null), "admin"))
                .isInstanceOfSatisfying(UserRejectedException.class, e -> assertThat(e.problems()
                        .get(UserRejectedException.ROLES)).contains("performance team", "End or withdraw"));

        // A delegation to the performance team made before the rule existed gives them nothing.
        jdbc.sql("insert into delegation (service_id, deputy, starts_on, ends_on, created_by) values (:s, 'perf',"
                + " :from, :to, 'dir.housing')").param("s", housing().id()).param("from", Date.valueOf(today))
                .param("to", Date.valueOf(today.plusDays(7))).update();
        try {
            assertThat(delegations.activeDeputies(housing().id(), today)).contains(deputy).doesNotContain("perf");
            assertThat(permissions.canSignOff("perf", scenario.housing)).isFalse();
            assertThat(permissions.canPrepare("perf", scenario.housing)).isFalse();
        } finally {
            jdbc.sql("delete from delegation where deputy = 'perf'").update();
        }
    }

    @Test
    void oneUserHoldingBothPerformanceTeamAndChiefExecutiveIsRefused() throws Exception {
        String both = "duties.both" + N.incrementAndGet();
        assertThatThrownBy(() -> admin.create(fields(both, EnumSet.of(Role.PERFORMANCE_TEAM, Role.CHIEF_EXECUTIVE),
                null, null), PASSWORD, "admin"))
                .isInstanceOfSatisfying(UserRejectedException.class, e -> assertThat(e.problems()
                        .get(UserRejectedException.ROLES)).contains("cannot do both"));
        assertThatThrownBy(() -> admin.update(fields("ceo", EnumSet.of(Role.CHIEF_EXECUTIVE, Role.PERFORMANCE_TEAM),
                null, null), "admin")).isInstanceOf(UserRejectedException.class);
        assertThat(people.find("ceo").orElseThrow().roles()).containsExactly(Role.CHIEF_EXECUTIVE);

        String file = "username,display_name,email,role,directorate,service\n"
                + both + ",Both,b@council.test,PERFORMANCE_TEAM,,\n" + both + ",Both,b@council.test,CHIEF_EXECUTIVE,,\n";
        assertThatThrownBy(() -> context.getBean(PeopleFileImport.class).importFile(
                TabularFile.read(file.getBytes(StandardCharsets.UTF_8), "people.csv"), PASSWORD, false))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors())
                        .anyMatch(error -> error.row() == 3 && error.message().contains("one row per person")));
        assertThat(people.find(both)).isEmpty();
    }

    @Test
    void whoeverPreparedSubmittedOrSignedOffAReturnIsRefusedItsAcceptance() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2422);
        long id = scenario.housing.id();
        LocalDate today = LocalDate.now(clock);
        String preparer = user(EnumSet.of(Role.DATA_OFFICER), housing().id(), null);
        String submitter = user(EnumSet.of(Role.DATA_OFFICER), housing().id(), null);
        String signer = user(EnumSet.of(Role.STRATEGIC_DIRECTOR), null, housing().directorateId());
        long delegation = delegations.name(housing().id(), signer, today, today.plusDays(7), "dir.housing");
        // The performance team's feed is not the service's work: whoever fed a figure may still accept.
        context.getBean(FigureImport.class).importValues(scenario.year, 2, TabularFile.read(
                "code,value\nHF-2,55\n".getBytes(StandardCharsets.UTF_8), "values.csv"), "perfmgr");

        editing.saveMeasure(id, scenario.measureId("HF-1"), null,
                new MeasureEntry(new BigDecimal("85"), null, null, null, null, null), preparer);
        scenario.keyActionOnTrack(2);
        workflow.submit(id, submitter);
        workflow.signOff(id, signer);
        delegations.end(delegation, "dir.housing");
        for (String who : new String[] {preparer, submitter, signer}) {
            admin.update(fields(who, EnumSet.of(Role.PERFORMANCE_TEAM), null, null), "admin");
        }

        for (String who : new String[] {preparer, submitter, signer}) {
            assertThat(permissions.canAccept(who, scenario.reload())).as(who).isFalse();
            assertThatThrownBy(() -> workflow.accept(id, who)).as(who).isInstanceOf(NotAllowedException.class)
                    .hasMessageContaining("nobody checks their own work");
        }
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SIGNED_OFF);
        assertThat(permissions.canAccept("perfmgr", scenario.reload())).isTrue();
        workflow.accept(id, "perfmgr");
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.ACCEPTED);
    }

    @Test
    void bulkAcceptancesPreviewLeavesAReturnThePersonPreparedWithTheReason() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2750);
        long id = scenario.housing.id();
        String preparer = user(EnumSet.of(Role.DATA_OFFICER), housing().id(), null);
        editing.saveMeasure(id, scenario.measureId("HF-1"), null,
                new MeasureEntry(new BigDecimal("85"), null, null, null, null, null), preparer);
        scenario.enter("HF-2", 2, "55");
        scenario.keyActionOnTrack(2);
        workflow.submit(id, "data.housing");
        workflow.signOff(id, "dir.housing");
        admin.update(fields(preparer, EnumSet.of(Role.PERFORMANCE_TEAM), null, null), "admin");
        BulkAcceptance bulk = context.getBean(BulkAcceptance.class);

        // The dialog lists which will be accepted before anything happens: it must not promise this one.
        assertThat(bulk.preview(Set.of(id), preparer)).singleElement().satisfies(v -> {
            assertThat(v.acceptable()).isFalse();
            assertThat(v.reason()).contains("nobody checks their own work");
        });
        assertThat(bulk.accept(Set.of(id), preparer).accepted()).isEmpty();
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SIGNED_OFF);
        assertThat(bulk.preview(Set.of(id), "perfmgr")).singleElement().satisfies(v ->
                assertThat(v.acceptable()).isTrue());
    }

    @Test
    void aDataOfficerWhoOnlyGaveAKeyActionsReasonsAndActionsPlannedIsRefusedItsAcceptance() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2423);
        long id = scenario.housing.id();
        String wordsOnly = user(EnumSet.of(Role.DATA_OFFICER), housing().id(), null);
        scenario.enter("HF-1", 2, "85");
        scenario.enter("HF-2", 2, "55");
        scenario.keyActionOnTrack(2);
        long action = scenario.actionId("HKA-1");
        KeyActionRepository actions = context.getBean(KeyActionRepository.class);
        editing.saveKeyAction(id, action, actions.findStatus(action, 2).orElseThrow().version(), new ActionEntry(
                Rag.GREEN, "Twelve homes brought back into use", null, null), "data.housing");
        // Same status and commentary: the trail records only the reasons and the actions planned as theirs.
        editing.saveKeyAction(id, action, actions.findStatus(action, 2).orElseThrow().version(), new ActionEntry(
                Rag.GREEN, "Twelve homes brought back into use", "Two empty homes were bought by the council",
                "Bring them into use by March"), wordsOnly);
        assertThat(context.getBean(ReturnTrail.class).forReturn(id)).filteredOn(e -> e.actor().equals(wordsOnly))
                .extracting(ReturnTrail.Event::kind).containsExactlyInAnyOrder("ACTION_REASONS",
                        "ACTION_ACTIONS_PLANNED");
        workflow.submit(id, "data.housing");
        workflow.signOff(id, "dir.housing");
        admin.update(fields(wordsOnly, EnumSet.of(Role.PERFORMANCE_TEAM), null, null), "admin");

        assertThat(permissions.canAccept(wordsOnly, scenario.reload())).isFalse();
        assertThatThrownBy(() -> workflow.accept(id, wordsOnly)).isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("nobody checks their own work");
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SIGNED_OFF);
    }

    @Test
    void aDeputyWhoseDelegationHasEndedNeitherSeesNorClaimsTheSignOffTheyWereOffered() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2670);
        long id = scenario.housing.id();
        LocalDate today = LocalDate.now(clock);
        String deputy = user(EnumSet.of(Role.STRATEGIC_DIRECTOR), null, housing().directorateId());
        long delegation = delegations.name(housing().id(), deputy, today, today.plusDays(7), "dir.housing");
        scenario.enter("HF-1", 2, "85");
        scenario.enter("HF-2", 2, "55");
        scenario.keyActionOnTrack(2);
        workflow.submit(id, "data.housing");
        scenario.awaitTask(ReturnProcess.TASK_SIGN_OFF);
        String signOff = tasks.createTaskQuery().processVariableValueEquals(ReturnProcess.VAR_RETURN_ID, id)
                .taskDefinitionKey(ReturnProcess.TASK_SIGN_OFF).active().singleResult().getId();
        assertThat(inbox.forUser(deputy)).as("offered while named").anyMatch(i -> i.taskId().equals(signOff));

        // The engine offered the step by name when it began; the delegation ends while it waits.
        delegations.end(delegation, "dir.housing");

        assertThat(permissions.canSignOff(deputy, scenario.reload())).isFalse();
        assertThatThrownBy(() -> claims.claim(signOff, deputy)).isInstanceOf(NotAllowedException.class);
        assertThat(inbox.forUser(deputy)).noneMatch(i -> i.taskId().equals(signOff));
        assertThat(tasks.createTaskQuery().taskId(signOff).singleResult().getAssignee()).isNull();
        assertThat(inbox.forUser("dir.housing")).as("still in the director's inbox, unclaimed")
                .anyMatch(i -> i.taskId().equals(signOff) && i.claimedBy() == null);

        // Named again, they claim it; once that period ends too, their claim is let go and the director finds it free.
        long again = delegations.name(housing().id(), deputy, today, today.plusDays(7), "dir.housing");
        claims.claim(signOff, deputy);
        delegations.end(again, "dir.housing");
        assertThat(inbox.forUser(deputy)).noneMatch(i -> i.taskId().equals(signOff));
        assertThat(inbox.forUser("dir.housing")).anyMatch(i -> i.taskId().equals(signOff) && i.claimedBy() == null);
        claims.claim(signOff, "dir.housing");
        assertThat(tasks.createTaskQuery().taskId(signOff).singleResult().getAssignee()).isEqualTo("dir.housing");
    }

    /** A director going on leave mid-cycle names a deputy: the steps already open reach the deputy's inbox. */
    @Test
    void aDeputyNamedAfterTheStepsBeganIsOfferedThemWithinTheirPeriod() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2679);
        long id = scenario.housing.id();
        scenario.awaitTask(ReturnProcess.TASK_COMPLETE_RETURN);
        String complete = tasks.createTaskQuery().processVariableValueEquals(ReturnProcess.VAR_RETURN_ID, id)
                .taskDefinitionKey(ReturnProcess.TASK_COMPLETE_RETURN).active().singleResult().getId();
        LocalDate today = LocalDate.now(clock);
        String later = user(EnumSet.of(Role.STRATEGIC_DIRECTOR), null, housing().directorateId());
        String now = user(EnumSet.of(Role.STRATEGIC_DIRECTOR), null, housing().directorateId());
        assertThat(inbox.forUser(now)).noneMatch(i -> i.taskId().equals(complete));

        delegations.name(housing().id(), later, today.plusDays(3), today.plusDays(9), "dir.housing");
        delegations.name(housing().id(), now, today, today.plusDays(7), "dir.housing");
        assertThat(inbox.forUser(now)).as("named today, offered the open step").anyMatch(i -> i.taskId().equals(complete));
        assertThat(inbox.forUser(later)).as("not before their period").noneMatch(i -> i.taskId().equals(complete));

        scenario.enter("HF-1", 2, "85");
        scenario.enter("HF-2", 2, "55");
        scenario.keyActionOnTrack(2);
        claims.claim(complete, now);
        workflow.submit(id, now);
        scenario.awaitTask(ReturnProcess.TASK_SIGN_OFF);
        String signOff = tasks.createTaskQuery().processVariableValueEquals(ReturnProcess.VAR_RETURN_ID, id)
                .taskDefinitionKey(ReturnProcess.TASK_SIGN_OFF).active().singleResult().getId();
        assertThat(inbox.forUser(now)).as("a step begun while named").anyMatch(i -> i.taskId().equals(signOff));
    }

    /** The director moves on mid-cycle: their successor finds the waiting sign-off in their inbox. */
    @Test
    void aDirectorNamedAfterTheSignOffBeganIsOfferedIt() throws Exception {
        String service = "Leave Cover Service 2678";
        context.getBean(FrameworkImport.class).importMeasures("2678-79", TabularFile.read(("code,title,directorate,"
                + "service,theme,unit,polarity,frequency,aggregation,target,floor,tolerance_pct,rag_scheme\n"
                + "LC-1,Cover arranged,Economy and Infrastructure,\"" + service + "\",Ambitious,COUNT,HIGHER_IS_BETTER,"
                + "QUARTERLY,SNAPSHOT,50,,,FIVE_POINT\n").getBytes(StandardCharsets.UTF_8), "f.csv"));
        Organisation.ServiceUnit unit = organisation.findService(service).orElseThrow();
        String leaving = user(EnumSet.of(Role.SERVICE_DIRECTOR), unit.id(), unit.directorateId());
        Instant now = Instant.now();
        long cycle = context.getBean(CycleService.class).open("2678-79", 2,
                now.plus(Duration.ofDays(14)), now.plus(Duration.ofDays(30)),
                ChasePolicy.DEFAULT, "perf").id();
        ReturnRepository returns = context.getBean(ReturnRepository.class);
        Await.until("the return issued", ReturnScenario.WAIT,
                () -> !returns.forCycle(cycle).isEmpty() && awaiting(returns.forCycle(cycle).get(0).id(),
                        ReturnProcess.TASK_COMPLETE_RETURN));
        long id = returns.forCycle(cycle).get(0).id();
        context.getBean(FigureImport.class).importValues("2678-79", 2, TabularFile.read(
                "code,value\nLC-1,60\n".getBytes(StandardCharsets.UTF_8), "v.csv"), "perf");
        workflow.submit(id, leaving);
        Await.until("the sign-off begun", ReturnScenario.WAIT,
                () -> awaiting(id, ReturnProcess.TASK_SIGN_OFF));
        String signOff = tasks.createTaskQuery().processVariableValueEquals(ReturnProcess.VAR_RETURN_ID, id)
                .taskDefinitionKey(ReturnProcess.TASK_SIGN_OFF).active().singleResult().getId();

        admin.update(fields(leaving, EnumSet.of(Role.STRATEGIC_DIRECTOR), null, unit.directorateId()), "admin");
        String successor = user(EnumSet.of(Role.SERVICE_DIRECTOR), unit.id(), unit.directorateId());

        assertThat(inbox.forUser(successor)).anyMatch(i -> i.taskId().equals(signOff));
        assertThat(inbox.forUser(leaving)).noneMatch(i -> i.taskId().equals(signOff));
        claims.claim(signOff, successor);
        workflow.signOff(id, successor);
        assertThat(returns.find(id).orElseThrow().status()).isEqualTo(ReturnStatus.SIGNED_OFF);
    }

    private boolean awaiting(long returnId, String step) {
        return tasks.createTaskQuery().processVariableValueEquals(ReturnProcess.VAR_RETURN_ID, returnId)
                .taskDefinitionKey(step).active().count() == 1;
    }

    private String user(Set<Role> roles, Long serviceId, Long directorateId) {
        String username = "duties.user" + N.incrementAndGet();
        admin.create(fields(username, roles, serviceId, directorateId), PASSWORD, "admin");
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
