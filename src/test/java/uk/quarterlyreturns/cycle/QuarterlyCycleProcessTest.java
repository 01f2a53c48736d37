package uk.quarterlyreturns.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.quarterlyreturns.cycle.CycleScenario.at;
import static uk.quarterlyreturns.cycle.CycleScenario.awaitMail;
import static uk.quarterlyreturns.cycle.CycleScenario.mailTo;

import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.framework.ActionEntry;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.report.ReportStatus;
import uk.quarterlyreturns.report.ReportVersions;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnEditing;
import uk.quarterlyreturns.returns.ReturnTrail;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.TestMailServer;

/** The quarterlyCycle and serviceReturn processes end to end, every path, on a clock the test moves. */
@ExtendWith(OutputCaptureExtension.class)
class QuarterlyCycleProcessTest extends ApplicationTest {

    /** Years in which 21 July, the deadline, is a Monday, so the dates below hold; no other test uses them. */
    private static final int[] YEARS = {2110, 2121, 2127, 2132, 2138, 2149, 2155, 2160, 2166, 2177, 2183, 2188, 5995,
        6008, 2206, 2217};
    private static int next;

    @Autowired ApplicationContext context;
    @Autowired CycleService cycles;
    @Autowired ReturnRepository returns;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired YearRepository years;
    @Autowired MeasureRepository measures;
    @Autowired ValueRepository values;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReturnTrail trail;
    @Autowired ReturnEditing editing;
    @Autowired ReportApproval approval;
    @Autowired ReportVersions reportVersions;
    @Autowired JdbcClient jdbc;
    @Autowired ProcessEngine engine;

    private CycleScenario scenario;

    @BeforeEach
    void newYear() throws Exception {
        TestMailServer.purge();
        scenario = CycleScenario.of(context, YEARS[next++]);
    }

    @AfterEach
    void realTime() {
        CycleScenario.end(scenario);
    }

