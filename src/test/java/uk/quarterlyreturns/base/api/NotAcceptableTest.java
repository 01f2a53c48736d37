package uk.quarterlyreturns.base.api;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * A call asked for in a type it does not answer in is a 406 that says what the address answers, in the API's one
 * error shape, sent as JSON though Accept left JSON out (as Spring sends its own problem details). It came with no
 * body at all, and the client was left to guess.
 */
class NotAcceptableTest extends ApplicationTest {

    @Test
    void a406SaysWhatTheAddressAnswers() throws Exception {
        for (String path : new String[] {"/api/people", "/api/years/2017-18/quarters/2/measures"}) {
            ResponseEntity<String> answer = RestClient.create(url("")).get().uri(path)
                    .headers(h -> h.setBasicAuth("perf", "demo", UTF_8)).header(HttpHeaders.ACCEPT, "application/xml")
                    .exchange((req, res) -> ResponseEntity.status(res.getStatusCode()).headers(res.getHeaders())
                            .body(new String(res.getBody().readAllBytes(), UTF_8)), true);
            assertThat(answer.getStatusCode().value()).as(path).isEqualTo(406);
            assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/json");
            JsonNode body = new ObjectMapper().readTree(answer.getBody());
            assertThat(body.get("status").asInt()).isEqualTo(406);
            assertThat(body.get("message").asText()).as(path)
                    .isEqualTo("This address answers application/json: ask for it in Accept,"
                            + " or leave Accept out");
            assertThat(body.get("errors").get(0).get("message").asText()).isEqualTo(body.get("message").asText());
        }
    }
}
