package uk.quarterlyreturns.base.api;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * The API speaks JSON: asked for YAML (a YAML converter came on the class path with another library) it answered YAML,
 * and read a YAML body round the strict JSON reader. Now any type but JSON in Accept is a 406 in the API's error shape,
 * before the call runs, and a YAML body a 415; the downloads keep their CSV and XLSX, and their errors are JSON.
 */
class JsonOnlyTest extends ApplicationTest {

    private static final String JSON_ONLY = "This address answers application/json: ask for it in Accept, or leave"
            + " Accept out";
    private static final String[] NOT_SPOKEN = {"application/yaml", "application/x-yaml", "text/yaml",
        "application/xml", "text/xml", "application/cbor", "text/plain"};

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aJsonCallAskedForAnotherTypeIsRefused406InTheApisShape() throws Exception {
        for (String path : new String[] {"/api/people", "/api/years/2017-18/quarters/2/measures"}) {
            for (String type : NOT_SPOKEN) {
                ResponseEntity<String> answer = call(HttpMethod.GET, path, type, null, null);
                assertThat(answer.getStatusCode().value()).as(path + " " + type).isEqualTo(406);
                assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/json");
                assertThat(json.readTree(answer.getBody()).get("message").asText()).isEqualTo(JSON_ONLY);
            }
            for (String type : new String[] {null, "*/*", "application/json", "application/*",
                "application/yaml, application/json;q=0.5"}) {
                ResponseEntity<String> answer = call(HttpMethod.GET, path, type, null, null);
                assertThat(answer.getStatusCode().value()).as(path + " " + type).isEqualTo(200);
                assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/json");
                assertThat(json.readTree(answer.getBody()).isArray()).isTrue();
            }
        }
    }

    /** Asked for YAML, a call that changes something did so and only then answered; now it refuses first. */
    @Test
    void aChangeAskedForInYamlIsRefusedBeforeItIsMadeAndAYamlBodyIsNotRead() throws Exception {
        Api perf = new Api(url(""), "perf", "demo");
        String header = "code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,floor,"
                + "tolerance_pct,rag_scheme\n";
        String row = "JO-1,Visits made,%s,Json Service 4540,Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,50,,10,"
                + "TOLERANCE\n";
        assertThat(perf.putCsv("/api/years/4540-41/framework", header + row.formatted("Json Old 4540"))
                .getStatusCode().value()).isEqualTo(200);
        assertThat(perf.putCsv("/api/years/4541-42/framework", header + row.formatted("Json New 4541"))
                .getStatusCode().value()).isEqualTo(200);
        String path = "/api/years/4541-42/directorates/continuations";

        ResponseEntity<String> asked = call(HttpMethod.POST, path, "application/yaml", "application/json",
                "{\"directorate\":\"Json Old 4540\",\"continuesAs\":\"Json New 4541\"}");
        assertThat(asked.getStatusCode().value()).as(asked.getBody()).isEqualTo(406);
        assertThat(json.readTree(asked.getBody()).get("message").asText()).isEqualTo(JSON_ONLY);

        ResponseEntity<String> yaml = call(HttpMethod.POST, path, null, "application/yaml",
                "directorate: Json Old 4540\ncontinuesAs: Json New 4541\n");
        assertThat(yaml.getStatusCode().value()).as(yaml.getBody()).isEqualTo(415);
        assertThat(json.readTree(yaml.getBody()).get("message").asText())
                .isEqualTo("Send the body as JSON, with Content-Type: application/json");

        assertThat(json.readTree(perf.get(path).getBody())).as("nothing recorded").isEmpty();
    }

