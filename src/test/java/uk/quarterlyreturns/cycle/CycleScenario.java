package uk.quarterlyreturns.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.Measure;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.EngineJobs;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.TestMailServer;

/** A Q1 cycle of its own reporting year, with Housing and Highways returns, on a clock the test moves. */
final class CycleScenario {

    static final Duration WAIT = Duration.ofSeconds(60);

    final String year;
    final int startYear;
    private final CycleService cycles;
    private final ReturnRepository returns;
    private final TaskService tasks;
    private final YearRepository years;
    private final MeasureRepository measures;
    private final ValueRepository values;
    private final RuntimeService runtime;
    private final ManagementService management;
    Cycle cycle;
    /** The Q2 cycle, once {@link #openSecondQuarter} opened it. */
    Cycle second;

    private CycleScenario(int startYear, ApplicationContext context) {
        this.startYear = startYear;
        this.year = ReportingYear.labelOf(startYear);
        yearInSubjects = this.year.replace('-', '/');
        this.cycles = context.getBean(CycleService.class);
        this.returns = context.getBean(ReturnRepository.class);
        this.tasks = context.getBean(TaskService.class);
        this.years = context.getBean(YearRepository.class);
        this.measures = context.getBean(MeasureRepository.class);
        this.values = context.getBean(ValueRepository.class);
        this.runtime = context.getBean(RuntimeService.class);
        this.management = context.getBean(ManagementService.class);
    }

    /** The scenario's reporting year with the cycle fixture's framework imported; no cycle open yet. */
    static CycleScenario of(ApplicationContext context, int startYear) throws Exception {
        CycleScenario scenario = new CycleScenario(startYear, context);
        byte[] csv = new ClassPathResource("fixtures/framework-cycle.csv").getContentAsByteArray();
        context.getBean(FrameworkImport.class).importMeasures(scenario.year, TabularFile.read(csv, "framework.csv"));
        return scenario;
    }

    /** 1 July 09:00: the Q1 cycle opens; deadline 21 July 17:00; compilation 1 August 09:00. */
    CycleScenario open(ChasePolicy policy) {
        endEarlierTestsCycles();
        at(startYear, 7, 1, 9, 0);
        cycle = cycles.open(year, 1, london(startYear, 7, 21, 17, 0).toInstant(),
                london(startYear, 8, 1, 9, 0).toInstant(), policy, "perf");
        // the services told too: a notice sent later meets the test's first steps on the return, and one of the two
        // fails (the engine's rows changed under it)
        await("returns issued and their services told", () -> returns.forCycle(cycle.id()).size() == 2
                && returns.forCycle(cycle.id()).stream().allMatch(r -> task(r.id(),
                        ReturnProcess.TASK_COMPLETE_RETURN) != null && ReturnScenario.noticeSent(runtime, r.id())));
        // issuing notes every return's instance in one statement: each return is found from its own task's instance
        for (ServiceReturn r : returns.forCycle(cycle.id())) {
            String instance = task(r.id(), ReturnProcess.TASK_COMPLETE_RETURN).getProcessInstanceId();
            assertThat(returns.byProcessInstance(List.of(instance)).get(instance).id()).isEqualTo(r.id());
        }
        return this;
    }

    /**
     * The cycles and returns earlier tests left running, ended: the clock jumps to a year of the scenario's own, at
     * which every timer of theirs would come due at once, and the engine would run those (report compilations among
     * them) before the scenario's first steps. Under load that took longer than the wait.
     */
    private void endEarlierTestsCycles() {
        OpenedCycles.endThoseLeftRunning(runtime);
    }

    /** Waits on what the engine does; a job that failed once is tried again although the clock stands still. */
    void await(String what, BooleanSupplier condition) {
        EngineJobs.until(management, what, WAIT, condition);
    }

    /** After each test: the scenario's processes ended (if it got that far) and the engine's clock real again. */
    static void end(CycleScenario scenario) {
        if (scenario != null) {
            scenario.close();
        }
        ClockUtil.reset();
    }

    void close() {
        if (second != null) {
            OpenedCycles.end(runtime, returns, second.id());
        }
        if (cycle != null) {
            OpenedCycles.end(runtime, returns, cycle.id());
        }
    }

    /** 13 October 09:00: the Q2 cycle opens (deadline 21 October, compilation 1 November) and issues its returns. */
    Cycle openSecondQuarter(ChasePolicy policy) {
        at(startYear, 10, 13, 9, 0);
        second = cycles.open(year, 2, london(startYear, 10, 21, 17, 0).toInstant(),
                london(startYear, 11, 1, 9, 0).toInstant(), policy, "perf");
        await("Q2 returns issued", () -> returns.forCycle(second.id()).size() == 2);
        return second;
    }

    ServiceReturn returnOf(String service) {
        return returns.forCycle(cycle.id()).stream().filter(r -> r.serviceName().equals(service)).findFirst()
                .orElseThrow();
    }

    ServiceReturn reload(ServiceReturn r) {
        return returns.find(r.id()).orElseThrow();
    }

