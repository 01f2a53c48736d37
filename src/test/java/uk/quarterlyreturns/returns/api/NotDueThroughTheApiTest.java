package uk.quarterlyreturns.returns.api;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;
import uk.quarterlyreturns.framework.MeasureEntry;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.returns.ReturnEditing;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnTrail;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * The API refuses a measure not due this quarter (HF-3, annual, reported in Q4) as the return's form does, in the same
 * words: neither the values feed nor the provisional mark gives it anything, and the save the form calls takes no
 * figure, override or clearing of one for it. Nothing is recorded and the return is not started. Year 5932.
 */
class NotDueThroughTheApiTest extends ApplicationTest {

    private static final String NOT_DUE = "HF-3 is not due in Q2: it is an annual measure, reported in Q4 only";

    @Autowired ApplicationContext context;
    @Autowired ValueRepository values;
    @Autowired ReturnTrail trail;
    @Autowired ReturnEditing editing;

    @Test
    void theApiAndTheFormsSaveRefuseTheMeasureAlikeAndRecordNothing() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 5932);
        long returnId = scenario.housing.id();
        long homes = scenario.measureId("HF-3");
        String quarter = "/api/years/" + scenario.year + "/quarters/2";

        ResponseEntity<String> fed = new Api(url(""), "perf", "demo").putCsv(quarter + "/values", "code,value\nHF-3,12\n");
        assertThat(fed.getStatusCode().value()).isEqualTo(400);
        assertThat(fed.getBody()).contains(NOT_DUE);
        for (String mark : new String[] {"{\"provisional\": true}", "{\"provisional\": false}"}) {
            ResponseEntity<String> marked = new Api(url(""), "data.housing", "demo").put(quarter
                    + "/measures/HF-3/provisional", "application/json", mark.getBytes(UTF_8));
            assertThat(marked.getStatusCode().value()).as(mark).isEqualTo(400);
            assertThat(marked.getBody()).contains(NOT_DUE);
        }

        assertThatThrownBy(() -> editing.saveMeasure(returnId, homes, null, new MeasureEntry(null, null, null, null,
                "Counted at year end", null), "data.housing")).hasMessage(NOT_DUE);
        assertThatThrownBy(() -> editing.saveOverride(returnId, homes, null, Rag.GREEN, "Counted at year end",
                "dir.housing")).hasMessage("HF-3 is not due in Q2, so there is no computed RAG to override");
        assertThatThrownBy(() -> editing.saveOverride(returnId, homes, null, null, null, "dir.housing"))
                .hasMessage(NOT_DUE);

        assertThat(values.find(homes, 2)).isEmpty();
        assertThat(trail.history(returnId)).noneMatch(e -> "HF-3".equals(e.item()));
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.NOT_STARTED);
    }
}
