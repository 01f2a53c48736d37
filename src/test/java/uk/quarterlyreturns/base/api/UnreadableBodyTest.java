package uk.quarterlyreturns.base.api;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * A JSON body that does not read is answered 400 in the one error shape, saying which field takes what: never
 * Jackson's text, which names our classes and the parser's position, and never a 500 for the body {@code null}.
 */
class UnreadableBodyTest extends ApplicationTest {

    @Autowired ApplicationContext context;

    @Test
    void theCoverReportSaysWhichFieldTakesWhat() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4180);
        Api perf = new Api(url(""), "perf", "demo");
        String path = "/api/years/" + scenario.year + "/quarters/2/report/cover";
        String etag = perf.get(path).getHeaders().getETag();

        assertThat(refusal(perf.put(path, "application/json", "null".getBytes(UTF_8), h -> h.setIfMatch(etag))))
                .contains("Send the cover report as JSON");
        assertThat(refusal(perf.put(path, "application/json", "{\"meetingDate\": \"21/11/2017\"}".getBytes(UTF_8),
                h -> h.setIfMatch(etag)))).isEqualTo("The cover report: meetingDate: expected a date like 2017-10-20");
        assertThat(refusal(perf.put(path, "application/json", "{\"keyDecision\": \"perhaps\"}".getBytes(UTF_8),
                h -> h.setIfMatch(etag)))).isEqualTo("The cover report: keyDecision: expected true or false");
        assertThat(refusal(perf.put(path, "application/json", "{\"meeting\": \"Cabinet\"".getBytes(UTF_8),
                h -> h.setIfMatch(etag)))).startsWith("The cover report: The body is not valid JSON");
    }

    @Test
    void aBodyReadBySpringSaysWhichFieldTakesWhat() throws Exception {
        String path = "/api/years/4181-82/directorates/continuations";
        Api perf = new Api(url(""), "perf", "demo");

        assertThat(refusal(perf.postJson(path, "{\"directorate\": {\"name\": \"Adults\"}}")))
                .isEqualTo("directorate: expected text in quotes");
        assertThat(refusal(perf.postJson(path, "null"))).isEqualTo("Send the body as JSON");
        assertThat(refusal(perf.postJson(path, "[\"Adults\"]"))).isEqualTo("Send the body as one JSON object, in { }");
        assertThat(refusal(perf.postJson(path, "{\"directorate\": Adults}")))
                .startsWith("The body is not valid JSON");
    }

    /** The 400's message, checked to carry none of Jackson's or Spring's own words. */
    private static String refusal(ResponseEntity<String> answer) throws Exception {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        assertThat(answer.getBody()).doesNotContain("uk.quarterlyreturns", "java.", "line:", "column:", "Source",
                "Cannot deserialize", "JSON parse error", "`");
        JsonNode body = new ObjectMapper().readTree(answer.getBody());
        assertThat(body.get("status").asInt()).isEqualTo(400);
        assertThat(body.get("errors").get(0).get("message").asText()).isEqualTo(body.get("message").asText());
        return body.get("message").asText();
    }
}
