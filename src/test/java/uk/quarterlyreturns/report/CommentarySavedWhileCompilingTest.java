package uk.quarterlyreturns.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.ReportApproval;
import uk.quarterlyreturns.cycle.ReportCommentary;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * The performance team saves the commentary or the cover while the report for the chief executive is printing:
 * the report sent for approval carries what was saved ("Commentary saved" must not mean "left out").
 */
class CommentarySavedWhileCompilingTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired ReportApproval approval;
    @Autowired ReportCommentary commentary;
    @Autowired CabinetCoverService covers;
    @Autowired CycleRepository cycles;
    @Autowired ReportVersions versions;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    @Test
    void wordsSavedWhileTheReportPrintsAreInTheReportSentForApproval() throws Exception {
        long cycleId = ReturnScenario.open(context, 2970).cycle.id();
        commentary.write(cycleId, "perf", "Repairs recovered in the quarter.", null);
        CabinetCover cover = new CabinetCover("Cabinet", null, null, "Quarter 2 performance", null, null, null,
                null, null, "Sam Lee, Performance Manager");

        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch printing = new CountDownLatch(1);
        // A colleague's save, holding the cycle as a save does, lands while the report is being compiled.
        CompletableFuture<Void> save = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
            cycles.lock(cycleId);
            held.countDown();
            await(printing);
            commentary.write(cycleId, "perfmgr", "Sickness absence is the main concern.",
                    "Repairs recovered in the quarter.");
            covers.write(cycleId, "perfmgr", cover, CabinetCover.EMPTY);
        }));
        assertThat(held.await(60, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> compile = CompletableFuture.runAsync(
                () -> approval.compileForApproval(cycleId, null));
        Await.until("the compilation has read the words and waits on the cycle", Duration.ofSeconds(60), () -> jdbc
                .sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock'").query(Long.class)
                .single() > 0);
        printing.countDown();
        save.get(60, TimeUnit.SECONDS);
        compile.get(120, TimeUnit.SECONDS);

        ReportInput sent = json.readValue(versions.inputJson(versions.latest(cycleId).orElseThrow().id()),
                ReportInput.class);
        assertThat(sent.commentary()).isEqualTo("Sickness absence is the main concern.");
        assertThat(sent.cabinet()).isEqualTo(cover);
        assertThat(versions.html(versions.latest(cycleId).orElseThrow().id()))
                .contains("Sickness absence is the main concern.");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
