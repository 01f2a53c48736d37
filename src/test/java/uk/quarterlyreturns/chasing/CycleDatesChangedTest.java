package uk.quarterlyreturns.chasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import uk.quarterlyreturns.base.api.ConfirmationRequiredException;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleProcess;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.CycleService;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.EngineJobs;
import uk.quarterlyreturns.support.OpenedCycles;

/**
 * A cycle opened with a wrong deadline (the 2nd typed for the 21st) mended after opening, through the running
 * engine: a Q1 cycle of a year of the test's own, with two services of a directorate of its own.
 */
class CycleDatesChangedTest extends ApplicationTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ChasePolicy NO_REMINDERS = ChasePolicy.parse("", LocalTime.of(9, 0), 5, 5);

    @Autowired FrameworkImport imports;
    @Autowired Organisation organisation;
    @Autowired PeopleService people;
    @Autowired CycleService cycleService;
    @Autowired CycleRepository cycleRepository;
    @Autowired ReturnRepository returns;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired TaskService tasks;
    @Autowired CycleDateChanges changes;
    @Autowired DeadlineExtensions extensions;
    @Autowired JdbcClient jdbc;

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
    void aWrongDeadlineMendedMovesEveryChaseTaskAndTheCompilationAndTellsTheServices() {
        List<ServiceReturn> rs = open(4460);
        Instant mended = london(4460, 7, 21, 17, 0);
        Instant compiled = london(4460, 8, 15, 9, 0);
        changes.change(cycle.id(), perf(), mended, compiled, "Typed the 2nd for the 21st", cycle.submissionDeadline(),
                cycle.compilationDate(), false);

        for (ServiceReturn r : rs) {
            assertThat(chaseTimer(r).getDuedate().toInstant()).as("the overdue notice at the mended deadline")
                    .isEqualTo(mended);
            assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ReturnProcess.businessKey(r.id()))
                    .singleResult().getDueDate().toInstant()).isEqualTo(mended);
            assertThat(jdbc.sql("select count(*) from outbox_message where return_id = :r and kind = 'DEADLINE_CHANGED'")
                    .param("r", r.id()).query(Long.class).single()).as("its service is told").isPositive();
        }
        Job compilation = management.createJobQuery().processInstanceId(jdbc.sql(
                "select process_instance_id from cycle where id = :c").param("c", cycle.id()).query(String.class)
                .single()).activityId(CycleProcess.TIMER_COMPILATION_DATE).timers().singleResult();
        assertThat(compilation.getDuedate().toInstant()).isEqualTo(compiled);
        assertThat(changes.changes(cycle.id())).singleElement().satisfies(c -> {
            assertThat(c.by()).isEqualTo("perf");
            assertThat(c.oldDeadline()).isEqualTo(london(4460, 7, 2, 17, 0));
            assertThat(c.newDeadline()).isEqualTo(mended);
            assertThat(c.reason()).isEqualTo("Typed the 2nd for the 21st");
        });

        // the old deadline goes by: nobody is overdue
        at(london(4460, 7, 2, 17, 5));
        EngineJobs.until(management, "nothing due at the old deadline", WAIT, () -> rs.stream().allMatch(r ->
                management.createJobQuery().processInstanceId(returns.processInstance(r.id()).orElseThrow())
                        .executable().count() == 0));
        assertThat(jdbc.sql("select count(*) from chase where return_id in (:r) and kind = 'OVERDUE'")
                .param("r", rs.stream().map(ServiceReturn::id).toList()).query(Long.class).single()).isZero();
    }

    @Test
    void anExtensionPastTheNewCompilationDateRefusesAndOneTheDeadlineOvertakesEndsOnceAgreed() {
        List<ServiceReturn> rs = open(4461);
        ServiceReturn first = rs.get(0);
        extensions.extend(first.id(), perf(), london(4461, 7, 10, 17, 0), "Data from a national system", null);
        assertThatThrownBy(() -> changes.change(cycle.id(), perf(), london(4461, 7, 4, 17, 0),
                london(4461, 7, 8, 9, 0), "Compile early", cycle.submissionDeadline(), cycle.compilationDate(), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(first.serviceName()
                        + "'s deadline is extended to");

        Instant later = london(4461, 7, 14, 17, 0);
        assertThatThrownBy(() -> changes.change(cycle.id(), perf(), later, cycle.compilationDate(), "Typo",
                cycle.submissionDeadline(), cycle.compilationDate(), false))
                .isInstanceOf(ConfirmationRequiredException.class)
                .satisfies(e -> assertThat(((ConfirmationRequiredException) e).effects()).singleElement().asString()
                        .contains("extension agreed for " + first.serviceName()));
        assertThat(returns.find(first.id()).orElseThrow().extendedTo()).as("nothing changed").isNotNull();

        changes.change(cycle.id(), perf(), later, cycle.compilationDate(), "Typo", cycle.submissionDeadline(),
                cycle.compilationDate(), true);
        assertThat(returns.find(first.id()).orElseThrow().extendedTo()).as("the extension ends").isNull();
        assertThat(chaseTimer(first).getDuedate().toInstant()).isEqualTo(later);

        assertThatThrownBy(() -> changes.change(cycle.id(), perf(), later.plusSeconds(3600), cycle.compilationDate(),
                "Again", cycle.submissionDeadline(), cycle.compilationDate(), true))
                .as("the page showed the dates before the change").isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("after the page was read");
        jdbc.sql("update cycle set status = 'COMPILED' where id = :c").param("c", cycle.id()).update();
        Cycle compiled = cycleRepository.find(cycle.id()).orElseThrow();
        assertThatThrownBy(() -> changes.change(cycle.id(), perf(), later.plusSeconds(3600),
                compiled.compilationDate(), "Too late", compiled.submissionDeadline(), compiled.compilationDate(),
                true)).isInstanceOf(IllegalStateException.class).hasMessageContaining("compilation has begun");
        assertThatThrownBy(() -> changes.change(cycle.id(), people.find("admin").orElseThrow(), later,
                compiled.compilationDate(), "x", compiled.submissionDeadline(), compiled.compilationDate(), true))
                .isInstanceOf(uk.quarterlyreturns.base.NotAllowedException.class);
    }

    private Job chaseTimer(ServiceReturn r) {
        return management.createJobQuery().processInstanceId(returns.processInstance(r.id()).orElseThrow())
                .activityId(ReturnProcess.TIMER_NEXT_CHASE).timers().singleResult();
    }

    private Person perf() {
        return people.find("perf").orElseThrow();
    }

    /** Two services; the deadline typed as 2 July 17:00, compilation 1 August 09:00. */
    private List<ServiceReturn> open(int startYear) {
        String year = ReportingYear.labelOf(startYear);
        at(london(startYear, 7, 1, 9, 0));
        StringBuilder csv = new StringBuilder("code,title,directorate,service,theme,unit,polarity,frequency,"
                + "aggregation,target,floor,tolerance_pct,rag_scheme\n");
        for (String s : List.of("A", "B")) {
            csv.append("D").append(s).append('-').append(startYear).append(",Visits made,\"Dates Directorate ")
                    .append(startYear).append("\",\"Dates Service ").append(s).append(' ').append(startYear)
                    .append("\",Ambitious,COUNT,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,50,,,FIVE_POINT\n");
        }
        imports.importMeasures(year, TabularFile.read(csv.toString().getBytes(StandardCharsets.UTF_8), "f.csv"));
        for (String s : List.of("A", "B")) {
            Organisation.ServiceUnit unit = organisation.findService("Dates Service " + s + " " + startYear)
                    .orElseThrow();
            String username = "dates.director." + s.toLowerCase() + "." + startYear;
            people.create(new Person(username, "Director " + s, username + "@dates.council.test",
                    EnumSet.of(Role.SERVICE_DIRECTOR), unit.id(), unit.directorateId(), true, false, false),
                    "a-long-password");
        }
        cycle = cycleService.open(year, 1, london(startYear, 7, 2, 17, 0), london(startYear, 8, 1, 9, 0),
                NO_REMINDERS, "perf");
        Await.until("the returns issued and waiting for their first chase", WAIT,
                () -> returns.forCycle(cycle.id()).size() == 2 && returns.forCycle(cycle.id()).stream()
                        .allMatch(r -> runtime.createExecutionQuery()
                                .processInstanceBusinessKey(ReturnProcess.businessKey(r.id()))
                                .activityId(ReturnProcess.TIMER_NEXT_CHASE).count() > 0));
        return returns.forCycle(cycle.id());
    }

    private static void at(Instant moment) {
        ClockUtil.offset(moment.toEpochMilli() - System.currentTimeMillis());
        EngineJobs.wake();
    }

    private static Instant london(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, ReportingYear.LONDON).toInstant();
    }
}
