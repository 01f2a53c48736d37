package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.chasing.Chasing;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.CycleService;
import uk.quarterlyreturns.framework.FigureImport;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.people.AccountChange;
import uk.quarterlyreturns.people.AccountHistoryReader;
import uk.quarterlyreturns.people.Delegation;
import uk.quarterlyreturns.people.DelegationState;
import uk.quarterlyreturns.people.Delegations;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.people.UserFields;
import uk.quarterlyreturns.returns.ui.InboxTasks;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.LockWaits;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.base.calendar.UkDateFormat;

/**
 * A deputy covers the director who was in post when they were named. However that director leaves the post (the
 * Users screen, Services and people, the people API, disabled), the deputy ends at that moment: the waiting sign-off
 * leaves their inbox and is no longer offered to them, they may not sign off, the return's mail no longer reaches
 * them, and the delegation and their account history say why. The new director never chose them. A period that runs
 * out by date lets go of the deputy's claims too.
 */
class ReplacedDirectorsDeputyTest extends ApplicationTest {

    private static final String PASSWORD = "a long enough password";

    @Autowired ApplicationContext context;
    @Autowired Delegations delegations;
    @Autowired UserAdministration admin;
    @Autowired PeopleService people;
    @Autowired Organisation organisation;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReturnPermissions permissions;
    @Autowired ReturnRepository returns;
    @Autowired InboxTasks inbox;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired Chasing chasing;
    @Autowired AccountHistoryReader history;
    @Autowired Clock clock;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired TaskClaims claims;
    @Autowired ReturnTrail trail;
    @Autowired DeputyPeriodsRunOut periodsRunOut;

    private Long cycle;

    @AfterEach
    void endTheCycle() {
        if (cycle != null) {
            OpenedCycles.end(runtime, returns, cycle);
        }
    }

    @Test
    void aDirectorWhoseRoleIsTakenOnTheUsersScreenTakesTheirDeputyWithThem() {
        Cover c = cover(4110, "director");
        UserFields strategic = fields(c.director, "Dee Director", EnumSet.of(Role.STRATEGIC_DIRECTOR), null,
                c.unit.directorateId());
        assertThat(admin.workTaken(strategic, "admin", null)).contains("Dora Deputy 4110 stops being deputy for "
                + c.unit.name() + ": named for Dee Director, they no longer sign off its returns");

        admin.update(strategic, "admin");

        c.ended("Dee Director, whom they covered, is no longer director of " + c.unit.name(), "admin", "screen");
    }

    /** Named by an administrator while the director was in post, the deputy covered that director too. */
    @Test
    void aDirectorReplacedUnderServicesAndPeopleTakesTheDeputyAnAdministratorNamedForThem() {
        Cover c = cover(4111, "admin");
        String successor = user("succ.4111", "Sue Successor", EnumSet.of(Role.READER), null, null);
        assertThat(people.deputiesEnding(successor, c.unit.id(), Role.SERVICE_DIRECTOR))
                .containsExactly("Dora Deputy 4111 stops being deputy for " + c.unit.name() + ": named for Dee"
                        + " Director, they no longer sign off its returns");

        people.assignToService(successor, c.unit.id(), c.unit.directorateId(), Role.SERVICE_DIRECTOR, "admin");

        c.ended("Dee Director, whom they covered, is no longer director of " + c.unit.name(), "admin", "screen");
        assertThat(inbox.forUser(successor)).anyMatch(i -> i.taskId().equals(c.signOff));
    }

