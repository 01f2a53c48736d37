package uk.quarterlyreturns.framework.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.http.ResponseEntity;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * Year 2025-26, kept for hostile uploads: before each test, a framework of measures H-1 to H-4 and its
 * state, so that a refusal can be checked to have changed nothing.
 */
abstract class HostileUploads extends ApplicationTest {

    static final String YEAR = "/api/years/2025-26";
    static final List<String> HEADER = List.of("code", "title", "directorate", "service", "theme", "unit",
            "polarity", "frequency", "aggregation", "target", "floor", "tolerance_pct", "rag_scheme");

    protected final ObjectMapper json = new ObjectMapper();
    protected Api perf;
    private String frameworkBefore;
    private String measuresBefore;

    @BeforeEach
    void aSmallFrameworkAndItsState() {
        perf = new Api(url(""), "perf", "demo");
        ResponseEntity<String> imported = perf.putCsv(YEAR + "/framework",
                String.join(",", HEADER) + "\n" + csvRow("H-1") + csvRow("H-2") + csvRow("H-3") + csvRow("H-4"));
        assertThat(imported.getStatusCode().value()).as(imported.getBody()).isEqualTo(200);
        frameworkBefore = framework();
        measuresBefore = measures();
    }

    /** A good measure's cells, in {@link #HEADER} order. */
    static List<Object> measure(String code) {
        return List.of(code, "Hostile measure " + code, "Corporate Services", "Customer and Exchequer Services",
                "Ambitious", "COUNT", "HIGHER_IS_BETTER", "QUARTERLY", "SNAPSHOT", 10, "", "", "FIVE_POINT");
    }

    static String csvRow(String code) {
        return String.join(",", measure(code).stream().map(String::valueOf).toList()) + "\n";
    }

    /** A 400 with an error at this row (0: the whole file) and column, and the year unchanged. */
    void assertRefused(ResponseEntity<String> response, int row, String column, String message) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
        assertThat(response.getBody()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at uk.");
        JsonNode errors = read(response).get("errors");
        boolean named = false;
        for (JsonNode error : errors) {
            named |= error.path("row").asInt(0) == row
                    && (column == null ? error.path("column").isNull() : column.equals(error.path("column").asText()))
                    && error.path("message").asText().contains(message);
        }
        assertThat(named).as("an error at row " + row + ", " + column + ": " + message + " in " + errors).isTrue();
        assertThat(framework()).as("the framework afterwards").isEqualTo(frameworkBefore);
        assertThat(measures()).as("the quarter's values afterwards").isEqualTo(measuresBefore);
    }

    private String framework() {
        return perf.get(YEAR + "/framework").getBody();
    }

    private String measures() {
        return perf.get(YEAR + "/quarters/1/measures").getBody();
    }

    private JsonNode read(ResponseEntity<String> response) {
        try {
            return json.readTree(response.getBody());
        } catch (IOException e) {
            throw new AssertionError(response.getBody(), e);
        }
    }
}
