package uk.quarterlyreturns.compliance.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.cycle.OpeningRefusals;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * A quarter the timer could not open has no compliance figures; the API says why to the performance team, as their
 * compliance screen does (when last tried, why, whether the automatic tries ended), and not to a strategic director,
 * whose screen does not say it either. Before, a script read only "No cycle has been opened".
 */
class OpeningRefusedApiTest extends ApplicationTest {

    private static final String REASON = "These services owe a Q2 return but have no service director, so nobody"
            + " could sign it off: Directorless 4210.";

    @Autowired FrameworkImport imports;
    @Autowired YearRepository years;
    @Autowired OpeningRefusals refusals;
    @Autowired JdbcClient jdbc;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void thePerformanceTeamIsToldWhyTheQuarterDidNotOpenAndAStrategicDirectorIsNot() throws Exception {
        imports.importMeasures("4210-11", TabularFile.read(("code,title,directorate,service,theme,unit,polarity,"
                + "frequency,aggregation,target,floor,tolerance_pct,rag_scheme\nNS-1,Visits,Economy and Infrastructure,"
                + "Directorless 4210,Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,20,,,NONE\n")
                .getBytes(StandardCharsets.UTF_8), "f.csv"));
        ReportingYear year = years.find("4210-11").orElseThrow();
        Instant tried = Instant.parse("4210-10-03T06:05:00Z");
        String path = "/api/years/4210-11/quarters/2/compliance";
        Api perf = new Api(url(""), "perf", "demo");
        try {
            refusals.refused(year, 2, REASON, tried);

            JsonNode told = body(perf.get(path));
            assertThat(told.get("message").asText()).startsWith("The Quarter 2 (July to September) 4210/11 cycle could"
                    + " not open automatically, so no returns have been issued for it. Last tried 3 Oct 4210 07:05: "
                    + REASON).endsWith("or open it yourself with \"Open a cycle…\".");
            assertThat(told.get("errors").get(0).get("message").asText()).isEqualTo(told.get("message").asText());
            JsonNode refused = told.get("openingRefused");
            assertThat(refused.get("reason").asText()).isEqualTo(REASON);
            assertThat(Instant.parse(refused.get("lastTriedAt").asText())).isEqualTo(tried);
            assertThat(refused.get("automaticTriesEnded").asBoolean()).isFalse();
            assertThat(refused.get("stoppedTryingAt").isNull()).isTrue();

            for (String other : new String[] {"sd.economy", "admin"}) {
                ResponseEntity<String> answer = new Api(url(""), other, "demo").get(path);
                assertThat(body(answer).get("message").asText())
                        .isEqualTo("No cycle has been opened for Quarter 2 (July to September) 4210/11");
                assertThat(answer.getBody()).as(other).doesNotContain("openingRefused", "Directorless");
            }
            ResponseEntity<String> empty = perf.get(path + "?directorate=");
            assertThat(empty.getStatusCode().value()).isEqualTo(400);
            assertThat(json.readTree(empty.getBody()).get("message").asText()).isEqualTo("directorate is empty: name"
                    + " one, such as Children and Families, or leave it out for the whole organisation");
            assertThat(body(perf.get("/api/years/4210-11/quarters/3/compliance")).has("openingRefused"))
                    .as("a quarter the timer did not refuse").isFalse();

            Instant stopped = Instant.parse("4210-10-11T05:05:00Z");
            refusals.stopTrying(year, 2, stopped);
            refused = body(perf.get(path)).get("openingRefused");
            assertThat(refused.get("automaticTriesEnded").asBoolean()).isTrue();
            assertThat(Instant.parse(refused.get("stoppedTryingAt").asText())).isEqualTo(stopped);
            assertThat(body(perf.get(path)).get("message").asText())
                    .contains("Its week of automatic tries ended on 11 Oct 4210 06:05");

            assertThat(json.readTree(perf.get("/v3/api-docs").getBody())
                    .at("/paths/~1api~1years~1{year}~1quarters~1{quarter}~1compliance/get/responses/404/description")
                    .asText()).contains("openingRefused", "lastTriedAt", "automaticTriesEnded");
        } finally {
            // never opened here: the notice would stand on every other test's compliance screen
            jdbc.sql("delete from automatic_opening_refusal where year_id = :y").param("y", year.id()).update();
        }
    }

    private JsonNode body(ResponseEntity<String> answer) throws Exception {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(404);
        return json.readTree(answer.getBody());
    }
}
