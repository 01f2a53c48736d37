package uk.quarterlyreturns.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.cycle.CycleReports;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.ReportApproval;
import uk.quarterlyreturns.returns.Highlight;
import uk.quarterlyreturns.returns.HighlightReports;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.HeldCycle;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * The performance team takes a service off the highlight reports while the report for the chief executive is
 * compiling: the report sent on and the return's history must agree on whether its highlight report is asked for.
 */
class HighlightAskedWhileCompilingTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired CycleReports reports;
    @Autowired ReportApproval approval;
    @Autowired HighlightReports highlights;
    @Autowired CycleRepository cycles;
    @Autowired ReportVersions versions;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    @Test
    void aHighlightReportNoLongerAskedForWhileTheReportPrintsIsLeftOut() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 7481);
        long cycleId = scenario.cycle.id();
        withAHighlightReportBegun(scenario, () -> {

            // A colleague takes Housing off, holding the cycle as the choice does, while the report prints.
            HeldCycle choice = new HeldCycle(transactions, cycles, cycleId,
                    () -> highlights.setWanted(cycleId, scenario.housing.serviceId(), false, "perfmgr"));
            CompletableFuture<Void> compile = CompletableFuture.runAsync(() -> reports.compile(cycleId));
            HeldCycle.waitersAtLeast(jdbc, 1); // the compilation has read the returns and waits on the cycle
            choice.release();
            choice.committed();
            compile.get(120, TimeUnit.SECONDS);

            assertThat(highlights.wanted(scenario.housing.id())).isFalse();
            assertThat(sent(cycleId).highlights()).as("no longer asked for").isEmpty();
        });
    }

    @Test
    void aChoiceWaitingOnTheReturnWhileTheReportIsSentOnIsRefused() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 7482);
        long cycleId = scenario.cycle.id();
        withAHighlightReportBegun(scenario, () -> {

            // The return's row is held (a save on it, say) as the colleague's choice reaches it, the cycle still open.
            CountDownLatch held = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Void> save = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
                jdbc.sql("select id from service_return where id = :r for update").param("r", scenario.housing.id())
                        .query(Long.class).single();
                held.countDown();
                await(release);
            }));
            await(held);
            CompletableFuture<Void> choice = CompletableFuture.runAsync(
                    () -> highlights.setWanted(cycleId, scenario.housing.serviceId(), false, "perfmgr"));
            HeldCycle.waitersAtLeast(jdbc, 1);
            approval.compileForApproval(cycleId, null); // meanwhile the report goes to the chief executive
            release.countDown();
            save.get(60, TimeUnit.SECONDS);

            assertThatThrownBy(() -> choice.get(60, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .hasRootCauseMessage("The report is compiled: highlight report choices can no longer change");
            assertThat(highlights.wanted(scenario.housing.id())).isTrue();
            assertThat(sent(cycleId).highlights()).isNotEmpty();
        });
    }

    /** Housing asked for a highlight report, its data officer having begun it, while the steps run. */
    private void withAHighlightReportBegun(ReturnScenario scenario, ReturnScenario.Step steps) throws Exception {
        scenario.withHighlightReport(() -> {
            highlights.save(scenario.housing.id(), "data.housing", null,
                    new Highlight("Backlog of repairs", null, "A difficult quarter."));
            steps.run();
        });
    }

    private ReportInput sent(long cycleId) throws Exception {
        return json.readValue(versions.inputJson(versions.latest(cycleId).orElseThrow().id()), ReportInput.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
