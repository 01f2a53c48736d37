package uk.quarterlyreturns.support;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.CycleService;
import uk.quarterlyreturns.cycle.CycleStatus;
import uk.quarterlyreturns.cycle.ReportApproval;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.KeyActionRepository;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.returns.HighlightReports;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.returns.TaskClaims;

/**
 * A Housing return of a reporting year of the test's own (fixtures/framework-form.csv): HF-1 repairs on
 * time (%, higher is better, target 80, 10% tolerance) at 70 in Q1; HF-2 households in temporary
 * accommodation (lower is better, target 100, 10% tolerance) at 50 in Q1; HF-3 annual, due in Q4; key
 * action HKA-1. The Q2 cycle is open, its deadline two weeks away, and the return's first task is waiting.
 * The view tests take their years from 2300 on, clear of the years the process tests use.
 */
public final class ReturnScenario {

    public static final Duration WAIT = Duration.ofSeconds(90);

    public final String year;
    public final Cycle cycle;
    public final ServiceReturn housing;
    private final ApplicationContext context;

    private ReturnScenario(ApplicationContext context, String year, Cycle cycle, ServiceReturn housing) {
        this.context = context;
        this.year = year;
        this.cycle = cycle;
        this.housing = housing;
    }

    public static ReturnScenario open(ApplicationContext context, int startYear) throws Exception {
        return open(context, startYear, "fixtures/framework-form.csv", "fixtures/actions-form.csv",
                Map.of("HF-1", "70", "HF-2", "50"));
    }

    /** The cumulative Housing framework (HC-1, 240 a year, a quarter's share 60), with 62 stored for HC-1 in Q1. */
    public static ReturnScenario cumulativeWithAFirstQuarter(ApplicationContext context, int startYear)
            throws Exception {
        return open(context, startYear, "fixtures/framework-form-cumulative.csv", "fixtures/actions-form.csv",
                Map.of("HC-1", "62"));
    }

    /** The same, on a Housing framework of the test's own, with these Q1 figures (code to value). */
    public static ReturnScenario open(ApplicationContext context, int startYear, String framework, String actions,
            Map<String, String> firstQuarter) throws Exception {
        return open(context, startYear, framework, actions, firstQuarter, 1);
    }

    /** The same, on a framework whose cycle issues this many returns, Housing's among them. */
    public static ReturnScenario open(ApplicationContext context, int startYear, String framework, String actions,
            Map<String, String> firstQuarter, int returnsIssued) throws Exception {
        String year = ReportingYear.labelOf(startYear);
        FrameworkImport imports = context.getBean(FrameworkImport.class);
        imports.importMeasures(year, fixture(framework));
        imports.importKeyActions(year, fixture(actions));
        ReturnScenario past = new ReturnScenario(context, year, null, null);
        firstQuarter.forEach((code, value) -> past.enter(code, 1, value));
        Instant now = Instant.now();
        Cycle cycle = context.getBean(CycleService.class).open(year, 2, now.plus(Duration.ofDays(14)),
                now.plus(Duration.ofDays(30)), ChasePolicy.DEFAULT, "perf");
        ReturnRepository returns = context.getBean(ReturnRepository.class);
        TaskService tasks = context.getBean(TaskService.class);
        Await.until("the Housing return issued", WAIT, () -> returns.forCycle(cycle.id()).size() == returnsIssued
                && tasks.createTaskQuery().processVariableValueEquals(ReturnProcess.VAR_RETURN_ID,
                        housing(returns, cycle).id()).taskDefinitionKey(ReturnProcess.TASK_COMPLETE_RETURN)
                .active().count() == 1);
        return new ReturnScenario(context, year, cycle, housing(returns, cycle));
    }

    private static ServiceReturn housing(ReturnRepository returns, Cycle cycle) {
        return returns.forCycle(cycle.id()).stream().filter(r -> r.serviceName().equals("Housing")).findFirst()
                .orElseThrow();
    }