    /**
     * The calls that read their JSON body as text, to read it strictly, took a body of any type: YAML was a 400 about
     * its JSON, and JSON sent as text/plain opened a cycle. Each is refused as a typed body is, with a 415.
     */
    @Test
    void aCallReadingItsJsonBodyAsTextRefusesABodyOfAnotherType() throws Exception {
        String quarter = "/api/years/2017-18/quarters/2";
        String[][] calls = {{"POST", quarter + "/cycle"}, {"POST", quarter + "/extensions"},
            {"POST", quarter + "/cycle/dates"}, {"PUT", quarter + "/report/cover"}};
        for (String[] call : calls) {
            for (String type : new String[] {"application/yaml", "application/xml", "text/plain"}) {
                ResponseEntity<String> answer = call(HttpMethod.valueOf(call[0]), call[1], null, type,
                        "{\"deadline\":\"2018-07-20T17:00\"}");
                assertThat(answer.getStatusCode().value()).as(call[1] + " " + type).isEqualTo(415);
                assertThat(json.readTree(answer.getBody()).get("message").asText())
                        .isEqualTo("Send the body as JSON, with Content-Type: application/json");
            }
        }
    }

    @Test
    void theDownloadsKeepTheirTypesAndSayThemWhenAskedForAnother() throws Exception {
        String framework = "/api/years/2017-18/framework";
        for (String type : new String[] {null, "*/*", "text/csv"}) {
            ResponseEntity<String> answer = call(HttpMethod.GET, framework, type, null, null);
            assertThat(answer.getStatusCode().value()).as(type).isEqualTo(200);
            assertThat(answer.getHeaders().getContentType().toString()).startsWith("text/csv");
            assertThat(answer.getBody()).startsWith("code,title,directorate");
        }
        assertThat(call(HttpMethod.GET, framework + "?format=xlsx", null, null, null).getHeaders().getContentType()
                .toString()).isEqualTo(MediaTypes.XLSX);
        assertThat(call(HttpMethod.GET, "/api/people/history", "text/csv", null, null).getHeaders().getContentType()
                .toString()).startsWith("text/csv");
        for (String type : new String[] {"application/yaml", "application/xml"}) {
            ResponseEntity<String> answer = call(HttpMethod.GET, framework, type, null, null);
            assertThat(answer.getStatusCode().value()).as(type).isEqualTo(406);
            assertThat(json.readTree(answer.getBody()).get("message").asText()).isEqualTo("This address answers"
                    + " application/vnd.openxmlformats-officedocument.spreadsheetml.sheet or text/csv: ask for one of"
                    + " them in Accept, or leave Accept out");
        }
        ResponseEntity<String> pdf = call(HttpMethod.GET, "/api/years/2017-18/quarters/2/report.pdf",
                "application/yaml", null, null);
        assertThat(pdf.getStatusCode().value()).isEqualTo(406);
    }

    /** A download's error, asked for in the download's type, was a bare 500 (or YAML): it is the JSON it says. */
    @Test
    void aDownloadsErrorIsJsonWhateverAcceptAsked() throws Exception {
        for (String type : new String[] {"text/csv", "application/pdf"}) {
            String path = type.equals("text/csv") ? "/api/years/2017-18/quarters/1/returns/history"
                    : "/api/years/2017-18/quarters/1/report.pdf";
            ResponseEntity<String> answer = call(HttpMethod.GET, path, type, null, null);
            assertThat(answer.getStatusCode().value()).as(path).isEqualTo(404);
            assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/json");
            assertThat(json.readTree(answer.getBody()).get("message").asText()).contains("Quarter 1 (April to June) 2017/18");
        }
    }

    private ResponseEntity<String> call(HttpMethod method, String path, String accept, String contentType,
            String body) {
        // the people's history is the administrators' alone; everything else here the performance team's
        String user = path.startsWith("/api/people") ? "admin" : "perf";
        RestClient.RequestBodySpec request = RestClient.create(url("")).method(method).uri(path)
                .headers(h -> h.setBasicAuth(user, "demo", UTF_8));
        if (accept != null) {
            request.header(HttpHeaders.ACCEPT, accept);
        }
        if (contentType != null) {
            request.header(HttpHeaders.CONTENT_TYPE, contentType).body(body.getBytes(UTF_8));
        }
        return request.exchange((req, res) -> ResponseEntity.status(res.getStatusCode()).headers(res.getHeaders())
                .body(new String(res.getBody().readAllBytes(), UTF_8)), true);
    }
}