    @Test
    void aPeopleFileReplacingTheDirectorThroughTheApiNamesTheDeputyInIts409AndEndsThem() throws Exception {
        Cover c = cover(4112, "director");
        Api api = new Api(url(""), "admin", "demo");
        String file = "username,name,email,roles,service,directorate\n"
                + c.director + ",Dee Director," + c.director + "@council.test,READER,,\n"
                + "succ.4112,Sue Successor,succ.4112@council.test,SERVICE_DIRECTOR,\"" + c.unit.name() + "\",\n";

        ResponseEntity<String> unconfirmed = api.putCsvAfterReading("/api/people", file);
        assertThat(unconfirmed.getStatusCode().value()).as(unconfirmed.getBody()).isEqualTo(409);
        assertThat(new ObjectMapper().readTree(unconfirmed.getBody()).get("workTaken")).extracting(JsonNode::asText)
                .containsExactly("Sue Successor replaces Dee Director as director of " + c.unit.name(),
                        "Dora Deputy 4112 stops being deputy for " + c.unit.name() + ": named for Dee Director, they"
                                + " no longer sign off its returns");
        assertThat(delegations.activeDeputies(c.unit.id(), LocalDate.now(clock))).as("nothing changed")
                .containsExactly(c.deputy);

        ResponseEntity<String> confirmed = api.putCsvAfterReading("/api/people?confirm=true", file);
        assertThat(confirmed.getStatusCode().value()).as(confirmed.getBody()).isEqualTo(200);

        c.ended("Dee Director, whom they covered, is no longer director of " + c.unit.name(), "admin", "API");
    }

    /** The people API's 409 names the step the deputy claimed, which ends with them: nothing is a surprise. */
    @Test
    void aPeopleFileReplacingTheDirectorNamesTheClaimTheDeputyLetsGo() throws Exception {
        Cover c = cover(4242, "director");
        claims.claim(c.signOff, c.deputy);
        Api api = new Api(url(""), "admin", "demo");
        String file = "username,name,email,roles,service,directorate\n"
                + c.director + ",Dee Director," + c.director + "@council.test,READER,,\n"
                + "succ.4242,Sue Successor,succ.4242@council.test,SERVICE_DIRECTOR,\"" + c.unit.name() + "\",\n";

        ResponseEntity<String> unconfirmed = api.putCsvAfterReading("/api/people", file);
        assertThat(unconfirmed.getStatusCode().value()).as(unconfirmed.getBody()).isEqualTo(409);
        assertThat(new ObjectMapper().readTree(unconfirmed.getBody()).get("workTaken")).extracting(JsonNode::asText)
                .contains("Dora Deputy 4242 stops being deputy for " + c.unit.name() + ": named for Dee Director, they"
                        + " no longer sign off its returns; their claim on the Q2 4242/43 return of " + c.unit.name()
                        + " (Sign off return) will be released");
        assertThat(tasks.createTaskQuery().taskId(c.signOff).singleResult().getAssignee()).as("nothing changed")
                .isEqualTo(c.deputy);

        ResponseEntity<String> confirmed = api.putCsvAfterReading("/api/people?confirm=true", file);
        assertThat(confirmed.getStatusCode().value()).as(confirmed.getBody()).isEqualTo(200);
        c.released("admin", "Their cover as deputy ended: Dee Director, whom they covered, is no longer director of "
                + c.unit.name());
    }

    @Test
    void aDirectorDisabledTakesTheirDeputyWithThemAndTheQuestionSaysSo() {
        Cover c = cover(4113, "director");
        assertThat(admin.leftWithoutThem(c.director)).hasValueSatisfying(words -> assertThat(words)
                .startsWith("Dora Deputy 4113 stops being deputy for " + c.unit.name() + ": named for Dee Director")
                .contains("Dee Director is the only one who may sign off " + c.unit.name() + "'s returns"));

        admin.setEnabled(c.director, false, "admin");

        c.ended("Dee Director, whom they covered, was disabled", "admin", "screen");
    }

