package uk.quarterlyreturns.cycle;

import uk.quarterlyreturns.base.QuarterlySettings;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.time.Duration;
import java.util.ArrayList;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.base.calendar.WorkingDays;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.OpenedCycles;

/** The timer opens a quarter's cycle the set days after it ends, once, with a deadline in working days. */
@ExtendWith(OutputCaptureExtension.class)
class AutomaticOpeningTest extends ApplicationTest {

    @Autowired YearRepository years;
    @Autowired CycleRepository cycles;
    @Autowired CycleService service;
    @Autowired WorkingDays workingDays;
    @Autowired FrameworkImport imports;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired ReturnRepository returns;
    @Autowired ChaseDefaults chaseDefaults;
    @Autowired ApplicationContext context;

    @Test
    void opensTheQuarterOnceWithTheDeadlineInWorkingDaysOnTheStoredReminderSchedule() throws Exception {
        imports.importMeasures("2023-24", TabularFile.read(
                new ClassPathResource("fixtures/framework-cycle.csv").getContentAsByteArray(), "f.csv"));
        // Q2 2023/24 ended on Saturday 30 September 2023; 3 days later is Tuesday 3 October.
        ZonedDateTime opening = ZonedDateTime.of(2023, 10, 3, 6, 5, 0, 0, ReportingYear.LONDON);

        assertThat(opening(opening.minusDays(1)).openDueCycles()).isEmpty();
        chaseDefaults.save(ChasePolicy.parse("10, 4, 1", LocalTime.of(8, 30), 3, 2), "admin", chaseDefaults.read());
        List<Cycle> opened;
        try {
            opened = opening(opening).openDueCycles();
        } finally {
            chaseDefaults.restoreBuiltIn("admin");
        }
        try {
            assertThat(opened).hasSize(1);
            Cycle cycle = opened.get(0);
            assertThat(cycle.quarter()).isEqualTo(2);
            assertThat(cycle.yearLabel()).isEqualTo("2023-24");
            assertThat(cycle.openedBy()).isEqualTo("timer");
            assertThat(cycle.chasePolicy()).isEqualTo(ChasePolicy.parse("10, 4, 1", LocalTime.of(8, 30), 3, 2));
            // 15 working days after Tuesday 3 October 2023 is Tuesday 24 October, 17:00 BST.
            assertThat(cycle.submissionDeadline())
                    .isEqualTo(ZonedDateTime.of(2023, 10, 24, 17, 0, 0, 0, ReportingYear.LONDON).toInstant());
            // 11 days after that is Saturday 4 November: compiled on Monday 6 November, as the dialog suggests.
            assertThat(cycle.compilationDate())
                    .isEqualTo(ZonedDateTime.of(2023, 11, 6, 9, 0, 0, 0, ReportingYear.LONDON).toInstant());
            assertThat(service.beyondTheCalendar(cycle)).as("within the bank holiday calendar").isEmpty();
            assertThat(opening(opening.plusHours(1)).openDueCycles()).isEmpty();
        } finally {
            end(opened);
        }
    }

    /** Nobody saw the dialog's warning: the log says it as the cycle opens (and the compliance screen shows it). */
    @Test
    void aCycleOpenedPastTheBankHolidayCalendarIsLoggedAsTheDialogWouldWarn(CapturedOutput output) throws Exception {
        imports.importMeasures("4123-24", TabularFile.read(
                new ClassPathResource("fixtures/framework-cycle.csv").getContentAsByteArray(), "f.csv"));
        List<Cycle> opened = opening(ZonedDateTime.of(4123, 10, 3, 6, 5, 0, 0, ReportingYear.LONDON)).openDueCycles();
        try {
            assertThat(opened).hasSize(1);
            assertThat(output.getOut()).contains("WARN").contains("The Quarter 2 (July to September) 4123/24 cycle"
                    + " opened automatically: The bank holiday calendar ends on 26 Dec 2035: after it, this cycle's"
                    + " reminders and escalations count bank holidays as working days.");
            assertThat(service.beyondTheCalendar(opened.get(0))).isPresent();
        } finally {
            end(opened);
        }
    }

    private void end(List<Cycle> opened) {
        // Its returns' chase timers may lie in the past: let the issue (the cycle's job) and the returns' steps finish,
        // then end them all. Only its own processes' jobs are waited for: other tests' may keep the engine busy.
        try {
            Await.until("the cycle settles", Duration.ofSeconds(90), () -> processesOf(opened).stream()
                    .noneMatch(id -> management.createJobQuery().processInstanceId(id).executable().count() > 0));
        } catch (AssertionError e) {
            List<String> left = new ArrayList<>();
            processesOf(opened).forEach(id -> management.createJobQuery().processInstanceId(id).executable().list()
                    .forEach(j -> left.add(j.getProcessDefinitionKey() + " " + j.getId() + " retries "
                            + j.getRetries() + ": " + j.getExceptionMessage())));
            throw new AssertionError(e.getMessage() + "; its jobs still due: " + left, e);
        }
        OpenedCycles.endAll(runtime, processesOf(opened));
    }

    private List<String> processesOf(List<Cycle> opened) {
        List<String> ids = new ArrayList<>();
        for (Cycle c : opened) {
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(CycleProcess.businessKey(c.id()))
                    .list().forEach(p -> ids.add(p.getId()));
            returns.forCycle(c.id()).forEach(r -> runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(ReturnProcess.businessKey(r.id())).list()
                    .forEach(p -> ids.add(p.getId())));
        }
        return ids;
    }

    private AutomaticOpening opening(ZonedDateTime now) {
        return opening(context, now);
    }

    /** The timer as configured with 3 days after quarter end, 15 working days to the deadline, run at this time. */
    static AutomaticOpening opening(ApplicationContext context, ZonedDateTime now) {
        return new AutomaticOpening(context.getBean(YearRepository.class), context.getBean(CycleRepository.class),
                context.getBean(CycleService.class), context.getBean(ChaseDefaults.class),
                context.getBean(WorkingDays.class), context.getBean(OpeningRefusals.class),
                Clock.fixed(now.toInstant(), ReportingYear.LONDON), new QuarterlySettings("http://localhost:8080",
                "Demo Council", new QuarterlySettings.Mail("from@test", "R1/PT1S"),
                new QuarterlySettings.Cycle(3, 15, 11, "R1/PT1S"),
                new QuarterlySettings.Returns(java.math.BigDecimal.TEN), new QuarterlySettings.Calendar(null),
                new QuarterlySettings.Demo(false), new QuarterlySettings.Sso(null, null, null,
                java.util.List.of("email"), true, "your council account", false),
                new QuarterlySettings.Passwords(10, false, 10), null));
    }
}
