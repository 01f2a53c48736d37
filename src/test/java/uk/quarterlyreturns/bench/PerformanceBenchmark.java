package uk.quarterlyreturns.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.server.VaadinSession;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.compliance.ComplianceService;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleService;
import uk.quarterlyreturns.framework.FigureImport;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.YearRollover;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.framework.Organisation.ServiceUnit;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.people.Delegations;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.people.PersonRepository;
import uk.quarterlyreturns.report.CompiledReport;
import uk.quarterlyreturns.report.ReportProbe;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.returns.ui.InboxTasks;
import uk.quarterlyreturns.returns.ui.InboxView;
import uk.quarterlyreturns.returns.ui.ReturnView;
import uk.quarterlyreturns.support.SqlStatements;
import uk.quarterlyreturns.support.ViewTest;

/**
 * The performance figures of README, measured at a national collection's size (500 services of 60 measures,
 * 100,000 open tasks in the engine), each beside a baseline from the same run where one exists. Run by
 * {@code ./mvnw -Pbench verify}; writes target/bench/results.json and a table.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PerformanceBenchmark extends ViewTest {

    private static final Results RESULTS = new Results();
    private static final int SERVICES = Integer.getInteger("bench.services", 500);
    /** The import's size may be set apart (-Dbench.importServices), to time 10,000 rows beside a smaller cycle. */
    private static final int IMPORT_SERVICES = Integer.getInteger("bench.importServices", SERVICES);
    private static final int BIG_MEASURES = 60;
    private static final String BIG_YEAR = "2600-01";
    private static final String WARM_UP_YEAR = "2599-00";
    private static final int WARM_UP_SERVICES = Math.min(100, SERVICES);
    private static final int OPEN_TASKS = Integer.getInteger("bench.tasks", 100_000);
    private static final String DIRECTOR = "bench.director";
    private static final String DEPUTY = "bench.deputy";
    private static Cycle cycle;

    @Autowired FrameworkImport imports;

    @Autowired FigureImport figures;
    @Autowired YearRollover rollover;
    @Autowired CycleService cycles;
    @Autowired ReturnRepository returns;
    @Autowired ReturnWorkflow workflow;
    @Autowired ComplianceService compliance;
    @Autowired InboxTasks inbox;
    @Autowired PeopleService people;
    @Autowired PersonRepository persons;
    @Autowired Delegations delegations;
    @Autowired Organisation organisation;
    @Autowired YearRepository years;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired RepositoryService repository;
    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationContext context;

    @Test
    @Order(1)
    void frameworkImportOfTenThousandRowsAgainstCopy() throws Exception {
        String csv = new SyntheticCouncil(IMPORT_SERVICES, 20).frameworkCsv();
        int[] year = {2500};
        Tries ours = Tries.of(3, () -> imports.importMeasures(label(year[0]++), SyntheticCouncil.file(csv)));
        jdbc.sql("create table bench_copy (code text, title text, directorate text, service text, theme text,"
                + " unit text, polarity text, frequency text, aggregation text, target text, floor text,"
                + " tolerance_pct text, rag_scheme text)").update();
        Tries copy = Tries.of(3, () -> copy(csv));
        Tries batch = Tries.of(3, () -> batchInsert(csv));
        String imported = measuresOfTheYear(label(year[0] - 1));
        int[] table = {0};
        for (int t = 0; t < 3; t++) {
            emptyTableLikeMeasure("bench_measure_" + t);
        }
        Tries intoMeasures = Tries.of(3, () -> copyInto("bench_measure_" + table[0]++, imported));
        String rows = IMPORT_SERVICES * 20 + " rows";
        RESULTS.add(Figure.ratioAtMost("framework import, " + rows + " (median), against COPY of the imported rows"
                + " into a table with the measure table's keys, checks and foreign keys", ours.median(),
                intoMeasures.median(), "ms", 5));
        RESULTS.add(Figure.ratioAtMost("framework import, " + rows + " (median), against COPY", ours.median(),
                copy.median(), "ms", 5));
        RESULTS.add(Figure.ratioAtMost("framework import, " + rows + " (median), against a JDBC batch", ours.median(),
                batch.median(), "ms", 5));
        RESULTS.add(Figure.atMost("framework import, " + rows + " (p95)", ours.p95(), "ms", 5 * copy.p95()));
    }

    @Test
    @Order(2)
    void openingACycleOfFiveHundredReturnsAgainstABatchInsert() throws Exception {
        SyntheticCouncil council = new SyntheticCouncil(SERVICES, BIG_MEASURES);
        council.frameworkFiles().forEach(csv -> imports.importMeasures(BIG_YEAR, SyntheticCouncil.file(csv)));
        council.valuesFiles().forEach(csv -> figures.importValues(BIG_YEAR, 1, SyntheticCouncil.file(csv), "perf"));
        namePeople();
        warmUp();
        startOtherTasks(OPEN_TASKS - SERVICES - WARM_UP_SERVICES);
        // A running council's tables have been analysed since their last bulk load; timed right after these loads,
        // the opening raced autovacuum over them and varied from 4.4 to 5.4 s between runs.
        jdbc.sql("vacuum analyze").update();

        long start = System.nanoTime();
        StatementCounting.startElsewhere();
        cycle = cycles.open(BIG_YEAR, 1, at(2600, 7, 21), at(2600, 8, 1), ChasePolicy.DEFAULT, "perf");
        awaitUntil(() -> issuedWithTaskAndTimer(cycle.id()) == SERVICES);
        double millis = (System.nanoTime() - start) / 1e6;
        double roundTrips = (double) StatementCounting.elsewhereSoFar() / SERVICES;
        if (StatementTimes.ON) {
            StatementTimes.write(StatementTimes.take(), SERVICES);
        }
        // notices go out after the returns are issued (their delivery jobs wait behind the returns'), as a second figure
        awaitUntil(() -> deliveredNotices(cycle.id()) == SERVICES);
        double delivered = (System.nanoTime() - start) / 1e6;
        double roundTripsToDelivered = (double) StatementCounting.stopElsewhere() / SERVICES;
        double baseline = Tries.of(1, this::batchInsertOfTheSameRows).median();
        RESULTS.add(Figure.ratioAtMost("open a cycle: " + SERVICES + " returns, " + SERVICES * BIG_MEASURES + " measures", millis, baseline, "ms", 3));
        RESULTS.add(Figure.atLeast("open a cycle: returns issued per second", SERVICES * 1000 / millis,
                "returns/s", 100));
        RESULTS.add(Figure.atMost("open a cycle: until every return's notice is delivered", delivered, "ms", 60_000));
        // Not one of the targets: ceilings of our own, since the opening waits on round trips (README) and
        // the count, unlike the time, hardly varies between runs. Until issued: each return's task and timer are
        // written in the issuing transaction, its notice after it (ceiling set at 4 when 0.8 to 0.9 were counted).
        // Until every notice is delivered: the notices, their outbox rows, delivery processes and deliveries too,
        // the whole opening (ceiling set a little above the 80.5 counted once each delivery read its return and
        // addressee, to leave out mail events overtook; 76.7 before, 73.5 to 73.7 once the issuing wrote the tasks
        // and timers; about 81 when each return's notice came first, in a job of its own before its task).
        RESULTS.add(Figure.atMost("open a cycle: statements and commits a return, until issued (a batch counts once)",
                roundTrips, "statements", 4));
        RESULTS.add(Figure.atMost("open a cycle: statements and commits a return, until every notice is delivered",
                roundTripsToDelivered, "statements", 82));
    }

    @Test
    @Order(3)
    void complianceFiguresOfThatCycle() {
        Tries tries = Tries.of(20, () -> assertThat(compliance.forCycle(cycle.id()).returns()).hasSize(SERVICES));
        RESULTS.add(Figure.atMost("compliance figures, " + SERVICES + " returns (p95)", tries.p95(), "ms", 150));
    }

    @Test
    @Order(4)
    void inboxesAmongOneHundredThousandOpenTasks() throws Exception {
        inboxFigures("a director's inbox", DIRECTOR);
        submitAndSignOffEveryReturn();
        inboxFigures("the performance team's inbox (" + SERVICES + " tasks)", "perf");
    }

    @Test
    @Order(5)
    void reportOfThatCycleToModelAndToPdf() {
        ReportProbe probe = new ReportProbe(context);
        ReportingYear year = years.find(BIG_YEAR).orElseThrow();
        CompiledReport[] model = new CompiledReport[1];
        Tries toModel = Tries.of(2, () -> model[0] = probe.model(cycle, year));
        Tries toPdf = Tries.of(1, () -> assertThat(ReportProbe.pdf(model[0])).isNotEmpty());
        RESULTS.add(Figure.atMost("report of " + SERVICES + " x " + BIG_MEASURES + ": compiled to the model (median)", toModel.median(), "ms", 5000));
        RESULTS.add(Figure.atMost("report of " + SERVICES + " x " + BIG_MEASURES + ": rendered to PDF", toPdf.median(), "ms", 15000));
    }

    @Test
    @Order(6)
    void heapAfterTheCycleAndTheSizeOfAVaadinSession() throws Exception {
        System.gc();
        Runtime jvm = Runtime.getRuntime();
        RESULTS.add(Figure.atMost("heap in use after the whole cycle", (jvm.totalMemory() - jvm.freeMemory())
                / 1048576.0, "MB", 1024));
        signIn("perf");
        UI.getCurrent().navigate(InboxView.class);
        LocatorJ._get(Grid.class);
        ServiceReturn first = returns.forCycle(cycle.id()).get(0);
        UI.getCurrent().navigate(ReturnView.path(first.id()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new SessionOutput(bytes)) {
            out.writeObject(VaadinSession.getCurrent());
            out.writeObject(UI.getCurrent()); // a back-reference only, if the session already held it
        }
        RESULTS.add(Figure.atMost("Vaadin session: inbox and a " + BIG_MEASURES + "-measure return", bytes.size() / 1024.0,
                "KB", 300));
    }

    /** Leaves out what only the browserless test harness puts in the session (its factories are lambdas). */
    private static final class SessionOutput extends ObjectOutputStream {
        SessionOutput(ByteArrayOutputStream bytes) throws java.io.IOException {
            super(bytes);
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object obj) {
            return obj instanceof java.io.Serializable || obj == null ? obj : null;
        }
    }

    @Test
    @Order(7)
    void rollingThatYearOverAgainstImportingItsFramework() {
        SyntheticCouncil council = new SyntheticCouncil(SERVICES, BIG_MEASURES);
        long start = System.nanoTime();
        council.frameworkFiles().forEach(csv -> imports.importMeasures("2700-01", SyntheticCouncil.file(csv)));
        double imported = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        rollover.rollover(BIG_YEAR, YearRollover.nextLabel(BIG_YEAR), true);
        double rolled = (System.nanoTime() - start) / 1e6;
        RESULTS.add(Figure.ratioAtMost("year rollover of " + SERVICES + " x " + BIG_MEASURES
                + " with a quarter's figures into history, against importing the same framework", rolled, imported,
                "ms", 3));
    }

    @AfterAll
    static void writeResults() throws Exception {
        RESULTS.write();
        assertThat(RESULTS.figures()).isNotEmpty();
    }

    private void inboxFigures(String whose, String username) {
        inbox.forUser(username);
        int[] shown = new int[1];
        SqlStatements.Seen<Tries> tries = SqlStatements.during(() -> Tries.of(10,
                () -> shown[0] = inbox.forUser(username).size()));
        long statements = tries.statements().size() / 10;
        assertThat(shown[0]).isPositive();
        RESULTS.add(Figure.atMost(whose + " among " + OPEN_TASKS + " open tasks (p95)", tries.result().p95(), "ms", 50));
        RESULTS.add(Figure.atMost(whose + ": SQL statements per load", statements, "statements", 10));
    }

    /**
     * A smaller cycle opened first, in a year of its own: as on a server that has run for a while, the code that
     * opening runs is compiled before the timed opening, rather than compiled while it is timed.
     */
    private void warmUp() {
        new SyntheticCouncil(WARM_UP_SERVICES, BIG_MEASURES).frameworkFiles()
                .forEach(csv -> imports.importMeasures(WARM_UP_YEAR, SyntheticCouncil.file(csv)));
        Cycle warm = cycles.open(WARM_UP_YEAR, 1, at(2599, 7, 21), at(2599, 8, 1), ChasePolicy.DEFAULT, "perf");
        awaitUntil(() -> deliveredNotices(warm.id()) == WARM_UP_SERVICES);
    }

    private void namePeople() {
        long firstService = organisation.findService(SyntheticCouncil.service(1)).orElseThrow().id();
        long directorate = jdbc.sql("select directorate_id from service where id = :s").param("s", firstService)
                .query(Long.class).single();
        people.create(new Person(DIRECTOR, "Bench Director", null, EnumSet.of(Role.SERVICE_DIRECTOR), firstService,
                directorate, true, false, false), "a-long-password");
        // a deputy signs off, so must be a director: a strategic director covering every body's return
        people.create(new Person(DEPUTY, "Bench Deputy", null, EnumSet.of(Role.STRATEGIC_DIRECTOR), null, directorate,
                true, false, false), "a-long-password");
        LocalDate today = LocalDate.now();
        for (int s = 1; s <= SERVICES; s++) {
            ServiceUnit service = organisation.findService(SyntheticCouncil.service(s)).orElseThrow();
            delegations.name(service.id(), DEPUTY, today, today.plusDays(30), "admin");
            // each body's data officer, with an address: opening a cycle sends each return's notice by mail
            // (stored without a password: hashing 500 would only slow the setting up)
            String officer = "officer-" + s;
            persons.insert(new Person(officer, "Officer " + s, officer + "@bench.example",
                    EnumSet.of(Role.DATA_OFFICER), service.id(), service.directorateId(), true, false, false),
                    "never signs in");
        }
    }

    /** Work elsewhere in the organisation: open tasks nobody in this benchmark may see. */
    private void startOtherTasks(int count) {
        BpmnModelInstance other = Bpmn.createExecutableProcess("benchOtherWork").startEvent()
                .userTask("otherTask").camundaCandidateGroups("elsewhere").endEvent().done();
        repository.createDeployment().addModelInstance("benchOtherWork.bpmn", other).deploy();
        for (int done = 0; done < count; done += 1000) {
            int batch = Math.min(1000, count - done);
            transactions.executeWithoutResult(t -> {
                for (int i = 0; i < batch; i++) {
                    runtime.startProcessInstanceByKey("benchOtherWork");
                }
            });
        }
    }

    private void submitAndSignOffEveryReturn() throws InterruptedException {
        List<ServiceReturn> all = returns.forCycle(cycle.id());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (ServiceReturn r : all) {
            pool.submit(() -> {
                try {
                    workflow.submit(r.id(), DEPUTY);
                    workflow.signOff(r.id(), DEPUTY);
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(20, TimeUnit.MINUTES)).isTrue();
        assertThat(failures).isEmpty();
    }

    /**
     * The cycle's returns issued as the issue counts them: with their "Complete return" task and their chase timer,
     * found through the returns' process instances (an index each): counting every open task by its kind scans them
     * all, and a poll that takes a core of the machine ten times a second would be measured as the opening's own cost.
     */
    private long issuedWithTaskAndTimer(long cycleId) {
        return jdbc.sql("""
                select count(*) from service_return r join act_ru_task t on t.proc_inst_id_ = r.process_instance_id
                where r.cycle_id = :c and t.task_def_key_ = :k and exists (select 1 from act_ru_job j
                    join act_ru_jobdef d on d.id_ = j.job_def_id_
                    where j.process_instance_id_ = r.process_instance_id and d.act_id_ = :timer)""")
                .param("c", cycleId).param("k", ReturnProcess.TASK_COMPLETE_RETURN)
                .param("timer", ReturnProcess.TIMER_NEXT_CHASE).query(Long.class).single();
    }

    private long deliveredNotices(long cycleId) {
        return jdbc.sql("select count(*) from outbox_message where cycle_id = :c and status = 'DELIVERED'")
                .param("c", cycleId).query(Long.class).single();
    }

    /** The domain rows opening writes (a return per service, an entry per measure) as one JDBC batch each. */
    private void batchInsertOfTheSameRows() {
        jdbc.sql("create table if not exists bench_return (id bigserial primary key, cycle_id bigint, service_id"
                + " bigint, status text, process_instance text)").update();
        jdbc.sql("create table if not exists bench_entry (return_id bigint, measure_id bigint)").update();
        transactions.executeWithoutResult(t -> {
            var template = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
            List<Object[]> rows = new ArrayList<>();
            for (int s = 0; s < SERVICES; s++) {
                rows.add(new Object[] {cycle.id(), (long) s, "NOT_STARTED", "p" + s});
            }
            template.batchUpdate("insert into bench_return (cycle_id, service_id, status, process_instance)"
                    + " values (?, ?, ?, ?)", rows);
            List<Object[]> entries = new ArrayList<>();
            for (int e = 0; e < SERVICES * BIG_MEASURES; e++) {
                entries.add(new Object[] {(long) e / BIG_MEASURES, (long) e});
            }
            template.batchUpdate("insert into bench_entry (return_id, measure_id) values (?, ?)", entries);
        });
    }

    /** The same rows as one JDBC batch of inserts into the plain table, in one transaction. */
    private void batchInsert(String csv) {
        List<Object[]> rows = csv.lines().skip(1).map(line -> (Object[]) line.split(",", -1)).toList();
        transactions.executeWithoutResult(t -> new org.springframework.jdbc.core.JdbcTemplate(dataSource).batchUpdate(
                "insert into bench_copy values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows));
    }

    /** The year's measures as the measure table holds them, in CSV. */
    private String measuresOfTheYear(String label) throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        try (Connection c = dataSource.getConnection()) {
            c.unwrap(PGConnection.class).getCopyAPI().copyOut("copy (select m.* from measure m join reporting_year y"
                    + " on y.id = m.year_id where y.label = '" + label + "') to stdout with (format csv)", out);
        }
        return out.toString();
    }

    /**
     * An empty table like measure, with its primary and unique keys, indexes, checks and foreign keys (each row's
     * year, service and theme looked up): COPY into it is what loading the rows costs PostgreSQL itself.
     */
    private void emptyTableLikeMeasure(String name) {
        jdbc.sql("create table " + name + " (like measure including all)").update();
        jdbc.sql("alter table " + name + " add foreign key (year_id) references reporting_year (id),"
                + " add foreign key (service_id) references service (id),"
                + " add foreign key (theme_id) references theme (id)").update();
    }

    private void copyInto(String table, String csv) {
        copyIn("copy " + table + " from stdin with (format csv)", csv);
    }

    private void copy(String csv) {
        copyIn("copy bench_copy from stdin with (format csv, header)", csv);
    }

    private void copyIn(String sql, String csv) {
        try (Connection c = dataSource.getConnection()) {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new java.io.StringReader(csv));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitUntil(java.util.function.BooleanSupplier done) {
        uk.quarterlyreturns.support.Await.until("the cycle's returns issued", Duration.ofMinutes(10), done);
    }

    private static String label(int start) {
        return start + "-" + String.format("%02d", (start + 1) % 100);
    }

    private static Instant at(int year, int month, int day) {
        return ZonedDateTime.of(year, month, day, 17, 0, 0, 0, LondonTime.ZONE).toInstant();
    }
}
