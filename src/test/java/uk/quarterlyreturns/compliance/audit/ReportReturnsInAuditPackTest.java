package uk.quarterlyreturns.compliance.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.base.tabular.TabularRow;
import uk.quarterlyreturns.cycle.ReportApproval;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * The chief executive's return of the report, with their comments, is in the pack, and the version they returned is
 * not passed off as awaiting approval. Year 7364.
 */
class ReportReturnsInAuditPackTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired ReportApproval approval;

    @Test
    void theChiefExecutivesReturnIsInThePackAndTheVersionReadsReturned() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 7364);
        scenario.completeAndAwaitTheReportsDecision();
        approval.returnWithComments(scenario.cycle.id(), "ceo", "check KI 433");

        PackZip pack = pack(scenario);

        TabularRow returned = pack.rows("report-returns.csv").get(0);
        assertThat(pack.rows("report-returns.csv")).hasSize(1);
        assertThat(List.of(returned.get("version"), returned.get("returned by"), returned.get("comments")))
                .containsExactly("1", "ceo", "check KI 433");
        assertThat(returned.get("returned at")).matches("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d:\\d\\d [+-]\\d\\d:\\d\\d");
        TabularRow v1 = pack.rows("reports.csv").get(0);
        assertThat(v1.get("status")).isEqualTo("RETURNED");
        assertThat(v1.get("approved by")).isEmpty();
        assertThat(new String(pack.get("README.txt"), StandardCharsets.UTF_8)).contains("report-returns.csv");
        AuditPackTest.manifestHashesEveryOtherEntryAsWritten(pack);
    }

    private PackZip pack(ReturnScenario scenario) {
        return PackZip.of(new Api(url(""), "perf", "demo").getBytes("/api/years/" + scenario.year
                + "/quarters/2/audit-pack").getBody());
    }
}
