package uk.quarterlyreturns.returns.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.AcceptedReturn;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * The API says of a reopened return what its page says: the sign-off and acceptance it had were of an earlier
 * version, not of the version awaiting its correction. Year 3620-21 is this class's own.
 */
class ReturnsApiVersionsTest extends ApplicationTest {

    private static final String YEAR = "3620-21";

    @Autowired ApplicationContext context;
    @Autowired ReturnWorkflow workflow;
    @Autowired TaskService tasks;

    @Test
    void aReopenedReturnsEarlierStepsAreMarkedAsAnEarlierVersions() throws Exception {
        ServiceReturn housing = AcceptedReturn.housing(context, YEAR);
        JsonNode accepted = housing();
        assertThat(accepted.get("acceptedBy").asText()).isEqualTo("perf");

        workflow.reopen(housing.id(), "perf", "RH-1 counted jobs finished after the quarter end: recount them");

        JsonNode reopened = housing();
        assertThat(reopened.get("status").asText()).isEqualTo("REOPENED");
        for (String step : new String[] {"submittedAt", "submittedBy", "signedOffAt", "signedOffBy", "acceptedAt",
                "acceptedBy"}) {
            assertThat(reopened.get(step).isNull()).as(step + " of the version awaiting its correction").isTrue();
        }
        assertThat(accepted.get("version").asInt()).isEqualTo(1);
        assertThat(accepted.get("earlierVersion").isNull()).isTrue();
        assertThat(reopened.get("version").asInt()).as("the version being corrected").isEqualTo(2);
        JsonNode earlier = reopened.get("earlierVersion");
        assertThat(earlier.get("submittedBy").asText()).isEqualTo("data.housing");
        assertThat(earlier.get("signedOffBy").asText()).isEqualTo("dir.housing");
        assertThat(earlier.get("acceptedBy").asText()).isEqualTo("perf");
        assertThat(earlier.get("acceptedAt").asText()).isEqualTo(accepted.get("acceptedAt").asText());
        assertThat(reopened.get("firstSubmittedAt").asText()).as("it was in, for timeliness")
                .isEqualTo(accepted.get("firstSubmittedAt").asText());

        Await.until("the correction's step", ReturnScenario.WAIT, () -> tasks.createTaskQuery()
                .processVariableValueEquals(ReturnProcess.VAR_RETURN_ID, housing.id())
                .taskDefinitionKey(ReturnProcess.TASK_COMPLETE_RETURN).active().count() == 1);
        workflow.submit(housing.id(), "data.housing");

        JsonNode resubmitted = housing();
        assertThat(resubmitted.get("version").asInt()).isEqualTo(2);
        assertThat(resubmitted.get("submittedBy").asText()).isEqualTo("data.housing");
        assertThat(resubmitted.get("signedOffAt").isNull()).as("awaiting the new version's sign-off").isTrue();
        assertThat(resubmitted.get("earlierVersion").get("submittedAt").isNull()).isTrue();
        assertThat(resubmitted.get("earlierVersion").get("signedOffBy").asText()).isEqualTo("dir.housing");
    }

    private JsonNode housing() throws Exception {
        String body = new Api(url(""), "perf", "demo").get("/api/years/" + YEAR + "/quarters/2/returns").getBody();
        for (JsonNode r : new ObjectMapper().readTree(body)) {
            if (r.get("service").asText().equals("Housing")) {
                return r;
            }
        }
        throw new AssertionError("no Housing return in " + body);
    }
}
