package uk.quarterlyreturns.framework.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * A file with its header row and nothing under it is almost always the wrong file, or an export cut short: every
 * import refuses it with a 400 saying so, and nothing changes. It was a 200 importing 0 rows, which a script read as
 * success.
 */
class FileWithNoRowsTest extends ApplicationTest {

    private static final String FRAMEWORK = "code,title,directorate,service,theme,unit,polarity,frequency,aggregation,"
            + "target,floor,tolerance_pct,rag_scheme\n";
    private static final String NO_ROWS = "The file has no rows, only a header row: nothing was imported";

    @Autowired YearRepository years;

    @Test
    void eachImportRefusesAFileWithOnlyItsHeaderRow() throws Exception {
        Api perf = new Api(url(""), "perf", "demo");
        assertThat(refusal(perf.putCsv("/api/years/4264-65/framework", FRAMEWORK))).isEqualTo(NO_ROWS);
        assertThat(years.find("4264-65")).as("no year made of it").isEmpty();

        assertThat(perf.putCsv("/api/years/4265-66/framework", FRAMEWORK + "NR-1,Visits,Economy and Infrastructure,"
                + "Rows 4265,Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,20,,,NONE\n").getStatusCode().value())
                .isEqualTo(200);
        assertThat(refusal(perf.putCsv("/api/years/4265-66/framework", FRAMEWORK))).isEqualTo(NO_ROWS);
        assertThat(refusal(perf.putCsv("/api/years/4265-66/actions", "code,title,directorate,service,theme\n\n")))
                .as("a blank line is no row").isEqualTo(NO_ROWS);
        assertThat(refusal(perf.putCsv("/api/years/4265-66/history", "code,year,value\n"))).isEqualTo(NO_ROWS);
        assertThat(refusal(perf.putCsv("/api/years/4265-66/quarters/1/values", "code,value\n"))).isEqualTo(NO_ROWS);
        assertThat(new ObjectMapper().readTree(perf.get("/api/years/4265-66/quarters/1/measures").getBody()))
                .as("the measure is still there, with no value").hasSize(1)
                .allSatisfy(m -> assertThat(m.get("value").isNull()).isTrue());

        Api admin = new Api(url(""), "admin", "demo");
        String people = new ObjectMapper().readTree(admin.get("/api/people").getBody()).toString();
        assertThat(refusal(admin.putCsvAfterReading("/api/people", "username,name,email,roles,service,directorate\n")))
                .isEqualTo(NO_ROWS);
        assertThat(new ObjectMapper().readTree(admin.get("/api/people").getBody()).toString()).isEqualTo(people);
    }

    private static String refusal(ResponseEntity<String> answer) throws Exception {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        JsonNode body = new ObjectMapper().readTree(answer.getBody());
        assertThat(body.get("errors").get(0).get("message").asText()).isEqualTo(body.get("message").asText());
        return body.get("message").asText();
    }
}
