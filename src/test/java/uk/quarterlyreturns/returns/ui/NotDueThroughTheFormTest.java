package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.returns.ReturnSheets;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnTrail;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * A measure not due this quarter (HF-3, annual, reported in Q4) through the return form's own save: the rest of the
 * form saved and submitted leaves it Not due with nothing recorded for it; and a form left open while it stopped being
 * due (its framework changed to report it in Q4) saves no figure, override or words for it, saying why. Years
 * 5930-5931.
 */
class NotDueThroughTheFormTest extends ViewTest {

    private static final String NOT_DUE = "HF-3 is not due in Q2: it is an annual measure, reported in Q4 only";

    @Autowired ApplicationContext context;
    @Autowired ValueRepository values;
    @Autowired ReturnTrail trail;
    @Autowired ReturnSheets sheets;
    @Autowired FrameworkImport frameworks;

    @Test
    void theRestOfTheFormSavedAndSubmittedLeavesTheMeasureNotDueWithNothingRecordedForIt() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 5930);
        long returnId = scenario.housing.id();
        signIn("data.housing");
        open(ReturnView.path(returnId));
        assertThat(_find(HousingForm.editor("HF-3"), TextField.class)).as("no field for it").isEmpty();
        HousingForm.typeFigures();

        _click(_get(Button.class, s -> s.withText("Submit return")));
        assertThat(_get(Dialog.class).getElement().getTextRecursively()).contains("Measures due: 2; 2 with a value");
        _click(_get(Button.class, s -> s.withText("Confirm submission")));
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SUBMITTED);

        assertThat(values.find(scenario.measureId("HF-1"), 2)).isPresent();
        nothingRecordedFor(scenario);
        open(ReturnView.path(returnId));
        assertThat(HousingForm.editor("HF-3").getElement().getTextRecursively())
                .contains("Not due this quarter: no value is expected.");
    }

    @Test
    void aFormLeftOpenWhileTheMeasureStoppedBeingDueSavesNothingForItAndSaysWhy() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 5931);
        long returnId = scenario.housing.id();
        frameworks.importMeasures(scenario.year, framework("2")); // reported in Q2, this cycle's quarter
        signIn("dir.housing");
        open(ReturnView.path(returnId));
        MeasureEditor homes = HousingForm.editor("HF-3");
        TextField figure = _get(homes, TextField.class);
        frameworks.importMeasures(scenario.year, framework("4")); // back to Q4, the form still open

        _setValue(figure, "1800");
        assertThat(saveStatus(homes)).isEqualTo("Not saved: " + NOT_DUE);
        @SuppressWarnings("unchecked")
        Select<Rag> override = _get(homes, Select.class, s -> s.withLabel("RAG to report instead"));
        _setValue(override, Rag.GREEN);
        _setValue(_get(homes, TextArea.class, s -> s.withLabel("Justification for the override")),
                "Completions are counted at year end");
        assertThat(saveStatus(homes)).startsWith("Not saved: ");
        // The choice taken back: nothing is kept to clear, and clearing it once left an empty row behind.
        _setValue(override, null);
        assertThat(saveStatus(homes)).isEqualTo("Not saved: " + NOT_DUE);
        nothingRecordedFor(scenario);
        assertThat(scenario.reload().status()).as("nothing saved, so not started").isEqualTo(ReturnStatus.NOT_STARTED);

        open(ReturnView.path(returnId));
        assertThat(_find(HousingForm.editor("HF-3"), TextField.class)).isEmpty();
        assertThat(sheets.load(returnId).measures().stream().filter(m -> m.measure().code().equals("HF-3"))
                .findFirst().orElseThrow().ragComputed()).isEqualTo(Rag.NOT_DUE);
    }

    private void nothingRecordedFor(ReturnScenario scenario) {
        assertThat(values.find(scenario.measureId("HF-3"), 2)).as("no row for HF-3 in Q2").isEmpty();
        assertThat(trail.history(scenario.housing.id())).as("nothing in the history names HF-3")
                .noneMatch(e -> "HF-3".equals(e.item()));
    }

    private static String saveStatus(MeasureEditor editor) {
        return _get(editor, Span.class, s -> s.withClasses("save-status")).getText();
    }

    /** The form's framework with HF-3 reported in the quarter given. */
    private static TabularFile framework(String hf3DueQuarter) throws Exception {
        String csv = new ClassPathResource("fixtures/framework-form.csv").getContentAsString(StandardCharsets.UTF_8)
                .replace("FIVE_POINT,4", "FIVE_POINT," + hf3DueQuarter);
        return TabularFile.read(csv.getBytes(StandardCharsets.UTF_8), "framework-form.csv");
    }
}