    void enter(String code, String value) {
        ReportingYear y = years.find(year).orElseThrow();
        Measure m = measures.find(y.id(), code).orElseThrow();
        values.saveFigure(m.id(), 1, new BigDecimal(value), null, null, null, "test");
    }

    Task task(long returnId, String key) {
        return tasks.createTaskQuery().processVariableValueEquals(ReturnProcess.VAR_RETURN_ID, returnId)
                .taskDefinitionKey(key).active().singleResult();
    }

    Task cycleTask(String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(CycleProcess.businessKey(cycle.id()))
                .taskDefinitionKey(key).active().singleResult();
    }

    void awaitTask(long returnId, String key) {
        await("task " + key, () -> task(returnId, key) != null);
    }

    void awaitCycleTask(String key) {
        await("cycle task " + key, () -> cycleTask(key) != null);
    }

    /**
     * Housing's return submitted, signed off and accepted (H-1 at 60), then at the compilation date (Highways'
     * return still out) the report approved by the chief executive: version 1 published. Returns Housing's return.
     */
    ServiceReturn housingPublished(uk.quarterlyreturns.returns.ReturnWorkflow workflow, ReportApproval approval) {
        return approved(housingCompiled(workflow), approval);
    }

    /**
     * Housing's return submitted (H-1 at 60) and left awaiting sign-off, then at the compilation date the report
     * approved with it in as submitted: version 1 published. Returns Housing's return.
     */
    ServiceReturn housingPublishedAsSubmitted(uk.quarterlyreturns.returns.ReturnWorkflow workflow,
            ReportApproval approval) {
        ServiceReturn housing = housingSubmitted(workflow);
        at(startYear, 8, 1, 9, 5);
        awaitCycleTask(CycleProcess.TASK_APPROVE_REPORT);
        return approved(housing, approval);
    }

    private ServiceReturn approved(ServiceReturn housing, ReportApproval approval) {
        approval.approve(cycle.id(), "ceo");
        await("version 1 published", () -> status() == CycleStatus.PUBLISHED);
        return housing;
    }

    /** The same up to version 1 compiled at the compilation date, with the chief executive for approval. */
    ServiceReturn housingCompiled(uk.quarterlyreturns.returns.ReturnWorkflow workflow) {
        ServiceReturn housing = returnOf("Housing");
        enter("H-1", "60");
        signedOffAndAccepted(workflow, housing);
        at(startYear, 8, 1, 9, 5);
        awaitCycleTask(CycleProcess.TASK_APPROVE_REPORT);
        return housing;
    }

    /** Housing's return submitted by its data officer with H-1 at 60: it awaits its director's sign-off. */
    ServiceReturn housingSubmitted(uk.quarterlyreturns.returns.ReturnWorkflow workflow) {
        ServiceReturn housing = returnOf("Housing");
        enter("H-1", "60");
        workflow.submit(housing.id(), "data.housing");
        awaitTask(housing.id(), ReturnProcess.TASK_SIGN_OFF);
        return housing;
    }

    /** Housing's return submitted by its data officer, signed off by its director, accepted by the performance team. */
    void signedOffAndAccepted(uk.quarterlyreturns.returns.ReturnWorkflow workflow, ServiceReturn housing) {
        awaitTask(housing.id(), ReturnProcess.TASK_COMPLETE_RETURN);
        workflow.submit(housing.id(), "data.housing");
        workflow.signOff(housing.id(), "dir.housing");
        awaitTask(housing.id(), ReturnProcess.TASK_QUALITY_CHECK);
        workflow.accept(housing.id(), "perf");
    }

    /** The cycle's status as it stands. */
    CycleStatus status() {
        return cycles.all().stream().filter(c -> c.id() == cycle.id()).findFirst().orElseThrow().status();
    }

    static void at(int year, int month, int day, int hour, int minute) {
        ClockUtil.setCurrentTime(Date.from(london(year, month, day, hour, minute).toInstant()));
        EngineJobs.wake();
    }

    static ZonedDateTime london(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, ReportingYear.LONDON);
    }

    /** The current scenario's year as subjects print it ("2110/11"): other tests' mail is left out. */
    private static String yearInSubjects;

    /** Messages received so far about this scenario's year whose subject contains the text, to the address. */
    static List<MimeMessage> mailTo(String address, String subjectPart) {
        return mailTo(address, subjectPart, yearInSubjects);
    }

    /** Messages received so far whose subject contains the text (and the year, when given), to the address. */
    static List<MimeMessage> mailTo(String address, String subjectPart, String year) {
        return TestMailServer.received().stream().filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address) && m.getSubject().contains(subjectPart)
                        && (year == null || m.getSubject().contains(year));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    static String body(MimeMessage message) {
        try {
            return new String(message.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void awaitMail(String address, String subjectPart, int count) {
        Await.until(count + " mail(s) '" + subjectPart + "' to " + address, WAIT,
                () -> mailTo(address, subjectPart).size() >= count);
        assertThat(mailTo(address, subjectPart)).hasSize(count);
    }
}
