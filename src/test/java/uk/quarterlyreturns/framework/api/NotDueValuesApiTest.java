package uk.quarterlyreturns.framework.api;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.quarterlyreturns.framework.api.FrameworkApiTest.fixture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * The values feed refuses a figure for a measure not due in the quarter (1.10 is annual, due in Q3), as a return's
 * upload does and in its words: all or nothing, naming every bad row, so no figure sits where its return says
 * Not due.
 */
class NotDueValuesApiTest extends ApplicationTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aFigureForAMeasureNotDueRefusesTheFileNamingEachRowAndNothingIsStored() throws Exception {
        String year = "/api/years/2941-42";
        Api perf = withFramework(year);

        ResponseEntity<String> refused = perf.putCsv(year + "/quarters/2/values",
                "code,value,numerator,denominator\n1.1,60,,\n1.10,400,,\n1.3,90,380,664\n");
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        JsonNode errors = json.readTree(refused.getBody()).get("errors");
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).get("row").asInt()).isEqualTo(3);
        assertThat(errors.get(0).get("column").asText()).isEqualTo("code");
        assertThat(errors.get(0).get("message").asText())
                .isEqualTo("1.10 is not due in Q2: it is an annual measure, reported in Q3 only");
        assertThat(errors.get(1).get("row").asInt()).isEqualTo(4);
        assertThat(errors.get(1).get("column").asText()).isEqualTo("value");
        assertThat(measure(perf, year, 2, "1.10").get("value").isNull()).as("nothing stored").isTrue();
        JsonNode homes = measure(perf, year, 2, "1.10");
        assertThat(homes.get("value").isNull()).isTrue();
        assertThat(homes.get("rag").asText()).isEqualTo("NOT_DUE");

        // In its due quarter the same figure goes in.
        assertThat(perf.putCsv(year + "/quarters/3/values", "code,value\n1.10,400\n").getStatusCode().value())
                .isEqualTo(200);
        assertThat(measure(perf, year, 3, "1.10").get("value").decimalValue()).isEqualByComparingTo("400");
    }

    /**
     * A row the file itself gets wrong and a row not due are named in the one refusal: the row not due was named only
     * once the first was put right and the file sent again.
     */
    @Test
    void aBadValueAndARowNotDueAreNamedTogether() throws Exception {
        String year = "/api/years/5984-85";
        Api perf = withFramework(year);

        ResponseEntity<String> refused = perf.putCsv(year + "/quarters/2/values", "code,value\n1.1,abc\n1.10,400\n");

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(refused.getBody()).get("errors"))
                .extracting(e -> "row " + e.get("row").asInt() + " " + e.get("column").asText() + ": "
                        + e.get("message").asText())
                .containsExactly("row 2 value: Not a number",
                        "row 3 code: 1.10 is not due in Q2: it is an annual measure, reported in Q3 only");
        assertThat(measure(perf, year, 2, "1.10").get("value").isNull()).as("nothing stored").isTrue();
    }

    /** The performance team's API, with the sample framework imported into the year. */
    private Api withFramework(String year) {
        Api perf = new Api(url(""), "perf", "demo");
        assertThat(perf.putCsv(year + "/framework", fixture("framework-sample.csv")).getStatusCode().value())
                .isEqualTo(200);
        return perf;
    }

    private JsonNode measure(Api perf, String year, int quarter, String code) throws Exception {
        ResponseEntity<String> response = perf.get(year + "/quarters/" + quarter + "/measures");
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        for (JsonNode measure : json.readTree(response.getBody())) {
            if (measure.get("code").asText().equals(code)) {
                return measure;
            }
        }
        throw new AssertionError("no measure " + code);
    }
}
