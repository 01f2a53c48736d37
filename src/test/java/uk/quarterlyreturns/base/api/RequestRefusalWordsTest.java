package uk.quarterlyreturns.base.api;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * Spring's refusals of a request are answered in the API's one error shape, naming the parameter and what it takes:
 * a missing parameter was answered in Spring's words ("for method parameter type String is not present"), a quarter
 * "x" only as "not a valid quarter", and a JSON call sent text was told to send a CSV file.
 */
class RequestRefusalWordsTest extends ApplicationTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aParameterLeftOutOrOfTheWrongKindIsNamedWithWhatItTakes() throws Exception {
        Api perf = new Api(url(""), "perf", "demo");
        assertThat(refusal(perf.post("/api/years/4212-13/rollover"), 400))
                .isEqualTo("from is missing: the year rolled over from, written like 2017-18 (add ?from=… to the"
                        + " address)");
        assertThat(refusal(perf.get("/api/years/4212-13/quarters/x/compliance"), 400))
                .isEqualTo("quarter is 1, 2, 3 or 4, not 'x'");
        assertThat(refusal(perf.get("/api/years/4212-13/quarters/2/report?version=abc"), 400))
                .isEqualTo("version is a whole number, not 'abc'");
        assertThat(refusal(new Api(url(""), "admin", "demo").put("/api/people?confirm=maybe", "text/csv",
                "x".getBytes(UTF_8)), 400)).isEqualTo("confirm is true or false, not 'maybe'");
    }

    @Test
    void aJsonCallSentAnotherTypeIsToldToSendJson() throws Exception {
        ResponseEntity<String> answer = RestClient.create(url("")).post()
                .uri("/api/years/4212-13/directorates/continuations")
                .headers(h -> h.setBasicAuth("perf", "demo", UTF_8))
                .contentType(MediaType.TEXT_PLAIN).body("Adults")
                .exchange((req, res) -> ResponseEntity.status(res.getStatusCode())
                        .body(new String(res.getBody().readAllBytes(), UTF_8)), true);
        assertThat(refusal(answer, 415)).isEqualTo("Send the body as JSON, with Content-Type: application/json");
    }

    /**
     * Refused by Spring before any call was chosen, or by the sign-in before the API: Spring Boot's bare
     * {"timestamp","status","error","path"} said nothing of what to send instead.
     */
    @Test
    void aRefusalBeforeAnyCallIsInTheApisShapeSayingWhatToSend() throws Exception {
        Api perf = new Api(url(""), "perf", "demo");
        ResponseEntity<String> wrongMethod = perf.delete("/api/years/4213-14/quarters/2/report/cover");
        assertThat(refusal(wrongMethod, 405)).isEqualTo("This address takes GET or PUT, not DELETE");
        assertThat(wrongMethod.getHeaders().getAllow()).isNotEmpty();
        assertThat(refusal(perf.put("/api/years/4213-14/framework", "application/json", "{}".getBytes(UTF_8)), 415))
                .isEqualTo("Send the file as text/csv or as an .xlsx workbook (" + MediaTypes.XLSX + ")");
        ResponseEntity<String> anonymous = new Api(url(""), null, null).get("/api/years/4213-14/quarters/2/compliance");
        assertThat(refusal(anonymous, 401)).isEqualTo("Sign in: send your username and password with HTTP Basic");
        assertThat(anonymous.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
    }

    /** The message, checked to be the API's shape with none of Spring's or Java's words. */
    private String refusal(ResponseEntity<String> answer, int status) throws Exception {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
        assertThat(answer.getBody()).doesNotContain("method parameter", "String", "java.", "uk.quarterlyreturns",
                "Required", "timestamp");
        JsonNode body = json.readTree(answer.getBody());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("errors").get(0).get("message").asText()).isEqualTo(body.get("message").asText());
        return body.get("message").asText();
    }
}
