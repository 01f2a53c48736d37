package uk.quarterlyreturns.people.api;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.compliance.ComplianceService;
import uk.quarterlyreturns.compliance.CycleCompliance;
import uk.quarterlyreturns.people.OwnPassword;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.people.UserFields;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/** The people file over the API, all or nothing; and a quarter's compliance figures, equal to the screen's. */
class PeopleAndComplianceApiTest extends ApplicationTest {

    private static final String HEADER = "username,name,email,roles,service,directorate\n";

    @Autowired PeopleService people;
    @Autowired ComplianceService compliance;
    @Autowired ApplicationContext context;
    @Autowired UserAdministration users;
    @Autowired OwnPassword ownPassword;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void thePeopleFileCreatesAndUpdatesAllOrNothingUnderTheDutyRules() throws Exception {
        Api admin = new Api(url(""), "admin", "demo");
        String bad = HEADER
                + "api.officer,Avery Officer,avery@demo.council.test,DATA_OFFICER,Housing,\n"
                + "api.both,Blake Both,blake@demo.council.test,DATA_OFFICER;SERVICE_DIRECTOR,Housing,\n"
                + "api.perf,Casey Perf,casey@demo.council.test,PERFORMANCE_TEAM,Housing,\n"
                + "api.nowhere,Dana Nowhere,dana@demo.council.test,DATA_OFFICER,No Such Service,\n"
                + "api.strat,Eli Strat,eli@demo.council.test,STRATEGIC_DIRECTOR,,\n";
        ResponseEntity<String> refused = admin.putCsvAfterReading("/api/people", bad);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        JsonNode errors = body(refused).get("errors");
        assertThat(errors).extracting(e -> e.get("row").asInt() + " " + e.get("column").asText())
                .contains("3 roles", "4 service", "5 service", "6 directorate");
        assertThat(people.find("api.officer")).isEmpty();

        String good = HEADER
                + "api.officer,Avery Officer,avery@demo.council.test,DATA_OFFICER,Housing,Economy and Infrastructure\n"
                + "api.strat,Eli Strat,eli@demo.council.test,STRATEGIC_DIRECTOR,,Corporate Services\n";
        ResponseEntity<String> done = admin.putCsvAfterReading("/api/people", good);
        assertThat(done.getStatusCode().value()).as(done.getBody()).isEqualTo(200);
        assertThat(body(done).get("created").asInt()).isEqualTo(2);
        ResponseEntity<String> again = admin.putCsvAfterReading("/api/people",
                good.replace("Avery Officer", "Avery Officer-Smith"));
        assertThat(body(again).get("updated").asInt()).isEqualTo(2);
        assertThat(people.find("api.officer").orElseThrow().displayName()).isEqualTo("Avery Officer-Smith");

        JsonNode listed = body(new Api(url(""), "perf", "demo").get("/api/people"));
        JsonNode officer = null;
        for (JsonNode p : listed) {
            if (p.get("username").asText().equals("api.officer")) {
                officer = p;
            }
        }
        assertThat(officer).isNotNull();
        assertThat(officer.get("service").asText()).isEqualTo("Housing");
        assertThat(officer.get("directorate").asText()).isEqualTo("Economy and Infrastructure");
        assertThat(officer.get("roles").get(0).asText()).isEqualTo("DATA_OFFICER");
        assertThat(listed.toString()).doesNotContain("password");

        ResponseEntity<String> byPerf = new Api(url(""), "perf", "demo").putCsvAfterReading("/api/people", good);
        assertThat(byPerf.getStatusCode().value()).isEqualTo(403);
    }

    /** Two administrators with the same list: the second file, written on what the first one changed, is refused. */
    @Test
    void thePeopleFileMustNameTheListItWasWrittenOn() throws Exception {
        Api admin = new Api(url(""), "admin", "demo");
        String row = "api.etag,Ira Etag,ira@demo.council.test,READER,,\n";
        String read = admin.get("/api/people").getHeaders().getETag();
        assertThat(read).as("a read carries the list's ETag").isNotNull();
        ResponseEntity<String> first = admin.put("/api/people", "text/csv", (HEADER + row).getBytes(UTF_8),
                h -> h.setIfMatch(read));
        assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(200);

        ResponseEntity<String> blind = admin.putCsv("/api/people", HEADER + row.replace("Ira Etag", "Blind"));
        assertThat(blind.getStatusCode().value()).as(blind.getBody()).isEqualTo(428);
        assertThat(body(blind).get("message").asText()).contains("If-Match", "GET /api/people first", "ETag");
        ResponseEntity<String> star = admin.put("/api/people", "text/csv", (HEADER + row.replace("Ira Etag", "Star"))
                .getBytes(UTF_8), h -> h.setIfMatch("*"));
        assertThat(star.getStatusCode().value()).as(star.getBody()).isEqualTo(412);
        assertThat(star.getBody()).contains("If-Match: * is not taken").doesNotContain("changed since you read it");
        ResponseEntity<String> stale = admin.put("/api/people", "text/csv", (HEADER + row.replace("Ira Etag",
                "Stale")).getBytes(UTF_8), h -> h.setIfMatch(read));
        assertThat(stale.getStatusCode().value()).as(stale.getBody()).isEqualTo(412);
        assertThat(body(stale).get("message").asText()).contains("The people list was changed since you read it");
        assertThat(people.find("api.etag").orElseThrow().displayName()).isEqualTo("Ira Etag");

        ResponseEntity<String> next = admin.put("/api/people", "text/csv", (HEADER + row.replace("Ira Etag",
                "Ira Etag-Read")).getBytes(UTF_8), h -> h.setIfMatch(first.getHeaders().getETag()));
        assertThat(next.getStatusCode().value()).as("the answer's ETag is the list's now: " + next.getBody())
                .isEqualTo(200);
        assertThat(people.find("api.etag").orElseThrow().displayName()).isEqualTo("Ira Etag-Read");
    }

