package uk.quarterlyreturns.returns;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;
import uk.quarterlyreturns.framework.FigureRevision;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ProvisionalFirstQuarter;

/** The API confirms or revises an earlier provisional figure as the form does: same people, same locks. */
class EarlierFigureApiTest extends ApplicationTest {

    private static final String REVISED = "{\"reported\": 82, \"decision\": \"REVISED\", \"figure\": 84,"
            + " \"reason\": \"Repairs logged late\"}";

    @Autowired ApplicationContext context;
    @Autowired EarlierFigures earlier;
    @Autowired ObjectMapper json;


    @Test
    void whoeverMayChangeTheReturnNowRevisesTheEarlierFigureAndNobodyElse() throws Exception {
        try (ProvisionalFirstQuarter scenario = ProvisionalFirstQuarter.accepted(context, 4753)) {

            for (String outsider : List.of("data.highways", "perf", "reader")) {
                ResponseEntity<String> answer = say(scenario, outsider, REVISED);
                assertThat(answer.getStatusCode().value()).as(outsider + ": " + answer.getBody()).isEqualTo(403);
            }
            for (String refused : List.of("{\"decision\": \"CONFIRMED\"}",
                    "{\"reported\": 82, \"decision\": \"MAYBE\"}",
                    "{\"reported\": 82, \"decision\": \"REVISED\", \"figure\": 84}", "{\"reported\": 82}", "")) {
                ResponseEntity<String> answer = say(scenario, "data.housing", refused);
                assertThat(answer.getStatusCode().value()).as(refused + ": " + answer.getBody()).isEqualTo(400);
            }
            assertThat(earlier.forReturn(scenario.q2.id())).singleElement().extracting(EarlierFigures.Offered::said)
                    .isNull();

            ResponseEntity<String> stale = say(scenario, "data.housing", REVISED.replace("82", "80"));
            assertThat(stale.getStatusCode().value()).as("read another figure: " + stale.getBody()).isEqualTo(409);

            ResponseEntity<String> revised = say(scenario, "data.housing", REVISED);
            assertThat(revised.getStatusCode().value()).as(revised.getBody()).isEqualTo(200);
            JsonNode body = json.readTree(revised.getBody());
            assertThat(body.get("words").asText()).isEqualTo("Q1 figure revised from 82% to 84%: Repairs logged late");
            assertThat(say(scenario, "data.housing", "{\"reported\": 82, \"decision\": \"CONFIRMED\"}")
                    .getStatusCode().value())
                    .as("changed again, as on the form").isEqualTo(200);
            assertThat(earlier.forReturn(scenario.q2.id())).singleElement().extracting(EarlierFigures.Offered::said)
                    .isEqualTo(new FigureRevision(1, new BigDecimal("82"), FigureRevision.Decision.CONFIRMED, null,
                            null));

            scenario.completeAndSubmit(scenario.q2, 2);
            ResponseEntity<String> locked = say(scenario, "data.housing", REVISED);
            assertThat(locked.getStatusCode().value()).as(locked.getBody()).isEqualTo(409);
            assertThat(say(scenario, "dir.housing", REVISED).getStatusCode().value()).as("its director, at sign-off")
                    .isEqualTo(200);
        }
    }

    private ResponseEntity<String> say(ProvisionalFirstQuarter scenario, String user, String body) {
        return new Api(url(""), user, "demo").put("/api/years/" + scenario.year + "/quarters/2/measures/HF-1"
                + "/earlier-figures/1", "application/json", body.getBytes(UTF_8));
    }
}
