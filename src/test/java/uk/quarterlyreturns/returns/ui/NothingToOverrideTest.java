package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.quarterlyreturns.returns.ui.ReturnWorkbookTest.cell;
import static uk.quarterlyreturns.returns.ui.ReturnWorkbookTest.sheet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.framework.MeasureEntry;
import uk.quarterlyreturns.framework.MeasureStatus;
import uk.quarterlyreturns.framework.QuarterValue;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.RagOverride;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.framework.ui.RagBadge;
import uk.quarterlyreturns.returns.ReturnEditing;
import uk.quarterlyreturns.returns.ReturnSheets;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * A director overrides the RAG the rule computed. HF-4 (fixtures/framework-no-rag.csv) has no target and no RAG
 * scheme, and HF-3 is not due in Q2: neither has a computed RAG, so neither takes an override, and one kept on HF-4
 * from before (saved when it still had a target) is shown nowhere. The read-only form names who overrode a RAG only
 * beside a badge the override applies to.
 */
class NothingToOverrideTest extends ViewTest {

    private static final AtomicInteger YEAR = new AtomicInteger(2956);
    private static final String KEPT = "Kept from when it had a target";

    @Autowired ApplicationContext context;
    @Autowired ReturnEditing editing;
    @Autowired ReturnSheets sheets;
    @Autowired ValueRepository values;

    private ReturnScenario open() throws Exception {
        return ReturnScenario.open(context, YEAR.getAndIncrement(), "fixtures/framework-no-rag.csv",
                "fixtures/actions-form.csv", Map.of("HF-1", "70", "HF-2", "50"));
    }

    @Test
    void savingAnOverrideWhereNoRagIsComputedIsRefusedInWords() throws Exception {
        ReturnScenario scenario = open();
        long id = scenario.housing.id();
        long volunteers = volunteersAt40(scenario);
        assertThatThrownBy(() -> editing.saveOverride(id, volunteers, version(volunteers), Rag.GREEN,
                "Volunteers did more than counted", "dir.housing")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("HF-4 is reported without a RAG, so there is no computed RAG to override");
        assertThatThrownBy(() -> editing.saveOverride(id, scenario.measureId("HF-3"), null, Rag.GREEN,
                "On course for the year", "dir.housing")).hasMessage(
                "HF-3 is not due in Q2, so there is no computed RAG to override");
        assertThat(values.find(volunteers, 2).orElseThrow().override()).isNull();
        // clearing one kept from before is still allowed
        editing.saveOverride(id, volunteers, version(volunteers), null, null, "dir.housing");
    }

    @Test
    void anOverrideKeptOnAMeasureWithoutARagIsShownNowhereAndTheFormSaysWhyNoneIsOffered() throws Exception {
        ReturnScenario scenario = open();
        long id = scenario.housing.id();
        long volunteers = keptOverride(scenario);
        MeasureStatus status = sheets.load(id).measures().stream().filter(m -> m.measure().id() == volunteers)
                .findFirst().orElseThrow();
        assertThat(status.rag()).isEqualTo(Rag.NONE);
        assertThat(status.overrideInEffect()).isNull();

        List<List<String>> workbook = sheet(ReturnWorkbook.xlsx(sheets.load(id)), 0);
        assertThat(cell(workbook, "HF-4", "rag")).isEqualTo("No RAG");
        assertThat(cell(workbook, "HF-4", "rag_override")).isEmpty();
        assertThat(cell(workbook, "HF-4", "override_justification")).isEmpty();

        JsonNode measures = new ObjectMapper().readTree(new Api(url(""), "perf", "demo")
                .get("/api/years/" + scenario.year + "/quarters/2/measures").getBody());
        JsonNode hf4 = StreamSupport.stream(measures.spliterator(), false)
                .filter(m -> m.get("code").asText().equals("HF-4")).findFirst().orElseThrow();
        assertThat(hf4.get("rag").asText()).isEqualTo("NONE");
        assertThat(hf4.get("ragOverride").isNull()).isTrue();

        signIn("dir.housing");
        open(ReturnView.path(id));
        MeasureEditor editor = _find(MeasureEditor.class).stream().filter(e -> e.measure().code().equals("HF-4"))
                .findFirst().orElseThrow();
        OverrideFields control = _get(editor, OverrideFields.class);
        assertThat(control.isEnabled()).isFalse();
        assertThat(control.getSummaryText())
                .isEqualTo("No override of HF-4's RAG: HF-4 is reported without a RAG, so there is no computed RAG"
                        + " to override");
        assertThat(_get(editor, RagBadge.class).getText()).isEqualTo("No RAG");
        assertThat(_find(editor, Span.class).stream().map(Span::getText)).as("no note beside the badge")
                .noneMatch(t -> t.contains("overridden") || t.contains("the override applies"));
    }

    @Test
    void theReadOnlyFormNamesWhoOverrodeOnlyWhileTheOverrideIsInEffect() throws Exception {
        ReturnScenario scenario = open();
        long id = scenario.housing.id();
        long repairs = scenario.measureId("HF-1");
        int version = ReturnWorkbookTest.repairsRedOverriddenAmber(editing, id, repairs);
        keptOverride(scenario);
        signIn("sd.economy");
        open(ReturnView.path(id));
        assertThat(overriddenBy("HF-1")).singleElement().asString()
                .contains("RAG overridden by").endsWith(": The contractor is back next month");
        assertThat(overriddenBy("HF-4")).as("HF-4 has no RAG to override").isEmpty();

        // The figure withdrawn as not available: the badge shows no overridden RAG, so nothing says it is overridden.
        editing.saveMeasure(id, repairs, version, new MeasureEntry(null, null, null, null,
                "The repairs system is being replaced", null), "dir.housing");
        open(ReturnView.path(id));
        assertThat(overriddenBy("HF-1")).isEmpty();
    }

    private static List<String> overriddenBy(String code) {
        MeasureEditor editor = _find(MeasureEditor.class).stream().filter(e -> e.measure().code().equals(code))
                .findFirst().orElseThrow();
        return _find(editor, Paragraph.class).stream().map(p -> p.getElement().getTextRecursively())
                .filter(t -> t.contains("overridden")).toList();
    }

    private static long volunteersAt40(ReturnScenario scenario) {
        scenario.enter("HF-4", 2, "40");
        return scenario.measureId("HF-4");
    }

    /** HF-4 at 40 with an override kept from when it had a target (saved past the form's refusal). */
    private long keptOverride(ReturnScenario scenario) {
        long volunteers = volunteersAt40(scenario);
        values.saveOverride(volunteers, 2, version(volunteers),
                new RagOverride(Rag.GREEN, "dir.housing", Instant.now(), KEPT), "dir.housing");
        return volunteers;
    }

    private int version(long measureId) {
        return values.find(measureId, 2).map(QuarterValue::version).orElseThrow();
    }
}