    /**
     * A deputy disabled ends their own cover at once, as if ended by hand, letting go of the sign-off they claimed, and
     * the question before says so. Enabled again, they are nobody's deputy until named again.
     */
    @Test
    void aDeputyDisabledEndsTheirOwnCoverAndTheQuestionSaysSo() {
        Cover c = cover(4430, "director");
        claims.claim(c.signOff, c.deputy);
        String until = UkDateFormat.ofPattern("d MMM yyyy").format(LocalDate.now(clock).plusDays(7));
        assertThat(admin.leftWithoutThem(c.deputy)).hasValue("Their cover as deputy for " + c.unit.name() + " (until "
                + until + ") ends; their claim on the Q2 4430/31 return of " + c.unit.name() + " (Sign off return)"
                + " will be released.");
        assertThat(delegations.activeDeputies(c.unit.id(), LocalDate.now(clock))).as("asking changes nothing")
                .containsExactly(c.deputy);

        admin.setEnabled(c.deputy, false, "admin");

        c.released("admin", "Their cover as deputy ended: Dora Deputy 4430 was disabled");
        admin.setEnabled(c.deputy, true, "admin");
        c.ended("Dora Deputy 4430 was disabled", "admin", "screen");
        c.freeFor(c.director);
    }

    /**
     * The sign-off the deputy had claimed is released with their cover, in the return's history by whoever's change
     * ended it, and the new director finds it free, not as a step to take over from someone gone.
     */
    @Test
    void aStepTheDeputyClaimedIsReleasedWhenTheDirectorTheyCoveredIsReplaced() {
        Cover c = cover(4190, "director");
        claims.claim(c.signOff, c.deputy);
        String successor = user("succ.4190", "Sue Successor", EnumSet.of(Role.READER), null, null);

        people.assignToService(successor, c.unit.id(), c.unit.directorateId(), Role.SERVICE_DIRECTOR, "admin");

        c.ended("Dee Director, whom they covered, is no longer director of " + c.unit.name(), "admin", "screen");
        c.released("admin", "Their cover as deputy ended: Dee Director, whom they covered, is no longer director of "
                + c.unit.name());
        c.freeFor(successor);
        claims.claim(c.signOff, successor);
        workflow.signOff(c.returnId, successor);
        assertThat(c.r().status()).isEqualTo(ReturnStatus.SIGNED_OFF);
    }

    /** Ended by hand by the director they covered, the deputy lets go of the sign-off they claimed too. */
    @Test
    void aStepTheDeputyClaimedIsReleasedWhenTheirCoverIsEndedByHand() {
        Cover c = cover(4191, "director");
        claims.claim(c.signOff, c.deputy);
        assertThat(inbox.forUser(c.director)).as("theirs while they cover").noneMatch(i -> i.taskId()
                .equals(c.signOff));

        delegations.end(c.delegation, c.director);

        c.released(c.director, "Their cover as deputy was ended");
        c.freeFor(c.director);
        assertThatThrownBy(() -> claims.claim(c.signOff, c.deputy)).isInstanceOf(NotAllowedException.class);
    }

    /**
     * A period that runs out by date ends as one ended by hand: the hourly look lets go of the sign-off the deputy
     * claimed, in the return's history in the application's name, and the director finds it free, not a step to take
     * over from someone who may no longer act. Looking again changes nothing.
     */
    @Test
    void aStepTheDeputyClaimedIsReleasedWhenTheirPeriodRunsOut() {
        Cover c = cover(4240, "director", 0);
        claims.claim(c.signOff, c.deputy);
        String lastDay = UkDateFormat.ofPattern("d MMM yyyy").format(LocalDate.now(clock));
        try {
            ClockUtil.setCurrentTime(Date.from(clock.instant().plus(Duration.ofDays(1))));

            assertThat(periodsRunOut.letGo()).isPositive();
            periodsRunOut.letGo();

            c.released("system", "Their cover as deputy ended: the period they were named for ended on " + lastDay);
            c.freeFor(c.director);
            assertThat(tasks.getIdentityLinksForTask(c.signOff)).as("no longer offered to them by name")
                    .noneMatch(link -> c.deputy.equals(link.getUserId()));
            assertThat(delegations.find(c.delegation).endedBy()).as("nobody ended it").isNull();
            claims.claim(c.signOff, c.director);
            workflow.signOff(c.returnId, c.director);
            assertThat(c.r().status()).isEqualTo(ReturnStatus.SIGNED_OFF);
        } finally {
            ClockUtil.reset();
        }
    }

