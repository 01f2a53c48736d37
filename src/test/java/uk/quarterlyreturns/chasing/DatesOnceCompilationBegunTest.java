package uk.quarterlyreturns.chasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.quarterlyreturns.support.TwoServiceFramework.HEADER;
import static uk.quarterlyreturns.support.TwoServiceFramework.csv;
import static uk.quarterlyreturns.support.TwoServiceFramework.measure;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleProcess;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.CycleStatus;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.OpenedCycles;

/**
 * The compilation timer has fired and the report's compilation waits its turn (or its next try, after a failure):
 * the cycle still reads "Collecting returns". A change of dates then moved no timer and was kept, a later
 * compilation date shown and extensions allowed up to it, while the report compiled on its next try whatever the
 * new date. It is refused: compilation has begun. Year 4654-55 is the first test's own.
 */
class DatesOnceCompilationBegunTest extends ApplicationTest {

    private static final String SERVICE = "Compiling Service 4654";

    @Autowired ApplicationContext context;
    @Autowired FrameworkImport imports;
    @Autowired Organisation organisation;
    @Autowired PeopleService people;
    @Autowired CycleRepository cycles;
    @Autowired ReturnRepository returns;
    @Autowired CycleDateChanges changes;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @Test
    void theDatesCannotBeChangedOnceTheCompilationTimerHasFired() {
        oneService("4654-55", "CB-1", SERVICE, "dir.cb.4654");
        long cycleId = OpenedCycles.openSecondQuarter(context, "4654-55", 1);
        String instance = jdbc.sql("select process_instance_id from cycle where id = :c").param("c", cycleId)
                .query(String.class).single();
        Await.until("the compilation timer set", Duration.ofSeconds(60), () -> timer(instance) != null);
        // fired now, its compilation held where a failed one waits for its next try
        transactions.executeWithoutResult(tx -> {
            management.executeJob(timer(instance).getId());
            management.createJobQuery().processInstanceId(instance).activityId("compileReport").list()
                    .forEach(j -> management.suspendJobById(j.getId()));
        });
        Cycle cycle = cycles.find(cycleId).orElseThrow();
        try {
            assertThat(cycle.status()).isEqualTo(CycleStatus.OPEN);
            assertThatThrownBy(() -> changes.change(cycleId, people.find("perf").orElseThrow(),
                    cycle.submissionDeadline(), cycle.compilationDate().plus(Duration.ofDays(7)), "Cabinet moved a week",
                    cycle.submissionDeadline(), cycle.compilationDate(), true))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("compilation has begun");
            assertThat(cycles.find(cycleId).orElseThrow().compilationDate()).isEqualTo(cycle.compilationDate());
        } finally {
            OpenedCycles.end(runtime, returns, cycleId);
        }
    }

    /**
     * The compilation date has passed and its timer has not fired yet (the engine busy, or the server down at that
     * moment): a later compilation date was accepted and its timer moved, though the report was due. Refused too: the
     * change is checked against the application's clock, not the timer. Years 6205-06 are this test's own.
     */
    @Test
    void theDatesCannotBeChangedOnceTheCompilationDateIsReachedThoughItsTimerHasNotFired() {
        String year = "6205-06";
        oneService(year, "CD-1", "Compiling Service 6205", "dir.cd.6205");
        long cycleId = OpenedCycles.openSecondQuarter(context, year, 1);
        String instance = jdbc.sql("select process_instance_id from cycle where id = :c").param("c", cycleId)
                .query(String.class).single();
        Await.until("the compilation timer set", Duration.ofSeconds(60), () -> timer(instance) != null);
        Cycle cycle = cycles.find(cycleId).orElseThrow();
        // held where it is, as on an engine that has not yet come to the timer; other tests' cycles would fire now
        OpenedCycles.hold(runtime, returns, cycleId);
        OpenedCycles.endThoseLeftRunning(runtime);
        ClockUtil.setCurrentTime(Date.from(cycle.compilationDate().plus(Duration.ofMinutes(1))));
        try {
            assertThat(timer(instance)).as("not fired").isNotNull();
            assertThatThrownBy(() -> changes.change(cycleId, people.find("perf").orElseThrow(),
                    cycle.submissionDeadline(), cycle.compilationDate().plus(Duration.ofDays(7)),
                    "Cabinet moved a week", cycle.submissionDeadline(), cycle.compilationDate(), true))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("compilation has begun");
            assertThat(cycles.find(cycleId).orElseThrow().compilationDate()).isEqualTo(cycle.compilationDate());
        } finally {
            ClockUtil.reset();
            OpenedCycles.end(runtime, returns, cycleId);
        }
    }

    /**
     * Issuing the returns stopped (its job held, as a failing one waits for its mend): no compilation timer yet, so
     * the change of dates was refused as though compilation had begun, and once mended the returns went out already
     * overdue. The dates may be changed, and the timer, set once the returns are issued, is at the new date. Year
     * 6209-10 is this test's own.
     */
    @Test
    void theDatesMayBeChangedWhileIssuingTheReturnsWaits() {
        String year = "6209-10";
        oneService(year, "IS-1", "Issuing Service 6209", "dir.is.6209");
        java.time.Instant now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        Cycle opened = transactions.execute(tx -> {
            Cycle c = context.getBean(uk.quarterlyreturns.cycle.CycleService.class).open(year, 2,
                    now.plus(Duration.ofDays(14)), now.plus(Duration.ofDays(30)),
                    uk.quarterlyreturns.cycle.ChasePolicy.DEFAULT, "perf");
            String instance = jdbc.sql("select process_instance_id from cycle where id = :c").param("c", c.id())
                    .query(String.class).single();
            management.createJobQuery().processInstanceId(instance).activityId(CycleProcess.TASK_ISSUE_RETURNS)
                    .list().forEach(j -> management.suspendJobById(j.getId()));
            return c;
        });
        String instance = jdbc.sql("select process_instance_id from cycle where id = :c").param("c", opened.id())
                .query(String.class).single();
        try {
            java.time.Instant later = opened.compilationDate().plus(Duration.ofDays(7));
            changes.change(opened.id(), people.find("perf").orElseThrow(), opened.submissionDeadline(), later,
                    "Cabinet moved a week", opened.submissionDeadline(), opened.compilationDate(), true);
            assertThat(cycles.find(opened.id()).orElseThrow().compilationDate()).isEqualTo(later);

            management.createJobQuery().processInstanceId(instance).activityId(CycleProcess.TASK_ISSUE_RETURNS)
                    .list().forEach(j -> management.activateJobById(j.getId()));
            uk.quarterlyreturns.support.EngineJobs.wake();
            Await.until("the returns issued and the compilation timer set", Duration.ofSeconds(60),
                    () -> timer(instance) != null);
            assertThat(timer(instance).getDuedate().toInstant()).isEqualTo(later);
        } finally {
            OpenedCycles.end(runtime, returns, opened.id());
        }
    }

    /** The year's framework: one measure, in one service, with its director. */
    private void oneService(String year, String code, String service, String director) {
        imports.importMeasures(year, csv(HEADER + measure(code, service)));
        uk.quarterlyreturns.support.TwoServiceFramework.directs(organisation, people, director, service);
    }

    private Job timer(String instance) {
        return management.createJobQuery().processInstanceId(instance)
                .activityId(CycleProcess.TIMER_COMPILATION_DATE).timers().singleResult();
    }
}
