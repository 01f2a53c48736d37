package uk.quarterlyreturns.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.CompletableFuture;
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
import uk.quarterlyreturns.support.HeldCycle;
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

        // A colleague's save, holding the cycle as a save does, lands while the report is being compiled.
        HeldCycle save = new HeldCycle(transactions, cycles, cycleId, () -> {
            commentary.write(cycleId, "perfmgr", "Sickness absence is the main concern.",
                    "Repairs recovered in the quarter.");
            covers.write(cycleId, "perfmgr", cover, CabinetCover.EMPTY);
        });
        CompletableFuture<Void> compile = CompletableFuture.runAsync(
                () -> approval.compileForApproval(cycleId, null));
        HeldCycle.waitersAtLeast(jdbc, 1); // the compilation has read the words and waits on the cycle
        save.release();
        save.committed();
        compile.get(120, TimeUnit.SECONDS);

        ReportInput sent = json.readValue(versions.inputJson(versions.latest(cycleId).orElseThrow().id()),
                ReportInput.class);
        assertThat(sent.commentary()).isEqualTo("Sickness absence is the main concern.");
        assertThat(sent.cabinet()).isEqualTo(cover);
        assertThat(versions.html(versions.latest(cycleId).orElseThrow().id()))
                .contains("Sickness absence is the main concern.");
    }
}
