package uk.quarterlyreturns.compliance.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.tabular.TabularRow;
import uk.quarterlyreturns.report.ReportVersion;
import uk.quarterlyreturns.report.ReportVersions;
import uk.quarterlyreturns.returns.Evidence;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * Publication prints the approved report again, naming who approved it and when; the hashes of the files the chief
 * executive read stay beside the published ones in reports.csv, and what is published is the report as compiled, in
 * the words they read, even where the release deployed since would word it otherwise. Year 7471.
 */
class ApprovedCopyInAuditPackTest extends ApplicationTest {

    /** A sentence today's release does not write: the report as an earlier release compiled it. */
    private static final String EARLIER_WORDS = "Most measures were on target, as an earlier release put it.";

    @Autowired ApplicationContext context;
    @Autowired ReportVersions versions;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    @Test
    void theFilesApprovedAreKeptByHashAndThePublishedReportIsTheOneCompiled() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 7471);
        long cycleId = scenario.cycle.id();
        scenario.completeAndAwaitTheReportsDecision();
        ReportVersion read = versions.latest(cycleId).orElseThrow();
        ObjectNode compiled = (ObjectNode) json.readTree(versions.contentJson(read.id()).orElseThrow());
        ((ObjectNode) compiled.get("summary")).put("sentence", EARLIER_WORDS);
        jdbc.sql("update report_version set content_json = :content where id = :id")
                .param("content", compiled.toString()).param("id", read.id()).update();

        scenario.approveAndAwaitPublication();

        ReportVersion published = versions.find(cycleId, 1).orElseThrow();
        JsonNode content = json.readTree(versions.contentJson(published.id()).orElseThrow());
        assertThat(content.at("/cover/statusText").asText()).startsWith("Approved by ");
        assertThat(withoutStatus(content)).as("the report compiled, but for its status").isEqualTo(
                withoutStatus(compiled));
        assertThat(versions.html(published.id())).as("the words the chief executive read").contains(EARLIER_WORDS);
        assertThat(published.pdfSha256()).as("printed again, naming who approved it").isNotEqualTo(read.pdfSha256())
                .isEqualTo(Evidence.sha256(versions.pdf(published.id())));

        PackZip pack = PackZip.of(new Api(url(""), "perf", "demo").getBytes("/api/years/" + scenario.year
                + "/quarters/2/audit-pack").getBody());
        TabularRow row = pack.rows("reports.csv").get(0);
        assertThat(List.of(row.get("pdf sha256"), row.get("pdf sha256 as approved"), row.get("xlsx sha256"),
                row.get("xlsx sha256 as approved"))).containsExactly(published.pdfSha256(), read.pdfSha256(),
                        published.xlsxSha256(), read.xlsxSha256());
        assertThat(Evidence.sha256(pack.get(row.get("pdf")))).isEqualTo(published.pdfSha256());
    }

    private static JsonNode withoutStatus(JsonNode report) {
        JsonNode copy = report.deepCopy();
        ((ObjectNode) copy.get("cover")).remove(List.of("status", "statusText"));
        return copy;
    }
}
