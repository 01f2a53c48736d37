package uk.quarterlyreturns.chasing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.ChaseSchedule;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleService;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnSheets;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.EngineJobs;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.TestMailServer;

/**
 * A return with an agreed extension is chased from its own deadline, through the running engine with the clock
 * moved: a Q1 cycle of a year of the test's own, due 21 July 17:00, for one service of a directorate of its own.
 */
class ExtendedDeadlineChaseTest extends ApplicationTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ChasePolicy NO_REMINDERS = ChasePolicy.parse("", LocalTime.of(9, 0), 5, 5);

    @Autowired FrameworkImport imports;
    @Autowired Organisation organisation;
    @Autowired PeopleService people;
    @Autowired CycleService cycles;
    @Autowired ReturnRepository returns;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired TaskService tasks;
    @Autowired DeadlineExtensions extensions;
    @Autowired ChaseSchedule schedule;
    @Autowired JdbcClient jdbc;
    @Autowired ReturnSheets sheets;

    private Cycle cycle;

    @BeforeEach
    void noCycleLeftRunning() {
        OpenedCycles.endThoseLeftRunning(runtime);
    }

    @AfterEach
    void endProcessesAndRealTime() {
        if (cycle != null) {
            OpenedCycles.end(runtime, returns, cycle.id());
        }
        ClockUtil.reset();
    }

    @Test
    void anExtendedReturnIsOverdueAndEscalatedFromItsOwnDeadlineNotTheCycles() throws Exception {
        ServiceReturn r = open(4450);
        Instant extendTo = london(4450, 7, 28, 17, 0);
        extensions.extend(r.id(), perf(), extendTo, "Highways' data comes from a national system on the 25th", null);

        assertThat(chaseTimer(r).getDuedate().toInstant()).as("the overdue notice waits for the extension")
                .isEqualTo(extendTo);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ReturnProcess.businessKey(r.id())).singleResult()
                .getDueDate().toInstant()).as("the open task falls due then").isEqualTo(extendTo);
        // the service is told, by mail, with the new deadline and the reason
        Await.until("the deadline-extended mail delivered", WAIT,
                () -> !TestMailServer.receivedBy(email(4450, Role.DATA_OFFICER), "Deadline extended").isEmpty()
                        && !TestMailServer.receivedBy(email(4450, Role.SERVICE_DIRECTOR), "Deadline extended")
                                .isEmpty());
        MimeMessage told = TestMailServer.receivedBy(email(4450, Role.SERVICE_DIRECTOR), "Deadline extended").get(0);
        assertThat(told.getSubject()).contains("Deadline extended to Thursday 28 July 4450");
        assertThat(new String(told.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("national system on the 25th");

        at(london(4450, 7, 21, 17, 5)); // the cycle's deadline gone by
        EngineJobs.until(management, "jobs due at the cycle's deadline", WAIT,
                () -> management.createJobQuery().processInstanceId(returns.processInstance(r.id()).orElseThrow())
                        .executable().count() == 0);
        assertThat(chases(r, "OVERDUE")).as("no overdue notice at the cycle's deadline").isZero();
        assertThat(sheets.load(r.id(), "perf").deadlinePassed()).as("a value not yet entered is not yet Missing")
                .isFalse();

        at(extendTo.plus(Duration.ofMinutes(5)));
        awaitChases(r, "OVERDUE", 1);
        assertThat(sheets.load(r.id(), "perf").deadlinePassed()).isTrue();
        ChaseSchedule.Schedule own = schedule.plan(extendTo.atZone(ReportingYear.LONDON), NO_REMINDERS);
        assertThat(chaseTimer(r).getDuedate().toInstant()).as("escalated after the grace period from its own")
                .isEqualTo(own.strategicEscalationAt());
        at(own.strategicEscalationAt().plus(Duration.ofMinutes(5)));
        awaitChases(r, "ESCALATION_STRATEGIC", 1);
    }

    @Test
    void aReturnAlreadyEscalatedToTheChiefExecutiveIsChasedAgainWhenExtended() {
        ServiceReturn r = open(4451);
        ChaseSchedule.Schedule first = schedule.plan(london(4451, 7, 21, 17, 0).atZone(ReportingYear.LONDON),
                NO_REMINDERS);
        at(first.chiefExecutiveEscalationAt().plus(Duration.ofMinutes(5)));
        awaitChases(r, "ESCALATION_CHIEF_EXECUTIVE", 1);
        Await.until("chasing ended", WAIT, () -> runtime.createExecutionQuery()
                .processInstanceBusinessKey(ReturnProcess.businessKey(r.id()))
                .activityId(ReturnProcess.TIMER_NEXT_CHASE).count() == 0 && management.createJobQuery()
                .processInstanceId(returns.processInstance(r.id()).orElseThrow()).count() == 0);

        Instant extendTo = london(4451, 8, 25, 17, 0);
        extensions.extend(r.id(), perf(), extendTo, "Agreed at the performance board", null);

        assertThat(chaseTimer(r).getDuedate().toInstant()).as("chased again, by the new plan").isEqualTo(extendTo);
        at(extendTo.plus(Duration.ofMinutes(5)));
        awaitChases(r, "OVERDUE", 2);
        assertThat(jdbc.sql("select step from chase where return_id = :r and kind = 'OVERDUE' order by sent_at desc")
                .param("r", r.id()).query(String.class).list().get(0)).startsWith("OVERDUE@");
    }

    private Job chaseTimer(ServiceReturn r) {
        return management.createJobQuery().processInstanceId(returns.processInstance(r.id()).orElseThrow())
                .activityId(ReturnProcess.TIMER_NEXT_CHASE).timers().singleResult();
    }

    private Person perf() {
        return people.find("perf").orElseThrow();
    }

    private ServiceReturn open(int startYear) {
        String year = ReportingYear.labelOf(startYear);
        at(london(startYear, 7, 1, 9, 0));
        String csv = "code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,floor,"
                + "tolerance_pct,rag_scheme\n"
                + "X-" + startYear + ",Visits made,\"Extended Directorate " + startYear + "\",\"" + service(startYear)
                + "\",Ambitious,COUNT,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,50,,,FIVE_POINT\n";
        imports.importMeasures(year, TabularFile.read(csv.getBytes(StandardCharsets.UTF_8), "framework.csv"));
        Organisation.ServiceUnit unit = organisation.findService(service(startYear)).orElseThrow();
        for (Role role : List.of(Role.SERVICE_DIRECTOR, Role.DATA_OFFICER)) {
            String username = "extended." + role.name().toLowerCase() + "." + startYear;
            people.create(new Person(username, "Person " + username, email(startYear, role), EnumSet.of(role),
                    unit.id(), unit.directorateId(), true, false, false), "a-long-password");
        }
        cycle = cycles.open(year, 1, london(startYear, 7, 21, 17, 0), london(startYear, 9, 30, 9, 0), NO_REMINDERS,
                "perf");
        Await.until("the return issued and waiting for its first chase", WAIT,
                () -> returns.forCycle(cycle.id()).size() == 1 && runtime.createExecutionQuery()
                        .processInstanceBusinessKey(ReturnProcess.businessKey(returns.forCycle(cycle.id()).get(0).id()))
                        .activityId(ReturnProcess.TIMER_NEXT_CHASE).count() > 0);
        return returns.forCycle(cycle.id()).get(0);
    }

    private long chases(ServiceReturn r, String kind) {
        return jdbc.sql("select count(distinct step) from chase where return_id = :r and kind = :k")
                .param("r", r.id()).param("k", kind).query(Long.class).single();
    }

    private void awaitChases(ServiceReturn r, String kind, int count) {
        Await.until(count + " " + kind, WAIT, () -> chases(r, kind) >= count);
        assertThat(chases(r, kind)).isEqualTo(count);
    }

    private static String email(int startYear, Role role) {
        return "extended." + role.name().toLowerCase() + "." + startYear + "@extended.council.test";
    }

    private static String service(int startYear) {
        return "Extended Service " + startYear;
    }

    /** A running clock from that moment on: timers come due as the job executor looks. */
    private static void at(Instant moment) {
        ClockUtil.offset(moment.toEpochMilli() - System.currentTimeMillis());
        EngineJobs.wake();
    }

    private static Instant london(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, ReportingYear.LONDON).toInstant();
    }
}
