package uk.quarterlyreturns.chasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import uk.quarterlyreturns.base.api.ConfirmationRequiredException;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.ChaseSchedule;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleProcess;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.CycleService;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.returns.ChaseCounts;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnSheets;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.EngineJobs;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.TestMailServer;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.returns.ReturnTrail;

/**
 * Deadlines that move, through the running engine with the clock moved: a return with an agreed extension is
 * chased from its own deadline; a cycle opened with a wrong deadline (the 2nd typed for the 21st) is mended after
 * opening. Q1 cycles of years of the test's own, for services of a directorate of its own.
 */
class MovingDeadlinesChaseTest extends ApplicationTest {

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
    @Autowired CycleDateChanges changes;
    @Autowired CycleRepository cycleRepository;
    @Autowired ChaseCounts chaseCounts;
    @Autowired ReturnWorkflow workflow;
    @Autowired ValueRepository values;
    @Autowired MeasureRepository measures;
    @Autowired YearRepository years;
    @Autowired ReturnTrail trail;

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
        assertThat(jdbc.sql("select body_text from outbox_message where return_id = :r and kind = 'OVERDUE'")
                .param("r", r.id()).query(String.class).list()).as("the notice gives the deadline it missed")
                .allSatisfy(body -> assertThat(body).contains("Thursday 28 July 4450"));
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

