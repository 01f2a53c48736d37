package uk.quarterlyreturns.demo;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleService;
import uk.quarterlyreturns.cycle.ReportApproval;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;

/**
 * Replays 2017/18 through the real processes on a moved clock: Q1 completed and its report published;
 * Q2 under way with returns in every state, reminders, overdue notices and an escalation sent. The clock
 * is left running from Monday 30 October 2017, so the demo shows a quarter in progress; {@link DemoClock} keeps it
 * across restarts.
 */
@Component
class DemoCycles {

    static final ZonedDateTime DEMO_NOW = london(2017, 10, 30, 10, 0);
    private static final Logger log = LoggerFactory.getLogger(DemoCycles.class);
    private static final Duration WAIT = Duration.ofMinutes(3);

    private final CycleService cycles;
    private final ReturnRepository returns;
    private final ReturnWorkflow workflow;
    private final ReportApproval approval;
    private final DemoReturnWork work;
    private final ManagementService management;
    private final ProcessEngine engine;
    private final DemoReportWords words;
    private final DemoClock clock;

    DemoCycles(CycleService cycles, ReturnRepository returns, ReturnWorkflow workflow, ReportApproval approval,
            DemoReturnWork work, ManagementService management, ProcessEngine engine, DemoReportWords words,
            DemoClock clock) {
        this.engine = engine;
        this.words = words;
        this.clock = clock;
        this.cycles = cycles;
        this.returns = returns;
        this.workflow = workflow;
        this.approval = approval;
        this.work = work;
        this.management = management;
    }

    void run() {
        // The engine starts its job executor on the same ready event as the demo loader: make sure it runs.
        JobExecutor executor = jobExecutor();
        if (!executor.isActive()) {
            executor.start();
        }
        quarterOne();
        quarterTwo();
        clock.startAt(DEMO_NOW.toInstant());
        log.info("Demo clock running from {}", DEMO_NOW);
    }

    private void quarterOne() {
        at(2017, 7, 3, 9, 0);
        Cycle q1 = cycles.open(DemoFramework.YEAR, 1, london(2017, 7, 21, 17, 0).toInstant(),
                london(2017, 8, 4, 9, 0).toInstant(), ChasePolicy.DEFAULT, "perf");
        settle();
        words.askForHighlights(q1.id());
        List<ServiceReturn> all = returns.forCycle(q1.id());
        at(2017, 7, 14, 9, 5);
        settle();
        for (int i = 0; i < all.size(); i++) {
            // Most are in by the deadline; the last two are late, as the Kirklees report describes.
            int day = i < all.size() - 2 ? 17 + i % 5 : 25 + (i % 2) * 2;
            at(2017, 7, day, 11, 0);
            settle();
            submitAndSignOff(all.get(i), 1);
        }
        at(2017, 8, 1, 10, 0);
        settle();
        words.write(q1.id(), 1);
        all.forEach(r -> workflow.accept(r.id(), "perf"));
        settle();
        at(2017, 8, 7, 14, 0);
        approval.approve(q1.id(), "ceo");
        settle();
    }

    private void quarterTwo() {
        at(2017, 10, 2, 9, 0);
        Cycle q2 = cycles.open(DemoFramework.YEAR, 2, london(2017, 10, 20, 17, 0).toInstant(),
                london(2017, 11, 6, 9, 0).toInstant(), ChasePolicy.DEFAULT, "perf");
        settle();
        words.write(q2.id(), 2);
        Map<String, ServiceReturn> byService = new java.util.HashMap<>();
        returns.forCycle(q2.id()).forEach(r -> byService.put(r.serviceName(), r));

        at(2017, 10, 11, 10, 0);
        for (String done : List.of("Economy, Regeneration and Culture", "Highways and Streetscene", "Housing",
                "Adult Social Care Operations")) {
            submitAndSignOff(byService.get(done), 2);
            workflow.accept(byService.get(done).id(), "perf");
        }
        settle();
        at(2017, 10, 13, 9, 5);
        settle();
        at(2017, 10, 16, 15, 0);
        submitAndSignOff(byService.get("Learning and Early Support"), 2);
        ServiceReturn health = byService.get("Public Health and Policy");
        submitAndSignOff(health, 2);
        workflow.sendBackByPerformanceTeam(health.id(), "perf",
                "Please add the actions planned for the smoking cessation measure and check the Q2 figure.");
        ServiceReturn customer = byService.get("Customer and Exchequer Services");
        work.prepare(customer, 2);
        workflow.submit(customer.id(), work.preparer(customer));
        work.prepareValuesOnly(byService.get("Finance, IT, Risk and Performance"), 2);
        settle();
        at(2017, 10, 18, 9, 5);
        settle();
        at(2017, 10, 20, 17, 5);
        settle();
        at(2017, 10, 27, 17, 5);
        settle();
    }

    private void submitAndSignOff(ServiceReturn r, int quarter) {
        work.prepare(r, quarter);
        words.highlight(r, quarter, work.preparer(r));
        workflow.submit(r.id(), work.preparer(r));
        workflow.signOff(r.id(), work.director(r));
    }

    /**
     * Lets the job executor finish everything due at the moved clock. An idle job executor looks for due jobs
     * again only after its back-off (up to a minute), and a moved clock does not wake it as a new job does: so it
     * is told that jobs are waiting.
     */
    private void settle() {
        JobExecutor executor = jobExecutor();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (management.createJobQuery().executable().count() > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The demo's process steps did not finish in " + WAIT.toMinutes()
                        + " minutes");
            }
            executor.jobWasAdded();
            sleep();
        }
    }

    private JobExecutor jobExecutor() {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void at(int y, int m, int d, int h, int min) {
        ClockUtil.setCurrentTime(Date.from(london(y, m, d, h, min).toInstant()));
    }

    private static ZonedDateTime london(int y, int m, int d, int h, int min) {
        return ZonedDateTime.of(y, m, d, h, min, 0, 0, ReportingYear.LONDON);
    }

}
