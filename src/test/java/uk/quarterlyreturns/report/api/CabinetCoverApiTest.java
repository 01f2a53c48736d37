package uk.quarterlyreturns.report.api;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;
import uk.quarterlyreturns.report.CabinetCoverService;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * A write of the cover report without the ETag of a read could overwrite a colleague's words unseen. Year 5940, which
 * no other test imports: its cycle must issue Housing's return alone.
 */
class CabinetCoverApiTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired CabinetCoverService covers;

    @Test
    void aWriteWithoutIfMatchIsRefusedAndSaysToReadFirst() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 5940);
        String path = "/api/years/" + scenario.year + "/quarters/2/report/cover";
        Api perf = new Api(url(""), "perf", "demo");
        String etag = perf.get(path).getHeaders().getETag();
        assertThat(perf.put(path, "application/json", "{\"meeting\":\"Cabinet\"}".getBytes(UTF_8), h -> h.setIfMatch(
                etag)).getStatusCode().value()).isEqualTo(200);

        ResponseEntity<String> blind = perf.put(path, "application/json", "{\"meeting\":\"Overwritten\"}"
                .getBytes(UTF_8));

        assertThat(blind.getStatusCode().value()).as(blind.getBody()).isEqualTo(428);
        JsonNode body = new ObjectMapper().readTree(blind.getBody());
        assertThat(body.get("status").asInt()).isEqualTo(428);
        assertThat(body.get("message").asText()).contains("If-Match", "GET the cover first", "ETag");
        assertThat(body.get("errors").get(0).get("message").asText()).isEqualTo(body.get("message").asText());
        assertThat(covers.read(scenario.cycle.id()).meeting()).isEqualTo("Cabinet");

        ResponseEntity<String> star = perf.put(path, "application/json", "{\"meeting\":\"Overwritten\"}"
                .getBytes(UTF_8), h -> h.setIfMatch("*"));
        assertThat(star.getStatusCode().value()).as(star.getBody()).isEqualTo(412);
        assertThat(star.getBody()).contains("If-Match: * is not taken").doesNotContain("changed since you read it");
        assertThat(covers.read(scenario.cycle.id()).meeting()).isEqualTo("Cabinet");

        String current = perf.get(path).getHeaders().getETag();
        assertThat(perf.put(path, "application/json", "{\"meeting\":\"Cabinet & Council\"}".getBytes(UTF_8),
                h -> h.setIfMatch(current)).getStatusCode().value()).isEqualTo(200);
        assertThat(covers.read(scenario.cycle.id()).meeting()).isEqualTo("Cabinet & Council");
    }
}
