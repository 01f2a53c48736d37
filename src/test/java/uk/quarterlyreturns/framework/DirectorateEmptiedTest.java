package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * A restructure file merges Daycare into Carers, in the new Adult Social Care: Daycare keeps its placement in
 * Adults, empty (a return already issued to it refers to it), but Adults is no longer a directorate of the year. The
 * import's note names its strategic director, and "Adults continues as Adult Social Care" is accepted, as the note
 * asks.
 */
class DirectorateEmptiedTest extends ApplicationTest {

    private static final String HEADER = "code,title,directorate,service,theme,unit,polarity,frequency,aggregation,"
            + "target,floor,tolerance_pct,rag_scheme\n";
    private static final String ROW = "%s,Carers assessed,%s,%s,Caring,count,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,50,,"
            + "10,TOLERANCE\n";

    @Autowired JdbcClient jdbc;
    @Autowired YearRepository years;
    @Autowired YearStructure structure;
    @Autowired DirectorateContinuations continuations;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aDirectorateLeftWithOnlyEmptiedServicesContinuesAsTheOneTheyMergedInto() {
        Api perf = new Api(url(""), "perf", "demo");
        ok(perf.putCsv("/api/years/7351-52/framework", HEADER + ROW.formatted("XA-1", "Adults 7351", "Carers 7351")
                + ROW.formatted("XA-2", "Adults 7351", "Daycare 7351")));
        jdbc.sql("""
                insert into app_user (username, display_name, password_hash, directorate_id)
                select 'sd7351', 'Ida Mergewell', 'x', id from directorate where name = 'Adults 7351'""").update();
        jdbc.sql("insert into user_role (username, role) values ('sd7351', 'STRATEGIC_DIRECTOR')").update();

        JsonNode merged = ok(perf.putCsv("/api/years/7351-52/framework", HEADER
                + ROW.formatted("XA-1", "Adult Social Care 7351", "Carers 7351")
                + ROW.formatted("XA-2", "Adult Social Care 7351", "Carers 7351")));
        ReportingYear year = years.find("7351-52").orElseThrow();
        assertThat(structure.services(year.id())).as("Daycare stays placed, with nothing")
                .extracting(s -> s.name() + " in " + s.directorate() + ": " + s.measures() + "+" + s.keyActions())
                .containsExactlyInAnyOrder("Carers 7351 in Adult Social Care 7351: 2+0",
                        "Daycare 7351 in Adults 7351: 0+0");
        assertThat(merged.get("notes").toString()).contains("With no strategic director in 7351/52: Adult Social Care"
                + " 7351", "Ida Mergewell (Adults 7351)");
        assertThat(continuations.directorates(year)).containsExactly("Adult Social Care 7351");

        JsonNode recorded = ok(perf.postJson("/api/years/7351-52/directorates/continuations",
                "{\"directorate\":\"Adults 7351\",\"continuesAs\":\"Adult Social Care 7351\"}"));
        assertThat(recorded.get("strategicDirectors").toString()).isEqualTo("[\"Ida Mergewell\"]");
        assertThat(recorded.get("movesOn").asText()).isEqualTo("7351-04-01");
    }

    private JsonNode ok(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        try {
            return json.readTree(response.getBody());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