    public long measureId(String code) {
        ReportingYear y = context.getBean(YearRepository.class).find(year).orElseThrow();
        return context.getBean(MeasureRepository.class).find(y.id(), code).orElseThrow().id();
    }

    /** A figure fed from outside the form (as the values feed or another person would). */
    public void enter(String code, int quarter, String value) {
        context.getBean(ValueRepository.class).saveFigure(measureId(code), quarter, new BigDecimal(value), null, null,
                null, "feed");
    }

    /**
     * A Q1 cycle (its row only, no process; its deadline gone) with Housing's return of Q1 in this status: DRAFT for
     * one never submitted, SENT_BACK for one submitted, sent back and not submitted again. Returns the cycle's id, for
     * {@link #removeCycle} after the test, as the Q1 cycle has no process to end.
     */
    public long firstQuarterReturn(ReturnStatus status) {
        ReportingYear y = context.getBean(YearRepository.class).find(year).orElseThrow();
        Instant now = Instant.now();
        long q1 = context.getBean(CycleRepository.class).insert(y.id(), 1, now.minus(Duration.ofDays(60)),
                now.minus(Duration.ofDays(50)), "perf", now.minus(Duration.ofDays(80)), ChasePolicy.DEFAULT);
        jdbc().sql("""
                insert into service_return (cycle_id, service_id, status, first_submitted_at)
                values (:c, :s, :status, :first)""").param("c", q1).param("s", housing.serviceId())
                .param("status", status.name())
                .param("first", status == ReturnStatus.DRAFT ? null : Timestamp.from(now.minus(Duration.ofDays(61))),
                        Types.TIMESTAMP)
                .update();
        return q1;
    }

    /** The cycle and its returns gone, as {@link #firstQuarterReturn} left them. */
    public void removeCycle(long cycleId) {
        jdbc().sql("delete from service_return where cycle_id = :c").param("c", cycleId).update();
        jdbc().sql("delete from cycle where id = :c").param("c", cycleId).update();
    }

