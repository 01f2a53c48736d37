package uk.quarterlyreturns.compliance.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;
import uk.quarterlyreturns.compliance.ComplianceService;
import uk.quarterlyreturns.compliance.CycleCompliance;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * A strategic director reads over the API the compliance figures the screen shows them: their own directorate's,
 * never another's. Housing, the scenario's one service, sits in Economy and Infrastructure.
 */
class DirectorateComplianceApiTest extends ApplicationTest {

    private static final String ECONOMY = "Economy and Infrastructure";
    private static final String CHILDREN = "Children and Families";

    @Autowired ApplicationContext context;
    @Autowired ComplianceService compliance;
    @Autowired Organisation organisation;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aStrategicDirectorGetsTheirOwnDirectoratesFiguresAndNoOther() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 3592);
        scenario.completeAndSubmit();
        String path = "/api/years/" + scenario.year + "/quarters/2/compliance";
        Api economy = new Api(url(""), "sd.economy", "demo");

        JsonNode own = body(economy.get(path), 200);
        CycleCompliance screen = compliance.forCycle(scenario.cycle.id(),
                organisation.findDirectorate(ECONOMY).orElseThrow());
        assertThat(own.get("directorate").asText()).isEqualTo(ECONOMY);
        assertThat(own.get("due").asInt()).isEqualTo(screen.figures().due()).isEqualTo(1);
        assertThat(own.get("in").asInt()).isEqualTo(screen.figures().in()).isEqualTo(1);
        assertThat(own.get("inOnTime").asInt()).isEqualTo(screen.figures().onTime());
        assertThat(own.get("missing").asInt()).isEqualTo(screen.figures().missing());
        assertThat(own.get("returns").get(0).get("service").asText()).isEqualTo("Housing");
        assertThat(body(economy.get(path + "?directorate=" + ECONOMY), 200)).isEqualTo(own);

        ResponseEntity<String> other = economy.get(path + "?directorate=" + CHILDREN);
        assertThat(body(other, 403).get("message").asText()).contains("their own directorate only");
        assertThat(other.getBody()).doesNotContain("Housing");
        assertThat(body(economy.get(path + "?directorate=No such directorate"), 403).get("message").asText())
                .contains("their own directorate only");

        JsonNode children = body(new Api(url(""), "sd.children", "demo").get(path), 200);
        assertThat(children.get("directorate").asText()).isEqualTo(CHILDREN);
        assertThat(children.get("due").asInt()).isZero();
        assertThat(children.get("returns")).isEmpty();
    }

    @Test
    void thePerformanceTeamGetsTheWholeOrganisationOrTheDirectorateTheyName() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 3593);
        String path = "/api/years/" + scenario.year + "/quarters/2/compliance";
        Api perf = new Api(url(""), "perf", "demo");

        JsonNode whole = body(perf.get(path), 200);
        assertThat(whole.get("directorate").isNull()).isTrue();
        assertThat(whole.get("due").asInt()).isEqualTo(1);
        assertThat(body(perf.get(path + "?directorate=" + ECONOMY), 200).get("due").asInt()).isEqualTo(1);
        assertThat(body(perf.get(path + "?directorate=" + CHILDREN), 200).get("due").asInt()).isZero();
        assertThat(body(perf.get(path + "?directorate=No such directorate"), 404).get("message").asText())
                .contains("No such directorate");
        assertThat(new Api(url(""), "dir.housing", "demo").get(path).getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void eachServicesRowCarriesTheLastActivityTheScreenAndItsSpreadsheetShow() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4042);
        scenario.completeAndSubmit();
        JsonNode row = body(new Api(url(""), "perf", "demo").get("/api/years/" + scenario.year
                + "/quarters/2/compliance"), 200).get("returns").get(0);
        var screen = compliance.forCycle(scenario.cycle.id()).returns().get(0);
        assertThat(screen.lastActivity()).isNotNull();
        assertThat(row.path("lastActivity").asText()).isEqualTo(screen.lastActivity().toString());
    }

    private JsonNode body(ResponseEntity<String> response, int status) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        return json.readTree(response.getBody());
    }
}