    /** As on the users screen, an administrator cannot take away their own administrator role. */
    @Test
    void thePeopleFileCannotDemoteTheAdministratorImportingIt() {
        String me = "api.fresh.admin";
        users.create(new UserFields(me, "Fay Fresh", "fay@demo.council.test", EnumSet.of(Role.ADMIN), null, null),
                "a long enough password", "admin");
        // the password an administrator set serves the screens' first sign-in only: the API wants their own
        ownPassword.change(me, "a long enough password", "fay's own long password", "fay's own long password");
        String file = HEADER
                + "api.colleague,Cole League,cole@demo.council.test,READER,,\n"
                + me + ",Fay Fresh,fay@demo.council.test,READER,,\n";
        ResponseEntity<String> refused = new Api(url(""), me, "fay's own long password")
                .putCsvAfterReading("/api/people", file);

        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
        JsonNode errors = body(refused).get("errors");
        assertThat(errors).extracting(e -> e.get("row").asInt() + " " + e.get("column").asText() + ": "
                + e.get("message").asText())
                .containsExactly("3 roles: You cannot remove your own administrator role: ask another administrator");
        assertThat(people.find(me).orElseThrow().roles()).containsExactly(Role.ADMIN);
        assertThat(people.find("api.colleague")).isEmpty();
    }

    @Test
    void complianceGivesTheScreensFiguresAndRefusesBadInputWithAMessage() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2051);
        Api perf = new Api(url(""), "perf", "demo");
        JsonNode figures = body(perf.get("/api/years/2051-52/quarters/2/compliance"));
        CycleCompliance screen = compliance.forCycle(scenario.cycle.id());
        assertThat(figures.get("due").asInt()).isEqualTo(screen.due()).isEqualTo(1);
        assertThat(figures.get("inOnTime").asInt()).isEqualTo(screen.inOnTime());
        assertThat(figures.get("inLate").asInt()).isEqualTo(screen.inLate());
        assertThat(figures.get("missing").asInt()).isEqualTo(screen.missing());
        assertThat(figures.get("returns").get(0).get("service").asText()).isEqualTo("Housing");

        assertMessage(perf.get("/api/years/2051-52/quarters/3/compliance"), 404, "No cycle");
        assertMessage(perf.get("/api/years/2099-00/quarters/1/compliance"), 404, "no framework");
        assertMessage(perf.get("/api/years/2051-2052/quarters/1/compliance"), 400, "2017-18");
        assertMessage(perf.get("/api/years/2051-52/quarters/5/compliance"), 400, "quarter");
    }

    @Test
    void theOpenApiDescriptionDocumentsEveryEndpointItsUploadsAndItsErrorBody() {
        ResponseEntity<String> docs = new Api(url(""), "perf", "demo").get("/v3/api-docs");
        assertThat(docs.getStatusCode().value()).isEqualTo(200);
        JsonNode api = body(docs);
        assertThat(api.get("paths").has("/api/people")).isTrue();
        assertThat(api.get("paths").has("/api/years/{year}/rollover")).isTrue();
        assertThat(api.get("paths").has("/api/years/{year}/quarters/{quarter}/compliance")).isTrue();
        JsonNode putFramework = api.get("paths").get("/api/years/{year}/framework").get("put");
        assertThat(putFramework.get("requestBody").get("content").has("text/csv")).isTrue();
        assertThat(putFramework.get("responses").get("400").toString()).contains("#/components/schemas/Error");
        JsonNode putPeople = api.get("paths").get("/api/people").get("put");
        assertThat(putPeople.get("responses").has("428")).isTrue();
        assertThat(putPeople.get("responses").has("412")).isTrue();
        assertThat(putPeople.get("parameters").toString()).contains("If-Match");
        assertThat(putPeople.get("requestBody").get("content").has("text/csv")).isTrue();
        JsonNode putCover = api.get("paths").get("/api/years/{year}/quarters/{quarter}/report/cover").get("put");
        assertThat(putCover.get("requestBody").get("content").has("text/csv"))
                .as("the cover takes JSON, not a file").isFalse();
        assertThat(api.get("components").get("schemas").get("Error").get("properties").has("errors")).isTrue();
        assertThat(new Api(url(""), "dir.housing", "demo").get("/v3/api-docs").getStatusCode().value())
                .isEqualTo(403);
    }

    private void assertMessage(ResponseEntity<String> response, int status, String words) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getBody()).contains(words);
    }

    private JsonNode body(ResponseEntity<String> response) {
        try {
            return json.readTree(response.getBody());
        } catch (IOException e) {
            throw new AssertionError(response.getBody(), e);
        }
    }
}