    @Test
    void happyPathFromIssueToPublication(CapturedOutput output) {
        scenario.open(ChasePolicy.DEFAULT);
        awaitMail("data.housing@demo.council.test", "Housing's Q1", 1);
        awaitMail("dir.housing@demo.council.test", "is open", 1);
        assertThat(CycleScenario.body(mailTo("dir.housing@demo.council.test", "is open").get(0)))
                .contains("Housing").contains("Quarter 1").contains("21 July " + scenario.startYear)
                .contains("closes in 20 days").contains("/returns/" + scenario.returnOf("Housing").id());

        ServiceReturn housing = scenario.returnOf("Housing");
        ServiceReturn highways = scenario.returnOf("Highways and Streetscene");
        AbstractAssertions.init(engine);
        ProcessInstance cycleInstance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(CycleProcess.businessKey(scenario.cycle.id())).singleResult();
        ProcessInstance housingInstance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(ReturnProcess.businessKey(housing.id())).singleResult();
        BpmnAwareTests.assertThat(housingInstance).isWaitingAt(ReturnProcess.TASK_COMPLETE_RETURN)
                .hasPassed(ReturnProcess.TASK_NOTIFY_SERVICE, ReturnProcess.END_SERVICE_NOTIFIED);
        scenario.enter("H-1", "60");
        scenario.enter("R-1", "90");
        signedOffAndAccepted(housing, "data.housing", "dir.housing");
        awaitMail("dir.housing@demo.council.test", "Ready for your sign-off", 1);
        signedOffAndAccepted(highways, "data.highways", "dir.highways");

        scenario.awaitCycleTask(CycleProcess.TASK_APPROVE_REPORT);
        assertThat(reportVersions.latest(scenario.cycle.id()).orElseThrow().status())
                .isEqualTo(ReportStatus.AWAITING_APPROVAL);
        awaitMail("ceo@demo.council.test", "for your approval", 1);
        approval.approve(scenario.cycle.id(), "ceo");

        Await.until("published", CycleScenario.WAIT, () -> runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(CycleProcess.businessKey(scenario.cycle.id())).count() == 0);
        assertThat(reportVersions.latest(scenario.cycle.id()).orElseThrow().status()).isEqualTo(ReportStatus.APPROVED);
        assertThat(cycles.all().stream().filter(c -> c.id() == scenario.cycle.id()).findFirst().orElseThrow().status())
                .isEqualTo(CycleStatus.PUBLISHED);
        awaitMail("reader@demo.council.test", "published", 1);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(processOf(housing))
                .activityId(ReturnProcess.END_ACCEPTED).count()).isEqualTo(1);
        // Submission ended the collection phase with its chasing; acceptance ended the instance.
        BpmnAwareTests.assertThat(housingInstance).hasPassedInOrder(ReturnProcess.TASK_COMPLETE_RETURN,
                ReturnProcess.END_SUBMITTED, ReturnProcess.TASK_SIGN_OFF, ReturnProcess.TASK_QUALITY_CHECK,
                ReturnProcess.END_ACCEPTED).isEnded();
        BpmnAwareTests.assertThat(cycleInstance).isEnded().hasPassedInOrder(CycleProcess.TASK_ISSUE_RETURNS,
                CycleProcess.EVENT_ALL_ACCEPTED, CycleProcess.TASK_COMPILE_REPORT, CycleProcess.TASK_APPROVE_REPORT,
                CycleProcess.TASK_PUBLISH_REPORT, CycleProcess.END_PUBLISHED)
                .hasNotPassed(CycleProcess.TIMER_COMPILATION_DATE, CycleProcess.TASK_REVISE_REPORT);
        theApprovedReportIsReadableAndFrozen(output);
    }

    /** Readers get the published version; the feed and the database refuse to change it; its files keep their hashes. */
    private void theApprovedReportIsReadableAndFrozen(CapturedOutput output) {
        var version = reportVersions.latest(scenario.cycle.id()).orElseThrow();
        Api reader = new Api(url(""), "reader", "demo");
        String base = "/api/years/" + scenario.year + "/quarters/1/report";
        assertThat(reader.get(base).getBody()).contains("\"version\":1").contains("\"status\":\"APPROVED\"")
                .contains("Quarter (1) Corporate Performance Report");
        byte[] pdf = reader.getBytes(base + ".pdf").getBody();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(sha256(pdf)).isEqualTo(version.pdfSha256());
        assertThat(sha256(reader.getBytes(base + ".xlsx").getBody())).isEqualTo(version.xlsxSha256());

        var refused = new Api(url(""), "perf", "demo").putCsv("/api/years/" + scenario.year + "/quarters/1/values",
                "code,value\nH-1,10\n");
        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(refused.getBody()).contains("H-1");
        assertThat(output.getOut()).contains("Values feed from perf refused: " + scenario.year + " Q1 measures [H-1]");
        ServiceReturn housing = returns.forCycle(scenario.cycle.id()).stream()
                .filter(r -> r.serviceName().equals("Housing")).findFirst().orElseThrow();
        assertThatThrownBy(() -> editing.saveKeyAction(housing.id(), 0L, null,
                new ActionEntry(null, null, null, null), "dir.housing"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(output.getOut()).contains("dir.housing tried to change Housing's return " + housing.id()
                + ", which is accepted");
        assertThatThrownBy(() -> jdbc.sql("update report_version set html = 'changed' where id = :id")
                .param("id", version.id()).update()).hasMessageContaining("approved and cannot be changed");
        assertThat(reportVersions.latest(scenario.cycle.id()).orElseThrow().pdfSha256()).isEqualTo(version.pdfSha256());
        assertThat(sha256(reportVersions.pdf(version.id()))).isEqualTo(version.pdfSha256());
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aDataOfficerCannotSignOffOnAnyRoute() {
        scenario.open(ChasePolicy.DEFAULT);
        ServiceReturn housing = scenario.returnOf("Housing");
        scenario.enter("H-1", "60");
        workflow.submit(housing.id(), "data.housing");
        scenario.awaitTask(housing.id(), ReturnProcess.TASK_SIGN_OFF);

        assertThatThrownBy(() -> workflow.signOff(housing.id(), "data.housing"))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("a data officer never can");
        assertThatThrownBy(() -> workflow.signOff(housing.id(), "dir.highways"))
                .isInstanceOf(NotAllowedException.class);
        // Completing the task directly in the engine (as engine REST or Tasklist would) is refused too.
        String taskId = scenario.task(housing.id(), ReturnProcess.TASK_SIGN_OFF).getId();
        assertThatThrownBy(() -> tasks.complete(taskId)).hasMessageContaining("can only be completed in Quarterly");
        assertThat(scenario.reload(housing).status()).isEqualTo(ReturnStatus.SUBMITTED);

        workflow.signOff(housing.id(), "dir.housing");
        assertThat(scenario.reload(housing).status()).isEqualTo(ReturnStatus.SIGNED_OFF);
        assertThat(scenario.reload(housing).signedOffBy()).isEqualTo("dir.housing");
    }

    @Test
    void sentBackByQualityCheckThenResubmitted() {
        scenario.open(ChasePolicy.DEFAULT);
        ServiceReturn housing = scenario.returnOf("Housing");
        scenario.enter("H-1", "60");
        workflow.submit(housing.id(), "data.housing");
        workflow.signOff(housing.id(), "dir.housing");
        scenario.awaitTask(housing.id(), ReturnProcess.TASK_QUALITY_CHECK);

        workflow.sendBackByPerformanceTeam(housing.id(), "perf", "Check H-1 against the housing register");
        assertThat(scenario.reload(housing).status()).isEqualTo(ReturnStatus.SENT_BACK);
        assertThat(scenario.reload(housing).sentBackComment()).isEqualTo("Check H-1 against the housing register");
        scenario.awaitTask(housing.id(), ReturnProcess.TASK_COMPLETE_RETURN);
        awaitMail("data.housing@demo.council.test", "sent back", 1);
        assertThat(CycleScenario.body(mailTo("data.housing@demo.council.test", "sent back").get(0)))
                .contains("Check H-1 against the housing register");
        assertThat(trail.forReturn(housing.id())).anySatisfy(e -> {
            assertThat(e.newValue()).isEqualTo("SENT_BACK");
            assertThat(e.comment()).isEqualTo("Check H-1 against the housing register");
            assertThat(e.actor()).isEqualTo("perf");
        });

        workflow.submit(housing.id(), "data.housing");
        workflow.signOff(housing.id(), "dir.housing");
        workflow.accept(housing.id(), "perf");
        assertThat(scenario.reload(housing).status()).isEqualTo(ReturnStatus.ACCEPTED);
    }

    @Test
    void theChiefExecutiveReturnsTheReportThenApprovesIt() {
        scenario.open(ChasePolicy.DEFAULT);
        scenario.enter("H-1", "60");
        scenario.enter("R-1", "90");
        signedOffAndAccepted(scenario.returnOf("Housing"), "data.housing", "dir.housing");
        signedOffAndAccepted(scenario.returnOf("Highways and Streetscene"), "data.highways", "dir.highways");
        scenario.awaitCycleTask(CycleProcess.TASK_APPROVE_REPORT);

        assertThatThrownBy(() -> approval.approve(scenario.cycle.id(), "perf")).isInstanceOf(NotAllowedException.class);
        approval.returnWithComments(scenario.cycle.id(), "ceo", "Say more about housing repairs");
        scenario.awaitCycleTask(CycleProcess.TASK_REVISE_REPORT);
        awaitMail("perf@demo.council.test", "returned with comments", 1);

        awaitMail("ceo@demo.council.test", "for your approval", 1);
        String approvalPage = "/reports/" + scenario.cycle.id() + "/approval";
        assertThat(CycleScenario.body(mailTo("ceo@demo.council.test", "for your approval").get(0)))
                .contains(approvalPage);
        assertThat(CycleScenario.body(mailTo("perf@demo.council.test", "returned with comments").get(0)))
                .contains(approvalPage);

        // Each revision reaches the chief executive, and each return the team, even with the same words.
        sentForApprovalAgain();
        awaitMail("ceo@demo.council.test", "for your approval", 2);
        approval.returnWithComments(scenario.cycle.id(), "ceo", "Say more about housing repairs");
        scenario.awaitCycleTask(CycleProcess.TASK_REVISE_REPORT);
        awaitMail("perf@demo.council.test", "returned with comments", 2);
        sentForApprovalAgain();
        awaitMail("ceo@demo.council.test", "for your approval", 3);
        approval.approve(scenario.cycle.id(), "ceo");
        Await.until("approved", CycleScenario.WAIT, () -> reportVersions.latest(scenario.cycle.id()).orElseThrow()
                .status() == ReportStatus.APPROVED);
        assertThat(reportVersions.forCycle(scenario.cycle.id())).hasSize(1);
        assertThat(reportVersions.latest(scenario.cycle.id()).orElseThrow().decisionNote()).isNull();
        awaitMail("reader@demo.council.test", "published", 1);
        assertThat(CycleScenario.body(mailTo("reader@demo.council.test", "published").get(0)))
                .contains("/reports/" + scenario.cycle.id()).doesNotContain(approvalPage);
    }

    private void sentForApprovalAgain() {
        approval.resubmit(scenario.cycle.id(), "perf");
        Await.until("sent for approval again", CycleScenario.WAIT, () -> scenario.cycleTask(
                CycleProcess.TASK_APPROVE_REPORT) != null && reportVersions.latest(scenario.cycle.id()).orElseThrow()
                .status() == ReportStatus.AWAITING_APPROVAL);
    }

    @Test
    void remindersGoOnlyToServicesThatHaveNotSubmitted() {
        scenario.open(ChasePolicy.DEFAULT);
        ServiceReturn housing = scenario.returnOf("Housing");
        scenario.enter("H-1", "60");
        workflow.submit(housing.id(), "data.housing");

        // 7 days before the deadline (Monday 21 July): Monday 14 July 09:00.
        at(scenario.startYear, 7, 14, 9, 5);
        awaitMail("data.highways@demo.council.test", "Reminder", 1);
        // Each recipient's message is delivered on its own: wait for the director's too.
        awaitMail("dir.highways@demo.council.test", "Reminder", 1);
        assertThat(CycleScenario.body(mailTo("dir.highways@demo.council.test", "Reminder").get(0)))
                .contains("closes in 7 days");
        assertThat(mailTo("data.housing@demo.council.test", "Reminder")).isEmpty();

        // 2 days before falls on Saturday 19 July: moved to Friday 18 July 09:00.
        at(scenario.startYear, 7, 18, 9, 5);
        awaitMail("data.highways@demo.council.test", "Reminder", 2);
        assertThat(mailTo("dir.housing@demo.council.test", "Reminder")).isEmpty();
        assertThat(jdbc.sql("select count(*) from chase where return_id = :r and kind = 'REMINDER'")
                .param("r", scenario.returnOf("Highways and Streetscene").id()).query(Long.class).single())
                .isEqualTo(4); // two reminders, each to the director and the data officer
    }

    @Test
    void overdueThenBothEscalations() {
        scenario.open(ChasePolicy.parse("", java.time.LocalTime.of(9, 0), 5, 5));
        ServiceReturn housing = scenario.returnOf("Housing");
        scenario.enter("H-1", "60");
        workflow.submit(housing.id(), "data.housing");

        // At the deadline the director and the performance team are told the return is late.
        at(scenario.startYear, 7, 21, 17, 5);
        awaitMail("dir.highways@demo.council.test", "closed today", 1);
        awaitMail("perf@demo.council.test", "closed today", 1);
        assertThat(mailTo("dir.housing@demo.council.test", "closed today")).isEmpty();

        // Five working days after Monday 21 July 17:00: Monday 28 July 17:00.
        at(scenario.startYear, 7, 28, 17, 5);
        awaitMail("sd.economy@demo.council.test", "Escalation", 1);
        assertThat(mailTo("ceo@demo.council.test", "Chief Executive escalation")).isEmpty();

        at(scenario.startYear, 8, 4, 17, 5);
        awaitMail("ceo@demo.council.test", "Chief Executive escalation", 1);
        assertThat(CycleScenario.body(mailTo("ceo@demo.council.test", "Chief Executive escalation").get(0)))
                .contains("Highways and Streetscene");
    }

    @Test
    void atTheCompilationDateTheReportIsCompiledWithWhatIsIn() {
        scenario.open(ChasePolicy.parse("", java.time.LocalTime.of(9, 0), 30, 30));
        ServiceReturn housing = scenario.returnOf("Housing");
        scenario.enter("H-1", "60");
        signedOffAndAccepted(housing, "data.housing", "dir.housing");

        at(scenario.startYear, 8, 1, 9, 5);
        scenario.awaitCycleTask(CycleProcess.TASK_APPROVE_REPORT);
        String input = reportVersions.inputJson(reportVersions.latest(scenario.cycle.id()).orElseThrow().id());
        assertThat(input).contains("\"code\":\"R-1\"").contains("\"rag\":\"MISSING\"");
        assertThat(input).contains("\"returnsDue\":2").contains("\"missing\":1");
    }

    /**
     * A return reopened for correction while returns are collected, and not accepted again by the compilation date:
     * the version sent for approval prints its items as Missing, saying why, not the figure typed since, which nobody
     * submitted, signed off or accepted.
     */
    @Test
    void aReturnStillReopenedAtTheCompilationDateIsMissingFromTheVersionNotPrintedMidEdit() throws Exception {
        reopenedAtTheCompilationDate("6");
        var version = reportVersions.latest(scenario.cycle.id()).orElseThrow();
        var h1 = measure(version.id(), "H-1");
        assertThat(h1.get("quarterValues").get(0).isNull()).as("H-1's figure in the version").isTrue();
        assertThat(h1.get("rag").asText()).isEqualTo("MISSING");
        assertThat(h1.get("missingReason").asText()).isEqualTo("reopened for correction, not yet accepted again");
    }

    /**
     * Still reopened when the chief executive approves: version 1 says Housing is being corrected, and the correction
     * follows once Housing is accepted again, as version 2 with the reason it was reopened with, its note naming Housing
     * as in now. Without it nothing followed, and the published report said "being corrected" for good.
     */
    @Test
    void aReturnStillReopenedAtPublicationIsPublishedCorrectedAsTheNextVersion() throws Exception {
        ServiceReturn housing = reopenedAtTheCompilationDate("58");

        approval.approve(scenario.cycle.id(), "ceo");
        Await.until("version 1 published and its correction begun", CycleScenario.WAIT,
                () -> reportVersions.find(scenario.cycle.id(), 1).orElseThrow().status() == ReportStatus.APPROVED
                        && cycleStatus() == CycleStatus.OPEN);
        assertThat(pendingChangeNote()).isEqualTo("H-1 being checked");

        signedOffAndAccepted(housing, "data.housing", "dir.housing");
        scenario.awaitCycleTask(CycleProcess.TASK_APPROVE_REPORT);
        var second = reportVersions.latest(scenario.cycle.id()).orElseThrow();
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.status()).isEqualTo(ReportStatus.AWAITING_APPROVAL);
        assertThat(second.changeNote()).isEqualTo("H-1 being checked; printed as Missing in version 1 while sent back"
                + " or reopened, in now: Housing");
        assertThat(firstQuarterValue(second.id(), "H-1")).isEqualByComparingTo("58");
    }

    /**
     * The same return accepted again while version 1 waits for the chief executive (the service finished its check a
     * few days after the compilation date): version 1 still printed it as being corrected, so once it is published its
     * correction compiles version 2 at once, with the corrected figure.
     */
    @Test
    void aReturnAcceptedAgainWhileTheReportAwaitedApprovalIsPublishedCorrectedAsTheNextVersion() throws Exception {
        ServiceReturn housing = reopenedAtTheCompilationDate("58");
        signedOffAndAccepted(housing, "data.housing", "dir.housing");

        approval.approve(scenario.cycle.id(), "ceo");
        Await.until("version 2 compiled from the correction", CycleScenario.WAIT,
                () -> reportVersions.latest(scenario.cycle.id()).orElseThrow().version() == 2);
        scenario.awaitCycleTask(CycleProcess.TASK_APPROVE_REPORT);
        var second = reportVersions.latest(scenario.cycle.id()).orElseThrow();
        assertThat(reportVersions.find(scenario.cycle.id(), 1).orElseThrow().status()).isEqualTo(ReportStatus.APPROVED);
        assertThat(second.status()).isEqualTo(ReportStatus.AWAITING_APPROVAL);
        assertThat(second.changeNote()).isEqualTo("H-1 being checked; printed as Missing in version 1 while sent back"
                + " or reopened, in now: Housing");
        assertThat(firstQuarterValue(second.id(), "H-1")).isEqualByComparingTo("58");
    }

    /**
     * Housing still reopened when version 1 read the returns, so printed as being corrected; the chief executive
     * returns the report over its commentary. The revised report goes back without waiting for Housing, printing it as
     * being corrected again, and once it is published Housing's correction follows.
     */
    @Test
    void aReturnedReportGoesBackWithoutWaitingForAReturnItAlreadyPrintedAsBeingCorrected() throws Exception {
        reopenedAtTheCompilationDate("58");
        approval.returnWithComments(scenario.cycle.id(), "ceo", "A typo in the commentary");
        Await.until("returned", CycleScenario.WAIT, () -> cycleStatus() == CycleStatus.RETURNED);
        assertThat(approval.whyNotResubmit(scenario.cycle.id())).isEmpty();

        sentForApprovalAgain();
        var revised = reportVersions.latest(scenario.cycle.id()).orElseThrow();
        assertThat(measure(revised.id(), "H-1").get("missingReason").asText())
                .isEqualTo("reopened for correction, not yet accepted again");
        approval.approve(scenario.cycle.id(), "ceo");
        Await.until("published and its correction begun", CycleScenario.WAIT,
                () -> reportVersions.find(scenario.cycle.id(), 1).orElseThrow().status() == ReportStatus.APPROVED
                        && cycleStatus() == CycleStatus.OPEN);
        assertThat(pendingChangeNote()).isEqualTo("H-1 being checked");
    }

    @Test
    void anAcceptedReturnCanBeReopenedWithAReasonWhileReturnsAreCollected() {
        scenario.open(ChasePolicy.DEFAULT);
        ServiceReturn housing = scenario.returnOf("Housing");
        scenario.enter("H-1", "60");
        signedOffAndAccepted(housing, "data.housing", "dir.housing");

        assertThatThrownBy(() -> workflow.reopen(housing.id(), "perf", " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> workflow.reopen(housing.id(), "dir.housing", "x"))
                .isInstanceOf(NotAllowedException.class);
        workflow.reopen(housing.id(), "perf", "The repairs figure was revised");
        assertThat(scenario.reload(housing).status()).isEqualTo(ReturnStatus.REOPENED);
        scenario.awaitTask(housing.id(), ReturnProcess.TASK_COMPLETE_RETURN);
        workflow.submit(housing.id(), "data.housing");
        assertThat(scenario.reload(housing).status()).isEqualTo(ReturnStatus.SUBMITTED);
        assertThat(trail.forReturn(housing.id())).extracting(ReturnTrail.Event::comment)
                .contains("The repairs figure was revised");
    }

    @Test
    void aReturnIsNotReopenedWhileTheReportIsWithTheChiefExecutive() {
        ServiceReturn housing = withTheChiefExecutive();

        assertThatThrownBy(() -> workflow.reopen(housing.id(), "perf", "The repairs figure was revised"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("The report is with the chief executive for approval")
                .hasMessageContaining("once the report is approved");
        assertThat(scenario.reload(housing).status()).isEqualTo(ReturnStatus.ACCEPTED);
        assertThat(trail.forReturn(housing.id())).extracting(ReturnTrail.Event::newValue).doesNotContain("REOPENED");
        assertThat(pendingChangeNote()).isNull();
    }

    /**
     * The chief executive returns the report doubting a figure: the team reopens the return while revising, and
     * the revised report goes back only once the corrected return is accepted again, carrying the new figure.
     */
    @Test
    void aFigureQueriedByTheChiefExecutiveIsCorrectedBeforeTheRevisedReportGoesBack() throws Exception {
        ServiceReturn housing = withTheChiefExecutive();
        approval.returnWithComments(scenario.cycle.id(), "ceo", "H-1 cannot be 60: please check it");
        scenario.awaitCycleTask(CycleProcess.TASK_REVISE_REPORT);
        assertThat(workflow.whyNotReopen(scenario.reload(housing))).isEmpty();

        workflow.reopen(housing.id(), "perf", "H-1 checked at the chief executive's request");
        assertThat(scenario.reload(housing).status()).isEqualTo(ReturnStatus.REOPENED);
        assertThatThrownBy(() -> approval.resubmit(scenario.cycle.id(), "perf"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Housing's return was reopened")
                .hasMessageContaining("once it is accepted again");
        assertThat(cycleStatus()).isEqualTo(CycleStatus.RETURNED);

        scenario.awaitTask(housing.id(), ReturnProcess.TASK_COMPLETE_RETURN);
        scenario.enter("H-1", "56");
        signedOffAndAccepted(housing, "data.housing", "dir.housing");
        assertThat(cycleStatus()).isEqualTo(CycleStatus.RETURNED); // nothing compiles until the team sends it
        approval.resubmit(scenario.cycle.id(), "perf");
        scenario.awaitCycleTask(CycleProcess.TASK_APPROVE_REPORT);

        var revised = reportVersions.latest(scenario.cycle.id()).orElseThrow();
        assertThat(revised.version()).isEqualTo(1);
        assertThat(firstQuarterValue(revised.id(), "H-1")).isEqualByComparingTo("56");
    }

    @Test
    void aCorrectionAfterTheCompilationDateWaitsForTheReopenedReturnBeforeCompiling() throws Exception {
        ServiceReturn housing = withTheChiefExecutive();
        approval.approve(scenario.cycle.id(), "ceo");
        Await.until("version 1 published", CycleScenario.WAIT, () -> cycleStatus() == CycleStatus.PUBLISHED);

        at(scenario.startYear, 8, 4, 10, 0); // the compilation date (1 August) is past
        workflow.reopen(housing.id(), "perf", "H-1 corrected after an audit of repairs data");
        ProcessInstance correction = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(CycleProcess.businessKey(scenario.cycle.id())).singleResult();
        // Waiting for the corrected return only: no compilation queued, no compilation-date timer.
        AbstractAssertions.init(engine);
        BpmnAwareTests.assertThat(correction).isWaitingAt(CycleProcess.EVENT_CORRECTED_RETURNS_ACCEPTED);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(correction.getId()).count())
                .isZero();
        assertThat(reportVersions.forCycle(scenario.cycle.id())).extracting(v -> v.version()).containsExactly(1);

        scenario.awaitTask(housing.id(), ReturnProcess.TASK_COMPLETE_RETURN);
        scenario.enter("H-1", "58");
        signedOffAndAccepted(housing, "data.housing", "dir.housing");
        scenario.awaitCycleTask(CycleProcess.TASK_APPROVE_REPORT);

        var second = reportVersions.latest(scenario.cycle.id()).orElseThrow();
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.status()).isEqualTo(ReportStatus.AWAITING_APPROVAL);
        assertThat(second.changeNote()).isEqualTo("H-1 corrected after an audit of repairs data");
        assertThat(firstQuarterValue(second.id(), "H-1")).isEqualByComparingTo("58");
        assertThat(firstQuarterValue(reportVersions.find(scenario.cycle.id(), 1).orElseThrow().id(), "H-1"))
                .isEqualByComparingTo("60");
    }

    /** The measure's quarter 1 figure as the version was compiled from it. */
    private java.math.BigDecimal firstQuarterValue(long versionId, String code) throws Exception {
        return measure(versionId, code).get("quarterValues").get(0).decimalValue();
    }

    /** The measure's line as the version was compiled. */
    private com.fasterxml.jackson.databind.JsonNode measure(long versionId, String code) throws Exception {
        var input = new com.fasterxml.jackson.databind.ObjectMapper().readTree(reportVersions.inputJson(versionId));
        for (var measure : input.get("measures")) {
            if (measure.get("code").asText().equals(code)) {
                return measure;
            }
        }
        throw new AssertionError(code + " is not in the report");
    }

    private String pendingChangeNote() {
        return jdbc.sql("select pending_change_note from cycle where id = :id").param("id", scenario.cycle.id())
                .query(String.class).list().get(0);
    }

    @Test
    void aCorrectionAfterPublicationIsApprovedAgainAndPublishedAsTheNextVersion() {
        ServiceReturn housing = withTheChiefExecutive();
        approval.approve(scenario.cycle.id(), "ceo");
        Await.until("version 1 published", CycleScenario.WAIT, () -> cycleStatus() == CycleStatus.PUBLISHED);
        String firstPdf = reportVersions.find(scenario.cycle.id(), 1).orElseThrow().pdfSha256();

        workflow.reopen(housing.id(), "perf", "H-1 corrected after an audit of repairs data");
        assertThat(cycleStatus()).isEqualTo(CycleStatus.OPEN);
        scenario.awaitTask(housing.id(), ReturnProcess.TASK_COMPLETE_RETURN);
        scenario.enter("H-1", "58");
        signedOffAndAccepted(housing, "data.housing", "dir.housing");
        scenario.awaitCycleTask(CycleProcess.TASK_APPROVE_REPORT);
        approval.approve(scenario.cycle.id(), "ceo");
        Await.until("version 2 published", CycleScenario.WAIT, () -> cycleStatus() == CycleStatus.PUBLISHED
                && reportVersions.latest(scenario.cycle.id()).orElseThrow().status() == ReportStatus.APPROVED);

        var second = reportVersions.latest(scenario.cycle.id()).orElseThrow();
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.changeNote()).isEqualTo("H-1 corrected after an audit of repairs data");
        assertThat(reportVersions.inputJson(second.id())).contains("\"changeNote\":\"H-1 corrected");
        var first = reportVersions.find(scenario.cycle.id(), 1).orElseThrow();
        assertThat(first.status()).isEqualTo(ReportStatus.APPROVED);
        assertThat(first.pdfSha256()).isEqualTo(firstPdf);
        assertThat(new Api(url(""), "reader", "demo").get("/api/years/" + scenario.year
                + "/quarters/1/report?version=1").getStatusCode().value()).isEqualTo(200);
    }

    private CycleStatus cycleStatus() {
        return cycles.all().stream().filter(c -> c.id() == scenario.cycle.id()).findFirst().orElseThrow().status();
    }

    /**
     * Housing accepted with H-1 60, reopened ("H-1 being checked") and given this figure, still reopened when the
     * report compiles at its date (1 August): the version waits for the chief executive.
     */
    private ServiceReturn reopenedAtTheCompilationDate(String corrected) {
        scenario.open(ChasePolicy.parse("", java.time.LocalTime.of(9, 0), 30, 30));
        ServiceReturn housing = scenario.returnOf("Housing");
        scenario.enter("H-1", "60");
        signedOffAndAccepted(housing, "data.housing", "dir.housing");
        workflow.reopen(housing.id(), "perf", "H-1 being checked");
        scenario.awaitTask(housing.id(), ReturnProcess.TASK_COMPLETE_RETURN);
        scenario.enter("H-1", corrected);
        at(scenario.startYear, 8, 1, 9, 5);
        scenario.awaitCycleTask(CycleProcess.TASK_APPROVE_REPORT);
        return housing;
    }

    private void signedOffAndAccepted(ServiceReturn r, String preparer, String director) {
        scenario.awaitTask(r.id(), ReturnProcess.TASK_COMPLETE_RETURN);
        workflow.submit(r.id(), preparer);
        workflow.signOff(r.id(), director);
        scenario.awaitTask(r.id(), ReturnProcess.TASK_QUALITY_CHECK);
        workflow.accept(r.id(), "perf");
    }

    private String processOf(ServiceReturn r) {
        return jdbc.sql("select process_instance_id from service_return where id = :id").param("id", r.id())
                .query(String.class).single();
    }

    /** Both returns (H-1 60, R-1 90) accepted and the report compiled, awaiting the chief executive; gives Housing's. */
    private ServiceReturn withTheChiefExecutive() {
        scenario.open(ChasePolicy.DEFAULT);
        ServiceReturn housing = scenario.returnOf("Housing");
        scenario.enter("H-1", "60");
        scenario.enter("R-1", "90");
        signedOffAndAccepted(housing, "data.housing", "dir.housing");
        signedOffAndAccepted(scenario.returnOf("Highways and Streetscene"), "data.highways", "dir.highways");
        scenario.awaitCycleTask(CycleProcess.TASK_APPROVE_REPORT);
        return housing;
    }
}
