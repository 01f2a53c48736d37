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

    /**
     * The cycle's opening, its dates and a return's extension answer the body null with 400 (they answered 500); a
     * London time sent with an offset, as the answers write instants, is refused, where it was read as London's
     * time without a word, an hour out in summer; a year badly written is a 400 on the report's calls too.
     */
    @Test
    void theCyclesCallsRefuseNullAndALondonTimeWithAnOffset() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 6083);
        Api perf = new Api(url(""), "perf", "demo");
        String quarter = "/api/years/" + scenario.year + "/quarters/2";

        assertThat(refusal(perf.postJson(quarter + "/extensions", "null"))).isEqualTo("Send the change as JSON");
        assertThat(refusal(perf.postJson(quarter + "/cycle/dates", "null"))).isEqualTo("Send the change as JSON");
        assertThat(refusal(perf.postJson("/api/years/" + scenario.year + "/quarters/3/cycle", "null")))
                .isEqualTo("Send the deadline and compilation date as JSON");
        // ("deadline:" would trip refusal's check for a parser's "line:")
        ResponseEntity<String> offset = perf.postJson(quarter + "/extensions", "{\"service\": \"Housing\","
                + " \"deadline\": \"6083-10-25T16:00:00Z\", \"reason\": \"Data late from the contractor\"}");
        assertThat(offset.getStatusCode().value()).isEqualTo(400);
        assertThat(new ObjectMapper().readTree(offset.getBody()).get("message").asText())
                .isEqualTo("deadline: expected a date and time like 2017-10-20T17:00");
        assertThat(refusal(perf.get("/api/years/2017-2018/quarters/2/report")))
                .isEqualTo("A reporting year is written like 2017-18, not '2017-2018'");
        assertThat(refusal(perf.get("/api/years/2017-2018/quarters/2/report/cover")))
                .isEqualTo("A reporting year is written like 2017-18, not '2017-2018'");
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
