package uk.quarterlyreturns.returns.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import uk.quarterlyreturns.returns.Evidence;
import uk.quarterlyreturns.returns.EvidenceFile;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * A measure's evidence over the API, for an auditor's sample: listed and downloaded by administrators and whoever may
 * read the return, as an attachment with its stored type; refused (403) to everyone else.
 */
class EvidenceApiTest extends ApplicationTest {

    private static final byte[] COUNT_NOTE = "Counted by hand, 3 July: 12 homes".getBytes(StandardCharsets.UTF_8);

    @Autowired ApplicationContext context;
    @Autowired Evidence evidence;
    @Autowired ObjectMapper json;

    @Test
    void theFilesAreListedAndEachDownloadsAsAnAttachmentAsKept() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 5220);
        EvidenceFile kept = evidence.add(scenario.housing.id(), scenario.measureId("HF-1"), "count \"July\".txt",
                COUNT_NOTE, "data.housing");
        String path = "/api/years/" + scenario.year + "/quarters/2/measures/HF-1/evidence";

        for (String who : List.of("perf", "admin", "data.housing", "sd.economy")) {
            ResponseEntity<String> listed = api(who).get(path);
            assertThat(listed.getStatusCode().value()).as(who).isEqualTo(200);
            JsonNode file = json.readTree(listed.getBody()).get(0);
            assertThat(file.get("id").asLong()).isEqualTo(kept.id());
            assertThat(file.get("fileName").asText()).isEqualTo("count \"July\".txt");
            assertThat(file.get("mediaType").asText()).isEqualTo("text/plain");
            assertThat(file.get("size").asInt()).isEqualTo(COUNT_NOTE.length);
            assertThat(file.get("sha256").asText()).isEqualTo(sha256(COUNT_NOTE));
            assertThat(file.get("uploadedBy").asText()).isEqualTo("data.housing");
            assertThat(file.get("uploadedAt").asText()).isEqualTo(kept.uploadedAt().toString());

            ResponseEntity<byte[]> got = api(who).getBytes(path + "/" + kept.id());
            assertThat(got.getStatusCode().value()).as(who).isEqualTo(200);
            assertThat(got.getBody()).isEqualTo(COUNT_NOTE);
            assertThat(got.getHeaders().getContentType().toString()).isEqualTo("text/plain");
            assertThat(got.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;")
                    .contains("filename=");
            assertThat(got.getHeaders().getContentDisposition().getFilename()).isEqualTo("count \"July\".txt");
            assertThat(got.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        }
        assertThat(api("perf").get(path + "/" + (kept.id() + 1_000_000)).getStatusCode().value()).isEqualTo(404);
        assertThat(api("perf").get(path.replace("HF-1", "HF-2") + "/" + kept.id()).getStatusCode().value())
                .as("a file of another measure").isEqualTo(404);
    }

    @Test
    void whoeverMayNotReadTheReturnIsRefused() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 5221);
        EvidenceFile kept = evidence.add(scenario.housing.id(), scenario.measureId("HF-1"), "count.txt",
                COUNT_NOTE, "data.housing");
        String path = "/api/years/" + scenario.year + "/quarters/2/measures/HF-1/evidence";
        for (String who : List.of("data.highways", "dir.highways", "reader", "sd.children")) {
            assertThat(api(who).get(path).getStatusCode().value()).as(who + " lists").isEqualTo(403);
            ResponseEntity<byte[]> file = api(who).getBytes(path + "/" + kept.id());
            assertThat(file.getStatusCode().value()).as(who + " downloads").isEqualTo(403);
            assertThat(new String(file.getBody(), StandardCharsets.UTF_8)).doesNotContain("Counted by hand");
        }
    }

    /**
     * A measure imported by mistake goes only while nothing is recorded for it: evidence kept ahead of its figure is
     * part of the year's record too, and is not lost with it.
     */
    @Test
    void aMeasureWithEvidenceButNoFigureStaysInTheYear() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 5222, "fixtures/framework-form.csv",
                "fixtures/actions-form.csv", Map.of("HF-1", "70"));
        evidence.add(scenario.housing.id(), scenario.measureId("HF-2"), "count.txt", COUNT_NOTE, "data.housing");

        ResponseEntity<String> kept = api("perf").delete("/api/years/" + scenario.year + "/measures/HF-2");

        assertThat(kept.getStatusCode().value()).isEqualTo(409);
        assertThat(kept.getBody()).contains("HF-2 has evidence files for Q2 of");
        assertThat(evidence.of(scenario.measureId("HF-2"), 2)).hasSize(1);
    }

    /**
     * A file removed from the return leaves room for another (ten a measure go by the files kept), but is kept for
     * audit, so a measure whose files were all removed stays in the year too, the refusal saying why. Year 7372.
     */
    @Test
    void removedFilesMakeRoomButKeepTheirMeasureInTheYear() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 7372, "fixtures/framework-form.csv",
                "fixtures/actions-form.csv", Map.of("HF-1", "70"));
        long measure = scenario.measureId("HF-2");
        List<EvidenceFile> kept = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            kept.add(evidence.add(scenario.housing.id(), measure, "count.txt", COUNT_NOTE, "data.housing"));
        }
        evidence.remove(scenario.housing.id(), kept.get(0).id(), "data.housing");
        evidence.add(scenario.housing.id(), measure, "count.txt", COUNT_NOTE, "data.housing");
        assertThatThrownBy(() -> evidence.add(scenario.housing.id(), measure, "count.txt", COUNT_NOTE,
                "data.housing")).hasMessageContaining("already has 10 evidence files");
        for (EvidenceFile f : evidence.of(measure, 2)) {
            evidence.remove(scenario.housing.id(), f.id(), "data.housing");
        }
        assertThat(evidence.of(measure, 2)).isEmpty();

        ResponseEntity<String> refused = api("perf").delete("/api/years/" + scenario.year + "/measures/HF-2");

        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(refused.getBody())
                .contains("HF-2 has evidence files (removed from its return, kept for audit) for Q2 of");
    }

    @Test
    void aMeasureNotDueThisQuarterTakesNoEvidence() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 5223);
        assertThatThrownBy(() -> evidence.add(scenario.housing.id(), scenario.measureId("HF-3"), "count.txt",
                COUNT_NOTE, "data.housing")).isInstanceOf(IllegalArgumentException.class);
        assertThat(evidence.of(scenario.measureId("HF-3"), 2)).isEmpty();
    }

    private Api api(String who) {
        return new Api(url(""), who, "demo");
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
