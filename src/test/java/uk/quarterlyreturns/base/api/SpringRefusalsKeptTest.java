package uk.quarterlyreturns.base.api;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * The API's catch-all for faults of the server leaves the refusals Spring and Spring Security make themselves with
 * their own status: a wrong method, an answer in a media type not offered, a body in one not
 * taken, a missing parameter, not signed in, not allowed.
 */
class SpringRefusalsKeptTest extends ApplicationTest {

    @Autowired ApplicationContext context;

    @Test
    void eachKeepsItsStatus() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4182);
        String cover = "/api/years/" + scenario.year + "/quarters/2/report/cover";
        Api perf = new Api(url(""), "perf", "demo");

        assertThat(status(perf.delete(cover))).isEqualTo(405);
        assertThat(status(perf.put("/api/years/" + scenario.year + "/framework", "text/plain", "x".getBytes(UTF_8))))
                .isEqualTo(415);
        assertThat(status(perf.post("/api/years/" + scenario.year + "/rollover"))).isEqualTo(400);
        assertThat(status(new Api(url(""), null, null).get(cover))).isEqualTo(401);
        assertThat(status(new Api(url(""), null, null).get("/api/no-such-thing"))).isEqualTo(401);
        assertThat(status(new Api(url(""), "reader", "demo").get(cover))).isEqualTo(403);

        ResponseEntity<String> csv = RestClient.create(url("")).get().uri(cover)
                .headers(h -> h.setBasicAuth("perf", "demo", UTF_8)).header(HttpHeaders.ACCEPT, "text/csv")
                .exchange((req, res) -> ResponseEntity.status(res.getStatusCode()).body(""), true);
        assertThat(csv.getStatusCode().value()).as("an answer only in JSON, asked for as CSV").isEqualTo(406);
    }

    /** The screens' servlet answered an address no call has with 200 and a page of HTML: a script read success. */
    @Test
    void anAddressNoCallHasIsNotFound() throws Exception {
        Api perf = new Api(url(""), "perf", "demo");
        for (ResponseEntity<String> answer : java.util.List.of(perf.get("/api/no-such-thing"),
                perf.get("/api/years/2017-18/quarters/2/complaince"), perf.post("/api/years/2017-18/rolover"))) {
            assertThat(status(answer)).isEqualTo(404);
            assertThat(answer.getBody()).startsWith("{\"status\":404,\"message\":\"No such address in the API: ")
                    .contains("\"errors\":[{").doesNotContain("<html");
        }
        assertThat(perf.get("/api/no-such-thing").getBody()).contains("GET /api/no-such-thing.");
    }

    private static int status(ResponseEntity<String> answer) {
        return answer.getStatusCode().value();
    }
}