    /**
     * Once their period has run out, a deputy's claim gives them nothing on any route, even before it is let go: the
     * application refuses them, the engine's REST is not theirs, and the engine refuses a completion it did not check.
     */
    @Test
    void aDeputyWhosePeriodRanOutCannotCompleteTheStepTheyClaimedOnAnyRoute() {
        Cover c = cover(4241, "director", 0);
        claims.claim(c.signOff, c.deputy);
        try {
            ClockUtil.setCurrentTime(Date.from(clock.instant().plus(Duration.ofDays(1))));

            assertThatThrownBy(() -> workflow.signOff(c.returnId, c.deputy)).isInstanceOf(NotAllowedException.class);
            ResponseEntity<String> rest = new Api(url(""), c.deputy, PASSWORD)
                    .postJson("/engine-rest/task/" + c.signOff + "/complete", "{}");
            assertThat(rest.getStatusCode().value()).as(rest.getBody()).isEqualTo(403);
            assertThatThrownBy(() -> tasks.complete(c.signOff)).hasMessageContaining("can only be completed in"
                    + " Quarterly Returns");
            assertThat(c.r().status()).isEqualTo(ReturnStatus.SUBMITTED);

            periodsRunOut.letGo();
            assertThatThrownBy(() -> claims.claim(c.signOff, c.deputy)).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> workflow.signOff(c.returnId, c.deputy)).isInstanceOf(NotAllowedException.class);
            assertThat(c.r().status()).isEqualTo(ReturnStatus.SUBMITTED);
        } finally {
            ClockUtil.reset();
        }
    }

    /**
     * Named while the post was empty, a deputy covers nobody in particular and stays when a director comes and goes;
     * a deputy named for the director who leaves ends, one of another service does not.
     */
    @Test
    void aDeputyNamedWhileThePostWasEmptyStays() {
        Organisation.ServiceUnit unit = service(4114);
        Organisation.ServiceUnit other = service(4115);
        String vacancy = user("vacancy.4114", "Val Vacancy", EnumSet.of(Role.STRATEGIC_DIRECTOR), null,
                unit.directorateId());
        String elsewhere = user("elsewhere.4114", "Eli Elsewhere", EnumSet.of(Role.STRATEGIC_DIRECTOR), null,
                unit.directorateId());
        LocalDate today = LocalDate.now(clock);
        long empty = delegations.name(unit.id(), vacancy, today, today.plusDays(7), "admin");
        String director = user("dir.4114", "Dee Director", EnumSet.of(Role.SERVICE_DIRECTOR), unit.id(),
                unit.directorateId());
        String otherDirector = user("dir.4115", "Oda Other", EnumSet.of(Role.SERVICE_DIRECTOR), other.id(),
                other.directorateId());
        long otherService = delegations.name(other.id(), elsewhere, today, today.plusDays(7), otherDirector);

        admin.setEnabled(director, false, "admin");

        assertThat(delegations.find(empty).state(today)).isEqualTo(DelegationState.CURRENT);
        assertThat(delegations.find(empty).namedFor()).isNull();
        assertThat(delegations.find(otherService).state(today)).isEqualTo(DelegationState.CURRENT);
        assertThat(delegations.activeDeputies(unit.id(), today)).containsExactly(vacancy);
    }

    /**
     * The director names a deputy from a page left open while an administrator's change replacing them is committing:
     * the naming waits for the change, then is refused, as they no longer direct the service. It found the deputy
     * named for the post they had just left, and kept.
     */
    @Test
    void aDeputyNamedWhileTheDirectorIsBeingReplacedIsRefused() throws Exception {
        Organisation.ServiceUnit unit = service(4117);
        String director = user("dir.4117", "Dee Director", EnumSet.of(Role.SERVICE_DIRECTOR), unit.id(),
                unit.directorateId());
        String deputy = user("deputy.4117", "Dora Deputy", EnumSet.of(Role.STRATEGIC_DIRECTOR), null,
                unit.directorateId());
        LocalDate today = LocalDate.now(clock);
        CountDownLatch replaced = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> change = threads.submit(() -> transactions.executeWithoutResult(tx -> {
                admin.update(fields(director, "Dee Director", EnumSet.of(Role.STRATEGIC_DIRECTOR), null,
                        unit.directorateId()), "admin");
                replaced.countDown();
                await(commit);
            }));
            assertThat(replaced.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Long> naming = threads.submit(() -> delegations.name(unit.id(), deputy, today, today.plusDays(7),
                    director));
            LockWaits.untilWaitingOrDone(jdbc, "the naming waiting for the change, or done", naming);
            commit.countDown();
            change.get(30, TimeUnit.SECONDS);
            assertThatThrownBy(() -> naming.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(NotAllowedException.class);
        } finally {
            commit.countDown();
            threads.shutdownNow();
        }
        assertThat(delegations.activeDeputies(unit.id(), today)).isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A service of the year's own with its director and a deputy for this week, its return awaiting sign-off. */
    private Cover cover(int startYear, String namedBy) {
        return cover(startYear, namedBy, 7);
    }

    /** The same, the deputy's period running from today for so many days more. */
    private Cover cover(int startYear, String namedBy, int daysMore) {
        Organisation.ServiceUnit unit = service(startYear);
        String director = user("dir." + startYear, "Dee Director", EnumSet.of(Role.SERVICE_DIRECTOR), unit.id(),
                unit.directorateId());
        String deputy = user("deputy." + startYear, "Dora Deputy " + startYear, EnumSet.of(Role.STRATEGIC_DIRECTOR),
                null, unit.directorateId());
        LocalDate today = LocalDate.now(clock);
        long delegation = delegations.name(unit.id(), deputy, today, today.plusDays(daysMore),
                namedBy.equals("director") ? director : namedBy);

        String year = ReportingYear.labelOf(startYear);
        Instant now = Instant.now();
        cycle = context.getBean(CycleService.class).open(year, 2, now.plus(Duration.ofDays(14)),
                now.plus(Duration.ofDays(30)), ChasePolicy.DEFAULT, "perf").id();
        Await.until("the return issued", ReturnScenario.WAIT, () -> !returns.forCycle(cycle).isEmpty()
                && awaiting(returns.forCycle(cycle).get(0).id(), ReturnProcess.TASK_COMPLETE_RETURN));
        long id = returns.forCycle(cycle).get(0).id();
        context.getBean(FigureImport.class).importValues(year, 2, csv("code,value\nDC-" + startYear + ",60\n"), "perf");
        workflow.submit(id, director);
        Await.until("the sign-off begun", ReturnScenario.WAIT, () -> awaiting(id, ReturnProcess.TASK_SIGN_OFF));
        String signOff = tasks.createTaskQuery().processVariableValueEquals(ReturnProcess.VAR_RETURN_ID, id)
                .taskDefinitionKey(ReturnProcess.TASK_SIGN_OFF).active().singleResult().getId();

        Cover c = new Cover(unit, director, deputy, delegation, id, signOff);
        assertThat(inbox.forUser(deputy)).as("the deputy's before").anyMatch(i -> i.taskId().equals(signOff));
        assertThat(permissions.canSignOff(deputy, c.r())).isTrue();
        assertThat(chasing.recipients(id)).extracting(Person::username).contains(deputy);
        return c;
    }

    private Organisation.ServiceUnit service(int startYear) {
        String name = "Deputy Cover " + startYear;
        context.getBean(FrameworkImport.class).importMeasures(ReportingYear.labelOf(startYear), csv("code,title,"
                + "directorate,service,theme,unit,polarity,frequency,aggregation,target,floor,tolerance_pct,rag_scheme\n"
                + "DC-" + startYear + ",Cover arranged,Economy and Infrastructure," + name + ",Ambitious,COUNT,"
                + "HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,50,,,FIVE_POINT\n"));
        return organisation.findService(name).orElseThrow();
    }

    private final class Cover {
        final Organisation.ServiceUnit unit;
        final String director;
        final String deputy;
        final long delegation;
        final long returnId;
        final String signOff;

        Cover(Organisation.ServiceUnit unit, String director, String deputy, long delegation, long returnId,
                String signOff) {
            this.unit = unit;
            this.director = director;
            this.deputy = deputy;
            this.delegation = delegation;
            this.returnId = returnId;
            this.signOff = signOff;
        }

        ServiceReturn r() {
            return returns.find(returnId).orElseThrow();
        }

        /** The deputy's cover ended at once, on every route to the return, and on record. */
        void ended(String why, String by, String way) {
            LocalDate today = LocalDate.now(clock);
            assertThat(inbox.forUser(deputy)).noneMatch(i -> i.taskId().equals(signOff));
            assertThat(tasks.getIdentityLinksForTask(signOff)).as("no longer offered to them by name")
                    .noneMatch(link -> deputy.equals(link.getUserId()));
            assertThat(permissions.canSignOff(deputy, r())).isFalse();
            assertThatThrownBy(() -> workflow.signOff(returnId, deputy)).isInstanceOf(NotAllowedException.class);
            assertThat(r().status()).isEqualTo(ReturnStatus.SUBMITTED);
            assertThat(chasing.recipients(returnId)).extracting(Person::username).doesNotContain(deputy);
            assertThat(delegations.activeDeputies(unit.id(), today)).doesNotContain(deputy);

            Delegation d = delegations.find(delegation);
            assertThat(d.state(today)).isEqualTo(DelegationState.WITHDRAWN);
            assertThat(d.endedBy()).isEqualTo(by);
            assertThat(d.endReason()).isEqualTo(why);
            // named from today, they held it until now: the history says their period ended, not that it never began
            assertThat(history.of(deputy, "admin")).filteredOn(e -> e.kind() == AccountChange.DEPUTY_ENDED)
                    .singleElement().satisfies(e -> {
                        assertThat(e.words()).endsWith(" (" + why + ") by " + by).startsWith(
                                "Deputy period ended early for " + unit.name());
                        assertThat(e.way().words()).isEqualTo(way);
                    });
        }

        /** The sign-off they claimed was let go, and said so in the return's history. */
        void released(String by, String why) {
            assertThat(tasks.createTaskQuery().taskId(signOff).singleResult().getAssignee()).isNull();
            assertThat(trail.forReturn(returnId)).filteredOn(e -> e.kind().equals(TaskClaims.RELEASED))
                    .singleElement().satisfies(e -> {
                        assertThat(e.actor()).isEqualTo(by);
                        assertThat(e.item()).isEqualTo("Sign off return");
                        assertThat(e.oldValue()).isEqualTo(deputy);
                        assertThat(e.comment()).isEqualTo(why);
                    });
        }

        /** In the person's inbox unclaimed, with nobody to take it over from. */
        void freeFor(String username) {
            assertThat(inbox.forUser(username)).filteredOn(i -> i.taskId().equals(signOff)).singleElement()
                    .satisfies(i -> {
                        assertThat(i.claimedBy()).isNull();
                        assertThat(i.formerClaimant()).isNull();
                    });
        }
    }

    private boolean awaiting(long returnId, String step) {
        return tasks.createTaskQuery().processVariableValueEquals(ReturnProcess.VAR_RETURN_ID, returnId)
                .taskDefinitionKey(step).active().count() == 1;
    }

    private String user(String username, String name, Set<Role> roles, Long serviceId, Long directorateId) {
        admin.create(fields(username, name, roles, serviceId, directorateId), PASSWORD, "admin");
        return username;
    }

    private static UserFields fields(String username, String name, Set<Role> roles, Long serviceId,
            Long directorateId) {
        return new UserFields(username, name, username + "@council.test", roles, serviceId, directorateId);
    }

    private static TabularFile csv(String text) {
        return TabularFile.read(text.getBytes(StandardCharsets.UTF_8), "f.csv");
    }
}
