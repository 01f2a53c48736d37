package uk.quarterlyreturns.returns;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FigureImport;
import uk.quarterlyreturns.framework.MeasureEntry;
import uk.quarterlyreturns.framework.QuarterValue;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * A figure marked provisional: part of the return's content, in its trail, among the changes the quality check shows,
 * locked with the figures once submitted, and set through the API only by whoever may change the return now.
 */
class ProvisionalFigureMarkTest extends ApplicationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ReturnEditing editing;
    @Autowired
    ReturnWorkflow workflow;
    @Autowired
    QualityCheck qualityCheck;
    @Autowired
    FigureImport figures;
    @Autowired
    ValueRepository values;
    @Autowired
    ReturnTrail trail;
    @Autowired
    ObjectMapper json;

    @Test
    void theMarkIsSavedWithTheFigureInTheTrailAndGoesWithTheFigure() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4600);
        long hf1 = scenario.measureId("HF-1");

        save(scenario, hf1, new MeasureEntry(new BigDecimal("81"), null, null, null, null, null, true));
        assertThat(values.find(hf1, 2).orElseThrow().provisional()).isTrue();

        // the values feed has no column for it: the figure keeps its mark
        figures.importValues(scenario.year, 2, TabularFile.read("code,value\nHF-1,82\n".getBytes(UTF_8),
                "values.csv"), "perf");
        assertThat(values.find(hf1, 2).orElseThrow().provisional()).isTrue();

        // the form saves the cleared figure with the box it left ticked: the mark goes with the figure
        save(scenario, hf1, new MeasureEntry(null, null, null, null, null, null, true));
        assertThat(values.find(hf1, 2).orElseThrow().provisional()).isFalse();
        save(scenario, hf1, new MeasureEntry(null, null, null, null, "Not yet from the system", null, true));
        assertThat(values.find(hf1, 2).orElseThrow().provisional()).isFalse();

        assertThat(provisionalEntries(scenario)).containsExactly(tuple("data.housing", null, "Provisional"),
                tuple("data.housing", "Provisional", null));
    }

    @Test
    void lockedOnceSubmittedOnTheFormAndThroughTheApiAndOpenAgainWhenSentBack() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4601);
        long hf1 = scenario.measureId("HF-1");
        scenario.completeAndSubmit();
        scenario.awaitTask(ReturnProcess.TASK_SIGN_OFF);

        assertThatThrownBy(() -> editing.saveProvisional(scenario.housing.id(), hf1, true, "data.housing"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("can no longer be changed");
        ResponseEntity<String> api = mark(scenario, "data.housing", "{\"provisional\": true}");
        assertThat(api.getStatusCode().value()).as(api.getBody()).isEqualTo(409);
        assertThat(values.find(hf1, 2).orElseThrow().provisional()).isFalse();

        workflow.signOff(scenario.housing.id(), "dir.housing");
        scenario.awaitTask(ReturnProcess.TASK_QUALITY_CHECK);
        assertThat(mark(scenario, "dir.housing", "{\"provisional\": true}").getStatusCode().value()).isEqualTo(409);
        workflow.sendBackByPerformanceTeam(scenario.housing.id(), "perf", "HF-1: is 85 the final figure?");
        scenario.awaitTask(ReturnProcess.TASK_COMPLETE_RETURN);

        ResponseEntity<String> reopened = mark(scenario, "data.housing", "{\"provisional\": true}");
        assertThat(reopened.getStatusCode().value()).as(reopened.getBody()).isEqualTo(200);
        assertThat(json.readTree(reopened.getBody()).get("provisional").asBoolean()).isTrue();

        // the quality check sees it among the changes since the version it sent back
        workflow.submit(scenario.housing.id(), "data.housing");
        assertThat(qualityCheck.changes(scenario.housing.id()).changes())
                .contains(new ChangesSinceLastVersion.Change(ReturnEditing.PROVISIONAL, "HF-1", null, "Provisional"));
        assertThat(TrailWords.what(ReturnEditing.PROVISIONAL)).isEqualTo("Provisional figure");
    }

    @Test
    void theApiMarksAndReadsTheFigureBackAndTakesOnlyAJsonBoolean() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4602);
        long hf1 = scenario.measureId("HF-1");
        ResponseEntity<String> early = mark(scenario, "data.housing", "{\"provisional\": true}");
        assertThat(early.getStatusCode().value()).as("no figure yet").isEqualTo(400);
        assertThat(early.getBody()).contains("only a figure given can be marked provisional");
        assertThat(mark(scenario, "data.housing", "{\"provisional\": false}").getStatusCode().value()).isEqualTo(200);
        assertThat(values.find(hf1, 2)).as("nothing to unmark: no row made").isEmpty();
        assertThat(scenario.reload().status()).as("nor the return started").isEqualTo(ReturnStatus.NOT_STARTED);
        scenario.enter("HF-1", 2, "81");

        ResponseEntity<String> marked = mark(scenario, "data.housing", "{\"provisional\": true}");

        assertThat(marked.getStatusCode().value()).as(marked.getBody()).isEqualTo(200);
        assertThat(measure(scenario, "HF-1").get("provisional").asBoolean()).isTrue();
        assertThat(measure(scenario, "HF-2").get("provisional").asBoolean()).isFalse();
        assertThat(provisionalEntries(scenario)).containsExactly(tuple("data.housing", null, "Provisional"));
        for (String refused : List.of("{\"provisional\": \"false\"}", "{\"provisional\": 0}",
                "{\"provisional\": null}", "{}", "{\"provisional\": false, \"value\": 1}", "false", "")) {
            ResponseEntity<String> answer = mark(scenario, "data.housing", refused);
            assertThat(answer.getStatusCode().value()).as(refused + ": " + answer.getBody()).isEqualTo(400);
        }
        ResponseEntity<String> text = new Api(url(""), "data.housing", "demo").put("/api/years/" + scenario.year
                + "/quarters/2/measures/HF-1/provisional", "text/plain", "{\"provisional\": false}".getBytes(UTF_8));
        assertThat(text.getStatusCode().value()).as(text.getBody()).isEqualTo(415);
        assertThat(values.find(hf1, 2).orElseThrow().provisional()).isTrue();

        assertThat(mark(scenario, "dir.housing", "{\"provisional\": false}").getStatusCode().value()).isEqualTo(200);
        assertThat(measure(scenario, "HF-1").get("provisional").asBoolean()).isFalse();
    }

    @Test
    void nobodyWhoMayNotChangeTheReturnSetsTheMarkThroughTheApi() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4603);
        long hf1 = scenario.measureId("HF-1");
        scenario.enter("HF-1", 2, "81");

        for (String outsider : List.of("data.highways", "perf", "reader")) {
            ResponseEntity<String> answer = mark(scenario, outsider, "{\"provisional\": true}");
            assertThat(answer.getStatusCode().value()).as(outsider + ": " + answer.getBody()).isEqualTo(403);
        }

        assertThat(values.find(hf1, 2).orElseThrow().provisional()).isFalse();
        assertThat(provisionalEntries(scenario)).isEmpty();
    }

    private void save(ReturnScenario scenario, long measureId, MeasureEntry entry) {
        editing.saveMeasure(scenario.housing.id(), measureId, values.find(measureId, 2).map(QuarterValue::version)
                .orElse(null), entry, "data.housing");
    }

    private ResponseEntity<String> mark(ReturnScenario scenario, String user, String body) {
        return new Api(url(""), user, "demo").put("/api/years/" + scenario.year + "/quarters/2/measures/HF-1"
                + "/provisional", "application/json", body.getBytes(UTF_8));
    }

    private JsonNode measure(ReturnScenario scenario, String code) throws Exception {
        for (JsonNode m : json.readTree(new Api(url(""), "perf", "demo").get("/api/years/" + scenario.year
                + "/quarters/2/measures").getBody())) {
            if (m.get("code").asText().equals(code)) {
                return m;
            }
        }
        throw new AssertionError(code + " not in the API's measures");
    }

    private List<Tuple> provisionalEntries(ReturnScenario scenario) {
        return trail.forReturn(scenario.housing.id()).stream()
                .filter(e -> ReturnEditing.PROVISIONAL.equals(e.kind()))
                .map(e -> tuple(e.actor(), e.oldValue(), e.newValue())).toList();
    }
}
