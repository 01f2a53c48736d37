package uk.quarterlyreturns.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.quarterlyreturns.cycle.CycleScenario.at;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.framework.MeasureEntry;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.report.CompiledReport;
import uk.quarterlyreturns.report.MeasureRow;
import uk.quarterlyreturns.report.ReportCompiler;
import uk.quarterlyreturns.report.ReportInput;
import uk.quarterlyreturns.report.ReportVersions;
import uk.quarterlyreturns.returns.ReturnEditing;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.HeldImports;
import uk.quarterlyreturns.support.LockWaits;

/**
 * A return whose figures the report being compiled, or with the chief executive, prints: the chief executive approves
 * the figures as compiled, so the return waits for their decision. Years 6201 and 6202.
 */
class ReturnsInTheReportWithTheChiefExecutiveTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReturnEditing editing;
    @Autowired ReportApproval approval;
    @Autowired ReturnRepository returns;
    @Autowired YearRepository years;
    @Autowired MeasureRepository measures;
    @Autowired ValueRepository values;
    @Autowired ReportVersions versions;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    private CycleScenario scenario;

    @AfterEach
    void end() {
        CycleScenario.end(scenario);
    }

    /**
     * The report compiled at the compilation date prints Housing's return as submitted. A performance officer then sent
     * Housing back, the chief executive approved version 1 with the figure sent back, and the figure given again never
     * reached a version. Now, until the chief executive decides, the return is neither sent back (by its director or
     * the performance team) nor changed at its sign-off, on the form or through the API; its sign-off goes on, as it
     * changes nothing printed. Highways' return, printed Missing as it was not in, comes in late and goes its way.
     * Once the report is returned, Housing may be sent back: the revised report is compiled again.
     */
    @Test
    void aReturnTheReportPrintsIsNeitherSentBackNorChangedUntilTheChiefExecutiveDecides() throws Exception {
        scenario = CycleScenario.of(context, 6201);
        scenario.open(ChasePolicy.DEFAULT);
        ServiceReturn housing = scenario.housingSubmitted(workflow);
        ServiceReturn highways = scenario.returnOf("Highways and Streetscene");
        at(6201, 8, 1, 9, 5); // the compilation date: Housing's return in, Highways' not
        scenario.awaitCycleTask(CycleProcess.TASK_APPROVE_REPORT);

        long h1 = measure("H-1");
        assertThat(editing.canChange("dir.housing", scenario.reload(housing))).as("its form is read only").isFalse();
        assertThatThrownBy(() -> editing.saveMeasure(housing.id(), h1, values.find(h1, 1).orElseThrow().version(),
                figure("61"), "dir.housing")).isInstanceOf(IllegalStateException.class)
                .hasMessage(refused("changed"));
        ResponseEntity<String> api = new Api(url(""), "dir.housing", "demo").put("/api/years/" + scenario.year
                + "/quarters/1/measures/H-1/provisional", "application/json",
                "{\"provisional\": true}".getBytes(StandardCharsets.UTF_8));
        assertThat(api.getStatusCode().value()).as("the API as the form").isEqualTo(409);
        assertThat(api.getBody()).contains(refused("changed"));
        assertThat(values.find(h1, 1).orElseThrow().value()).isEqualByComparingTo("60");
        assertThatThrownBy(() -> workflow.sendBackToService(housing.id(), "dir.housing", "Give the month-end figure"))
                .isInstanceOf(IllegalStateException.class).hasMessage(refused("sent back"));
        assertThat(status(housing)).isEqualTo(ReturnStatus.SUBMITTED);

        workflow.signOff(housing.id(), "dir.housing");
        scenario.awaitTask(housing.id(), ReturnProcess.TASK_QUALITY_CHECK);
        assertThatThrownBy(() -> workflow.sendBackByPerformanceTeam(housing.id(), "perf", "Is 60 the right count?"))
                .isInstanceOf(IllegalStateException.class).hasMessage(refused("sent back"));
        assertThat(status(housing)).isEqualTo(ReturnStatus.SIGNED_OFF);

        at(6201, 8, 1, 10, 0); // Highways comes in late: Missing in the report, its steps go on
        scenario.enter("R-1", "90");
        workflow.submit(highways.id(), "data.highways");
        scenario.awaitTask(highways.id(), ReturnProcess.TASK_SIGN_OFF);
        long r1 = measure("R-1");
        editing.saveMeasure(highways.id(), r1, values.find(r1, 1).orElseThrow().version(), figure("95"),
                "dir.highways");
        workflow.sendBackToService(highways.id(), "dir.highways", "Count the potholes again");
        assertThat(status(highways)).isEqualTo(ReturnStatus.SENT_BACK);

        approval.returnWithComments(scenario.cycle.id(), "ceo", "Is Housing's 60 right?");
        scenario.awaitCycleTask(CycleProcess.TASK_REVISE_REPORT);
        workflow.sendBackByPerformanceTeam(housing.id(), "perf", "The chief executive asks whether 60 is right");
        assertThat(status(housing)).as("the revised report is compiled again").isEqualTo(ReturnStatus.SENT_BACK);
    }

    /**
     * Housing's signed-off return is sent back as the compilation date falls due: the send-back was checked before the
     * compilation began and had not committed when the compile step read the returns, so the report printed the figure
     * sent back, as if signed off. The compile step now waits for such a step to commit before it reads.
     */
    @Test
    void aReturnSentBackAsTheCompilationBeginsIsPrintedAsSentBack() throws Exception {
        scenario = CycleScenario.of(context, 6202);
        scenario.open(ChasePolicy.DEFAULT);
        ServiceReturn housing = scenario.housingSubmitted(workflow);
        workflow.signOff(housing.id(), "dir.housing");
        scenario.awaitTask(housing.id(), ReturnProcess.TASK_QUALITY_CHECK);

        CountDownLatch sentBack = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> sendingBack = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
            workflow.sendBackByPerformanceTeam(housing.id(), "perf", "Is 60 the month-end count?");
            sentBack.countDown();
            HeldImports.await(commit);
        }));
        try {
            HeldImports.await(sentBack);
            at(6202, 8, 1, 9, 5); // the compilation date falls due while the send-back commits
            scenario.await("the compile step waiting for the send-back, or done", () -> scenario.status()
                    != CycleStatus.OPEN || LockWaits.count(jdbc, "%from cycle where id%") > 0);
        } finally {
            commit.countDown();
        }
        sendingBack.get(60, TimeUnit.SECONDS);
        scenario.awaitCycleTask(CycleProcess.TASK_APPROVE_REPORT);

        assertThat(returns.find(housing.id()).orElseThrow().status()).isEqualTo(ReturnStatus.SENT_BACK);
        CompiledReport report = ReportCompiler.compile(json.readValue(
                versions.inputJson(versions.latest(scenario.cycle.id()).orElseThrow().id()), ReportInput.class));
        MeasureRow h1 = report.themes().stream().flatMap(t -> t.measureRows().stream())
                .filter(r -> r.ref().equals("H-1")).findFirst().orElseThrow();
        assertThat(h1.line().rag()).as("the figure sent back is not printed").isEqualTo(Rag.MISSING);
        assertThat(h1.line().missingReason()).contains("sent back for rework");
    }

    private static String refused(String done) {
        return "The report is with the chief executive for approval, with Housing's return in it as submitted, so the"
                + " return cannot be " + done + " now: ask the chief executive to return the report, or, once it is"
                + " published, send the return back with a reason to correct it.";
    }

    private static MeasureEntry figure(String value) {
        return new MeasureEntry(new BigDecimal(value), null, null, null, null, null);
    }

    private long measure(String code) {
        return measures.find(years.find(scenario.year).orElseThrow().id(), code).orElseThrow().id();
    }

    private ReturnStatus status(ServiceReturn r) {
        return returns.find(r.id()).orElseThrow().status();
    }
}
