package uk.quarterlyreturns.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FigureImport;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.people.Delegations;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.OpenedCycles;

/**
 * A national collection: 500 returns in one cycle, 8 threads submitting, signing off and accepting at once
 * with the job executor running. Completions of different returns must not conflict.
 */
class ScaleTest extends ApplicationTest {

    private static final int RETURNS = 500;
    private static final int THREADS = 8;
    private static final String YEAR = "2300-01";

    @Autowired FrameworkImport imports;

    @Autowired FigureImport figures;
    @Autowired CycleService cycles;
    @Autowired ReturnRepository returns;
    @Autowired ReturnWorkflow workflow;
    @Autowired PeopleService people;
    @Autowired Delegations delegations;
    @Autowired Organisation organisation;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;

    @Test
    void fiveHundredReturnsCompletedByEightThreadsWithoutIncidentOrConflict() throws Exception {
        StringBuilder framework = new StringBuilder(
                "code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,floor,tolerance_pct,"
                        + "rag_scheme\n");
        StringBuilder values = new StringBuilder("code,value\n");
        for (int i = 1; i <= RETURNS; i++) {
            framework.append("S-").append(i).append(",Measure ").append(i).append(",Collection bodies,Body ")
                    .append(i).append(",Ambitious,COUNT,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,50,,,FIVE_POINT\n");
            values.append("S-").append(i).append(",60\n");
        }
        imports.importMeasures(YEAR, file(framework));
        figures.importValues(YEAR, 1, file(values), "perf");
        people.create(new Person("scale.deputy", "Collection Deputy", null, EnumSet.of(Role.STRATEGIC_DIRECTOR),
                null, organisation.findService("Body 1").orElseThrow().directorateId(), true, false, false),
                "a-long-password");
        LocalDate today = LocalDate.now();
        for (int i = 1; i <= RETURNS; i++) {
            delegations.name(organisation.findService("Body " + i).orElseThrow().id(), "scale.deputy", today,
                    today.plusDays(30), "admin");
        }

        Cycle cycle = cycles.open(YEAR, 1, at(2300, 7, 21), at(2300, 8, 1), ChasePolicy.DEFAULT, "perf");
        Await.until("500 returns issued", Duration.ofMinutes(5),
                () -> returns.forCycle(cycle.id()).size() == RETURNS && tasks.createTaskQuery()
                        .taskDefinitionKey(ReturnProcess.TASK_COMPLETE_RETURN).taskCandidateUser("scale.deputy")
                        .count() == RETURNS);

        List<ServiceReturn> all = returns.forCycle(cycle.id());
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            pool.submit(() -> {
                for (int i = thread; i < all.size(); i += THREADS) {
                    long id = all.get(i).id();
                    try {
                        workflow.submit(id, "scale.deputy");
                        workflow.signOff(id, "scale.deputy");
                        workflow.accept(id, "perf");
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("Scale: %d returns x 3 steps by %d threads in %d ms (%.0f steps/s)%n", RETURNS, THREADS,
                millis, RETURNS * 3 * 1000.0 / millis);

        try {
            assertThat(failures).as("failures reaching a user").isEmpty();
            assertThat(returns.forCycle(cycle.id())).allMatch(r -> r.status() == ReturnStatus.ACCEPTED);
            Await.until("the report compiled for approval", Duration.ofMinutes(5), () -> tasks.createTaskQuery()
                    .processInstanceBusinessKey(CycleProcess.businessKey(cycle.id()))
                    .taskDefinitionKey(CycleProcess.TASK_APPROVE_REPORT).count() == 1);
            assertThat(runtime.createIncidentQuery().count()).isZero();
        } finally {
            List<String> ids = new ArrayList<>();
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(CycleProcess.businessKey(cycle.id()))
                    .list().forEach(p -> ids.add(p.getId()));
            for (ServiceReturn r : all) {
                runtime.createProcessInstanceQuery().processInstanceBusinessKey(ReturnProcess.businessKey(r.id()))
                        .list().forEach(p -> ids.add(p.getId()));
            }
            OpenedCycles.endAll(runtime, ids);
        }
    }

    private static TabularFile file(StringBuilder csv) {
        return TabularFile.read(csv.toString().getBytes(StandardCharsets.UTF_8), "file.csv");
    }

    private static java.time.Instant at(int year, int month, int day) {
        return ZonedDateTime.of(year, month, day, 17, 0, 0, 0, ReportingYear.LONDON).toInstant();
    }
}
