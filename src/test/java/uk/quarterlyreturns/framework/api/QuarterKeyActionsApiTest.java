package uk.quarterlyreturns.framework.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.framework.ActionEntry;
import uk.quarterlyreturns.framework.KeyActionRepository;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * GET .../quarters/{quarter}/actions gives each key action's status, commentary, reasons and actions planned as
 * entered, and whether its service's return is in, as GET .../measures does for measures, to the same roles. Year 7633.
 */
class QuarterKeyActionsApiTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired KeyActionRepository actions;
    @Autowired ReturnWorkflow workflow;
    @Autowired ObjectMapper json;

    @Test
    void eachKeyActionsStatusAndWordsAndWhetherItsReturnIsIn() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 7633);
        String path = "/api/years/" + scenario.year + "/quarters/2/actions";
        Api perf = new Api(url(""), "perf", "demo");

        JsonNode before = only(perf, path);
        assertThat(before.get("code").asText()).isEqualTo("HKA-1");
        assertThat(before.get("service").asText()).isEqualTo("Housing");
        assertThat(before.get("status").isNull()).as("nothing given, the deadline still to come").isTrue();
        assertThat(before.get("returnNotIn").asBoolean()).isTrue();

        actions.saveStatus(scenario.actionId("HKA-1"), 2, new ActionEntry(Rag.AMBER, "Eight homes back in use",
                "Two contractors withdrew", "A new framework tender"), "data.housing");
        JsonNode entered = only(perf, path);
        assertThat(entered.get("status").asText()).isEqualTo("AMBER");
        assertThat(entered.get("commentary").asText()).isEqualTo("Eight homes back in use");
        assertThat(entered.get("reasons").asText()).isEqualTo("Two contractors withdrew");
        assertThat(entered.get("actionsPlanned").asText()).isEqualTo("A new framework tender");
        assertThat(entered.get("returnNotIn").asBoolean()).as("typed in, not submitted").isTrue();

        scenario.completeAndSubmit();
        JsonNode in = only(perf, path);
        assertThat(in.get("status").asText()).isEqualTo("GREEN");
        assertThat(in.get("returnNotIn").asBoolean()).isFalse();

        assertThat(new Api(url(""), "reader", "demo").get(path).getStatusCode().value()).isEqualTo(403);
        assertThat(new Api(url(""), "dir.housing", "demo").get(path).getStatusCode().value()).isEqualTo(403);
        assertThat(perf.get("/api/years/" + scenario.year + "/quarters/5/actions").getStatusCode().value())
                .isEqualTo(400);
    }

    private JsonNode only(Api api, String path) throws Exception {
        JsonNode list = json.readTree(api.get(path).getBody());
        assertThat(list).hasSize(1);
        return list.get(0);
    }
}