    private JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
    }

    public long actionId(String code) {
        ReportingYear y = context.getBean(YearRepository.class).find(year).orElseThrow();
        return context.getBean(KeyActionRepository.class).find(y.id(), code).orElseThrow().id();
    }

    /** HKA-1 given a status (Green) and a commentary for the quarter, as a complete return needs. */
    public void keyActionOnTrack(int quarter) {
        ReportingYear y = context.getBean(YearRepository.class).find(year).orElseThrow();
        KeyActionRepository actions = context.getBean(KeyActionRepository.class);
        long actionId = actions.find(y.id(), "HKA-1").orElseThrow().id();
        actions.saveStatus(actionId, quarter, Rag.GREEN, "Twelve homes brought back into use", "feed");
    }

    /**
     * The quarter's figures and key action given (HF-1 85, HF-2 55, HKA-1 on track), then submitted by the data
     * officer, signed off by the director and accepted by the performance team: the Housing return is complete.
     */
    public void completeAndAccept() {
        completeAndSignOff();
        context.getBean(ReturnWorkflow.class).accept(housing.id(), "perf");
    }

    /**
     * The same, then waits until the report the accepted return compiles awaits the chief executive's decision (the
     * cycle's only return, so the report is compiled at once).
     */
    public void completeAndAwaitTheReportsDecision() {
        completeAndAccept();
        CycleRepository cycles = context.getBean(CycleRepository.class);
        ReportApproval approval = context.getBean(ReportApproval.class);
        Await.until("the report awaiting a decision", WAIT, () -> cycles.find(cycle.id()).orElseThrow().status()
                == CycleStatus.AWAITING_APPROVAL && approval.decisionStep(cycle.id()).isPresent());
    }

    /** The chief executive approves the report awaiting their decision; waits until it is published. */
    public void approveAndAwaitPublication() {
        context.getBean(ReportApproval.class).approve(cycle.id(), "ceo");
        CycleRepository cycles = context.getBean(CycleRepository.class);
        Await.until("the report published", WAIT,
                () -> cycles.find(cycle.id()).orElseThrow().status() == CycleStatus.PUBLISHED);
    }

    /** The same, up to the director's sign-off: the return waits for the quality check. */
    public void completeAndSignOff() {
        completeAndSubmit();
        context.getBean(ReturnWorkflow.class).signOff(housing.id(), "dir.housing");
    }

    /** The same, its quality check then claimed by this member of the performance team. */
    public void completeAndClaimTheCheck(String user) {
        completeAndSignOff();
        awaitTask(ReturnProcess.TASK_QUALITY_CHECK);
        context.getBean(TaskClaims.class).claim(task(ReturnProcess.TASK_QUALITY_CHECK).getId(), user);
    }

    /** The return's open step of this task key, or null. */
    public Task task(String taskKey) {
        return context.getBean(TaskService.class).createTaskQuery()
                .processVariableValueEquals(ReturnProcess.VAR_RETURN_ID, housing.id()).taskDefinitionKey(taskKey)
                .active().singleResult();
    }

    /** The same, up to the data officer's submission: the return awaits its sign-off. */
    public void completeAndSubmit() {
        enter("HF-1", 2, "85");
        enter("HF-2", 2, "55");
        keyActionOnTrack(2);
        context.getBean(ReturnWorkflow.class).submit(housing.id(), "data.housing");
    }

    /** Something a test does with the return; it may throw. */
    public interface Step {
        void run() throws Exception;
    }

    /**
     * Does the steps while Housing's return is asked for a highlight report. New cycles start from the latest choice,
     * and every test's year shares the service, so that default is undone after.
     */
    public void withHighlightReport(Step steps) throws Exception {
        context.getBean(HighlightReports.class).setWanted(cycle.id(), housing.serviceId(), true, "perf");
        try {
            steps.run();
        } finally {
            noHighlightReportByDefault();
        }
    }

    /** New cycles no longer ask Housing for a highlight report (the choice a test made stays with its cycle). */
    public void noHighlightReportByDefault() {
        jdbc().sql("update service set highlight_report = false where id = :s").param("s", housing.serviceId())
                .update();
    }

    /** Waits until the return's process has reached the step with this task key. */
    public void awaitTask(String taskKey) {
        TaskService tasks = context.getBean(TaskService.class);
        Await.until("the Housing return at " + taskKey, WAIT, () -> tasks.createTaskQuery()
                .processVariableValueEquals(ReturnProcess.VAR_RETURN_ID, housing.id()).taskDefinitionKey(taskKey)
                .active().count() == 1);
    }

    /**
     * Waits until every return of the cycle has sent its issue notice. The notice is a step of its own after the
     * return's task is in place, run when the job executor comes to it: on a busy engine it lands in a return's history
     * while a test is already comparing that history before and after something.
     */
    public void awaitIssueNotices() {
        RuntimeService runtime = context.getBean(RuntimeService.class);
        List<Long> ids = context.getBean(ReturnRepository.class).forCycle(cycle.id()).stream()
                .map(ServiceReturn::id).toList();
        Await.until("the cycle's issue notices sent", WAIT, () -> ids.stream().allMatch(id -> noticeSent(runtime, id)));
    }

    /** Whether the return's issue notice has gone out (its step no longer waits in the return's process). */
    public static boolean noticeSent(RuntimeService runtime, long returnId) {
        return runtime.createExecutionQuery().processVariableValueEquals(ReturnProcess.VAR_RETURN_ID, returnId)
                .activityId(ReturnProcess.TASK_NOTIFY_SERVICE).count() == 0;
    }

    public ServiceReturn reload() {
        return context.getBean(ReturnRepository.class).find(housing.id()).orElseThrow();
    }

    private static TabularFile fixture(String path) throws Exception {
        return TabularFile.read(new ClassPathResource(path).getContentAsByteArray(), path);
    }
}