    @Test
    void aWrongDeadlineMendedMovesEveryChaseTaskAndTheCompilationAndTellsTheServices() {
        List<ServiceReturn> rs = open(4460, 2, london(4460, 7, 2, 17, 0), london(4460, 8, 1, 9, 0));
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
        List<ServiceReturn> rs = open(4461, 2, london(4461, 7, 2, 17, 0), london(4461, 8, 1, 9, 0));
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

    @Test
    void anOverdueNoticeSentBeforeTheDeadlineWasMovedLaterGoesAgainAtTheNewDeadline() {
        ServiceReturn r = open(6001);
        at(london(6001, 7, 21, 17, 5));
        awaitChases(r, "OVERDUE", 1);

        at(london(6001, 7, 24, 10, 0));
        Instant moved = london(6001, 8, 4, 17, 0);
        changes.change(cycle.id(), perf(), moved, cycle.compilationDate(), "The national data is published late",
                cycle.submissionDeadline(), cycle.compilationDate(), false);
        assertThat(chaseTimer(r).getDuedate().toInstant()).as("the overdue notice waits for the new deadline")
                .isEqualTo(moved);

        at(moved.plus(Duration.ofMinutes(5)));
        awaitChases(r, "OVERDUE", 2);
        assertThat(jdbc.sql("select step from chase where return_id = :r and kind = 'OVERDUE' order by sent_at desc")
                .param("r", r.id()).query(String.class).list().get(0)).as("named by the deadline it ran to")
                .isEqualTo("OVERDUE" + ChaseStep.CHANGED + moved.getEpochSecond());
        assertThat(chaseCounts.forReturn(r.id()).escalations()).as("compliance counts both").isEqualTo(2);
    }

    /**
     * A return told it was overdue, then withdrawn by a framework file (its measure moved to another service) and due
     * again by the next: owed as a new return, so chased as one, its overdue notice sent again. The chase records kept
     * its earlier notice's step, so none went.
     */
    @Test
    void aReturnWithdrawnAfterItsOverdueNoticeAndDueAgainIsToldItIsOverdueAgain() {
        List<ServiceReturn> rs = open(4444, 2, london(4444, 7, 21, 17, 0), london(4444, 9, 30, 9, 0));
        ServiceReturn a = rs.stream().filter(r -> r.serviceName().equals(service(4444, "A"))).findFirst().orElseThrow();
        at(london(4444, 7, 21, 17, 5));
        awaitChases(a, "OVERDUE", 1);
        String header = "code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,floor,"
                + "tolerance_pct,rag_scheme\n";
        String row = ",Visits made,Extended Directorate 4444,\"%s\",Ambitious,COUNT,HIGHER_IS_BETTER,QUARTERLY,"
                + "SNAPSHOT,50,,,FIVE_POINT\n";
        String b = String.format("XB-4444" + row, service(4444, "B"));

        at(london(4444, 7, 22, 10, 0));
        imports.importMeasures(ReportingYear.labelOf(4444), TabularFile.read((header + String.format("XA-4444" + row,
                service(4444, "B")) + b).getBytes(StandardCharsets.UTF_8), "moved.csv"));
        assertThat(returns.find(a.id()).orElseThrow().status().name()).isEqualTo("WITHDRAWN");
        long noticesBefore = overdueNotices(a);
        imports.importMeasures(ReportingYear.labelOf(4444), TabularFile.read((header + String.format("XA-4444" + row,
                service(4444, "A")) + b).getBytes(StandardCharsets.UTF_8), "back.csv"));

        Await.until("the overdue notice sent again", WAIT, () -> overdueNotices(a) > noticesBefore);
        assertThat(chaseCounts.forReturn(a.id()).escalations()).as("the record keeps both").isEqualTo(2);
    }

    private long overdueNotices(ServiceReturn r) {
        return jdbc.sql("select count(*) from chase where return_id = :r and kind = 'OVERDUE'").param("r", r.id())
                .query(Long.class).single();
    }

    @Test
    void aDeadlineMovedBackBeforeTheLastReminderHasTheOverdueNoticeSentAtOnceThenTheEscalations() {
        ChasePolicy policy = ChasePolicy.parse("7,2", LocalTime.of(9, 0), 5, 5);
        ServiceReturn r = open(6005, policy);
        List<ChaseSchedule.Reminder> reminders = schedule.plan(london(6005, 7, 21, 17, 0)
                .atZone(ReportingYear.LONDON), policy).reminders();
        at(reminders.get(0).at().plus(Duration.ofMinutes(5)));
        awaitChases(r, "REMINDER", 1);
        at(reminders.get(1).at().plus(Duration.ofMinutes(5))); // 19 July 09:00, the 2-day reminder
        awaitChases(r, "REMINDER", 2);

        at(london(6005, 7, 20, 10, 0));
        Instant earlier = london(6005, 7, 18, 17, 0);
        changes.change(cycle.id(), perf(), earlier, cycle.compilationDate(), "Typed the 21st for the 18th",
                cycle.submissionDeadline(), cycle.compilationDate(), true);

        awaitChases(r, "OVERDUE", 1);
        ChaseSchedule.Schedule now = schedule.plan(earlier.atZone(ReportingYear.LONDON), policy);
        Await.until("the escalation planned next", WAIT, () -> chaseTimer(r) != null
                && chaseTimer(r).getDuedate().toInstant().equals(now.strategicEscalationAt()));
        at(now.strategicEscalationAt().plus(Duration.ofMinutes(5)));
        awaitChases(r, "ESCALATION_STRATEGIC", 1);
        assertThat(chases(r, "REMINDER")).as("no reminder once overdue").isEqualTo(2);
        assertThat(chases(r, "ESCALATION_CHIEF_EXECUTIVE")).isZero();
    }

    @Test
    void anExtensionWithdrawnAfterTheFirstEscalationWasDueSendsItBeforeTheChiefExecutives() {
        ChasePolicy policy = ChasePolicy.parse("2", LocalTime.of(9, 0), 5, 5);
        ServiceReturn r = open(6009, policy);
        ChaseSchedule.Schedule first = schedule.plan(london(6009, 7, 21, 17, 0).atZone(ReportingYear.LONDON), policy);
        at(london(6009, 7, 21, 17, 5));
        awaitChases(r, "OVERDUE", 1);

        at(london(6009, 7, 22, 10, 0));
        Instant extendTo = london(6009, 8, 4, 17, 0);
        extensions.extend(r.id(), perf(), extendTo, "Data from a national system", null);
        at(schedule.plan(extendTo.atZone(ReportingYear.LONDON), policy).reminders().get(0).at()
                .plus(Duration.ofMinutes(5))); // 2 August 09:00
        awaitChases(r, "REMINDER", 1);

        at(london(6009, 8, 3, 10, 0));
        assertThat(first.strategicEscalationAt()).as("the first plan's escalation was due").isBefore(now());
        assertThat(first.chiefExecutiveEscalationAt()).isAfter(now());
        extensions.withdraw(r.id(), perf(), "The national data came after all", extendTo);

        awaitChases(r, "ESCALATION_STRATEGIC", 1);
        assertThat(chases(r, "ESCALATION_CHIEF_EXECUTIVE")).as("not yet").isZero();
        assertThat(chases(r, "OVERDUE")).as("the overdue notice the plan sent does not go again").isEqualTo(1);
        at(first.chiefExecutiveEscalationAt().plus(Duration.ofMinutes(5)));
        awaitChases(r, "ESCALATION_CHIEF_EXECUTIVE", 1);
    }

    /**
     * An extension agreed at 14:00 whose "7 days to go" reminder fell at 09:00 that day: the service has just been
     * told of the new deadline, so that reminder is not sent straight after (nor counted); the "2 days" one goes.
     */
    @Test
    void aReminderTheExtensionsPlanHadDueBeforeItWasAgreedIsNotSent() {
        ChasePolicy policy = ChasePolicy.parse("7, 2", LocalTime.of(9, 0), 5, 5);
        ServiceReturn r = open(4441, policy);
        Instant extendTo = london(4441, 7, 28, 17, 0);
        ChaseSchedule.Schedule own = schedule.plan(extendTo.atZone(ReportingYear.LONDON), policy);
        at(own.reminders().get(0).at().plus(Duration.ofHours(5)));
        EngineJobs.until(management, "the cycle's own chase run", WAIT, () -> management.createJobQuery()
                .processInstanceId(returns.processInstance(r.id()).orElseThrow()).executable().count() == 0);
        long before = chases(r, "REMINDER");

        extensions.extend(r.id(), perf(), extendTo, "The national data is a week late", null);
        EngineJobs.until(management, "the extension's plan run", WAIT, () -> management.createJobQuery()
                .processInstanceId(returns.processInstance(r.id()).orElseThrow()).executable().count() == 0);
        assertThat(chases(r, "REMINDER")).as("no reminder straight after the extension").isEqualTo(before);

        at(own.reminders().get(1).at().plus(Duration.ofMinutes(5)));
        awaitChases(r, "REMINDER", (int) before + 1);
    }

    /**
     * A cycle opened at 10:00 with its deadline seven days on: its "7 days to go" reminder fell at 09:00 that day,
     * before the return was issued, so the service gets its issue notice (which gives the deadline) and not that
     * reminder beside it; the "2 days" one goes.
     */
    @Test
    void aReminderDueBeforeTheReturnWasIssuedIsNotSentBesideTheIssueNotice() {
        ChasePolicy policy = ChasePolicy.parse("7, 2", LocalTime.of(9, 0), 5, 5);
        ChaseSchedule.Schedule plan = schedule.plan(london(4442, 7, 21, 17, 0).atZone(ReportingYear.LONDON), policy);
        ServiceReturn r = open(4442, 1, london(4442, 7, 21, 17, 0), london(4442, 9, 30, 9, 0), policy,
                plan.reminders().get(0).at().plus(Duration.ofHours(1))).get(0);
        Await.until("the issue notice delivered", WAIT,
                () -> !TestMailServer.receivedBy(email(4442, Role.SERVICE_DIRECTOR), "is open: due").isEmpty());
        EngineJobs.until(management, "the return's first chase run", WAIT, () -> management.createJobQuery()
                .processInstanceId(returns.processInstance(r.id()).orElseThrow()).executable().count() == 0);
        assertThat(chases(r, "REMINDER")).as("no reminder beside the issue notice").isZero();
        assertThat(TestMailServer.receivedBy(email(4442, Role.SERVICE_DIRECTOR), "Reminder")).isEmpty();

        at(plan.reminders().get(1).at().plus(Duration.ofMinutes(5)));
        awaitChases(r, "REMINDER", 1);
    }

    /**
     * Service A extended to 28 July, the cycle's deadline 21 July; both services submit on 30 July, late. The deadline
     * was a typo for 4 August and is mended on 31 July: both returns are on time now. A's extension, overtaken, ends
     * as an owed return's does (its history says so); kept, A alone was judged late against 28 July.
     */
    @Test
    void anExtensionOfAReturnAlreadyInEndsWhenTheCyclesNewDeadlineOvertakesIt() {
        List<ServiceReturn> rs = open(4443, 2, london(4443, 7, 21, 17, 0), london(4443, 9, 30, 9, 0));
        ServiceReturn a = rs.stream().filter(r -> r.serviceName().equals(service(4443, "A"))).findFirst().orElseThrow();
        extensions.extend(a.id(), perf(), london(4443, 7, 28, 17, 0), "Data from a national system", null);
        at(london(4443, 7, 30, 10, 0));
        for (ServiceReturn r : rs) { // the chases now due run first: a submission meeting one is tried again by hand
            EngineJobs.until(management, "the chases due by the 30th", WAIT, () -> management.createJobQuery()
                    .processInstanceId(returns.processInstance(r.id()).orElseThrow()).executable().count() == 0);
        }
        long yearId = years.find(ReportingYear.labelOf(4443)).orElseThrow().id();
        for (ServiceReturn r : rs) {
            String letter = r.serviceName().equals(service(4443, "A")) ? "A" : "B";
            values.saveFigure(measures.find(yearId, "X" + letter + "-4443").orElseThrow().id(), 1,
                    new java.math.BigDecimal("55"), null, null, null, "test");
            workflow.submit(r.id(), "extended.data_officer." + letter + "4443");
        }

        at(london(4443, 7, 31, 10, 0));
        cycle = cycleRepository.find(cycle.id()).orElseThrow();
        changes.change(cycle.id(), perf(), london(4443, 8, 4, 17, 0), cycle.compilationDate(), "The 21st was a typo",
                cycle.submissionDeadline(), cycle.compilationDate(), true);

        Instant deadline = cycleRepository.find(cycle.id()).orElseThrow().submissionDeadline();
        for (ServiceReturn r : returns.forCycle(cycle.id())) {
            assertThat(r.extendedTo()).as(r.serviceName()).isNull();
            assertThat(ServiceReturn.onTime(r.firstSubmittedAt(), r.deadline(deadline))).as(r.serviceName()).isTrue();
        }
        assertThat(trail.forReturn(a.id())).extracting(ReturnTrail.Event::item)
                .contains("Cycle's deadline changed; extension ended");
    }

    private Job chaseTimer(ServiceReturn r) {
        return management.createJobQuery().processInstanceId(returns.processInstance(r.id()).orElseThrow())
                .activityId(ReturnProcess.TIMER_NEXT_CHASE).timers().singleResult();
    }

    private Person perf() {
        return people.find("perf").orElseThrow();
    }

    /** One service's return, due 21 July 17:00, the report compiled on 30 September. */
    private ServiceReturn open(int startYear) {
        return open(startYear, NO_REMINDERS);
    }

    /** The same, chased by this policy. */
    private ServiceReturn open(int startYear, ChasePolicy policy) {
        return open(startYear, 1, london(startYear, 7, 21, 17, 0), london(startYear, 9, 30, 9, 0), policy).get(0);
    }

    private List<ServiceReturn> open(int startYear, int services, Instant deadline, Instant compilation) {
        return open(startYear, services, deadline, compilation, NO_REMINDERS);
    }

    private List<ServiceReturn> open(int startYear, int services, Instant deadline, Instant compilation,
            ChasePolicy policy) {
        return open(startYear, services, deadline, compilation, policy, london(startYear, 7, 1, 9, 0));
    }

    /** A Q1 cycle of this many services (A, B…), each with a director and a data officer, issued and chased. */
    private List<ServiceReturn> open(int startYear, int services, Instant deadline, Instant compilation,
            ChasePolicy policy, Instant openedAt) {
        String year = ReportingYear.labelOf(startYear);
        at(openedAt);
        StringBuilder csv = new StringBuilder("code,title,directorate,service,theme,unit,polarity,frequency,"
                + "aggregation,target,floor,tolerance_pct,rag_scheme\n");
        List<String> letters = List.of("A", "B", "C").subList(0, services);
        letters.forEach(s -> csv.append("X").append(s).append('-').append(startYear).append(",Visits made,")
                .append("\"Extended Directorate ").append(startYear).append("\",\"").append(service(startYear, s))
                .append("\",Ambitious,COUNT,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,50,,,FIVE_POINT\n"));
        imports.importMeasures(year, TabularFile.read(csv.toString().getBytes(StandardCharsets.UTF_8), "f.csv"));
        for (String s : letters) {
            Organisation.ServiceUnit unit = organisation.findService(service(startYear, s)).orElseThrow();
            for (Role role : List.of(Role.SERVICE_DIRECTOR, Role.DATA_OFFICER)) {
                String username = "extended." + role.name().toLowerCase() + "." + s + startYear;
                people.create(new Person(username, "Person " + username, username + "@extended.council.test",
                        EnumSet.of(role), unit.id(), unit.directorateId(), true, false, false), "a-long-password");
            }
        }
        cycle = cycles.open(year, 1, deadline, compilation, policy, "perf");
        Await.until("the returns issued and waiting for their first chase", WAIT,
                () -> returns.forCycle(cycle.id()).size() == services && returns.forCycle(cycle.id()).stream()
                        .allMatch(r -> runtime.createExecutionQuery()
                                .processInstanceBusinessKey(ReturnProcess.businessKey(r.id()))
                                .activityId(ReturnProcess.TIMER_NEXT_CHASE).count() > 0));
        return returns.forCycle(cycle.id());
    }

    private long chases(ServiceReturn r, String kind) {
        return jdbc.sql("select count(distinct step) from chase where return_id = :r and kind = :k")
                .param("r", r.id()).param("k", kind).query(Long.class).single();
    }

    private void awaitChases(ServiceReturn r, String kind, int count) {
        Await.until(count + " " + kind, WAIT, () -> chases(r, kind) >= count);
        assertThat(chases(r, kind)).isEqualTo(count);
    }

    /** Service A's person in this role. */
    private static String email(int startYear, Role role) {
        return "extended." + role.name().toLowerCase() + ".A" + startYear + "@extended.council.test";
    }

    private static String service(int startYear, String letter) {
        return "Extended Service " + letter + " " + startYear;
    }

    private static Instant now() {
        return Instant.ofEpochMilli(ClockUtil.getCurrentTime().getTime());
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
