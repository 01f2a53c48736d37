package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.framework.ActionEntry;
import uk.quarterlyreturns.framework.KeyActionRepository;
import uk.quarterlyreturns.framework.MeasureEntry;
import uk.quarterlyreturns.framework.QuarterValue;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.returns.Highlight;
import uk.quarterlyreturns.returns.HighlightReports;
import uk.quarterlyreturns.returns.ReturnEditing;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * A save refused because the director saved the item after the data officer's page read it: the notice says what
 * the director changed; "Save mine over theirs" saves only the fields the officer changed, the director's other
 * changes kept; "Discard mine and show theirs" asks first.
 */
class SavedOverTheirsTest extends ViewTest {

    /** The director's correction of HF-1's figure, the words left as they were. */
    private static final MeasureEntry SEVENTY_FOUR = new MeasureEntry(new BigDecimal("74"), "Two surveyors off sick",
            "Agency cover from May", null, null, null);

    @Autowired
    ApplicationContext context;
    @Autowired
    ValueRepository values;
    @Autowired
    ReturnEditing editing;
    @Autowired
    KeyActionRepository keyActions;
    @Autowired
    HighlightReports highlights;

    @Test
    void theOfficersReasonsGoOverTheDirectorsFigureWithoutTakingItBack() throws Exception {
        long hf1 = openThenSavedElsewhere(6121, "data.housing", "dir.housing", SEVENTY_FOUR);
        MeasureEditor editor = HousingForm.editor("HF-1");

        _setValue(_get(editor, TextArea.class, s -> s.withLabel("Reasons for performance")),
                "Two surveyors off sick; one back in June");

        ConflictNotice conflict = _get(editor, ConflictNotice.class);
        assertThat(conflict.getElement().getTextRecursively()).contains("Imran Hussain saved this item",
                "What they changed: the figure (now 74%).");
        _click(_get(conflict, Button.class, s -> s.withText("Save mine over theirs")));

        QuarterValue saved = values.find(hf1, 2).orElseThrow();
        assertThat(saved.value()).as("the director's figure stays").isEqualByComparingTo("74");
        assertThat(saved.reasons()).isEqualTo("Two surveyors off sick; one back in June");
        assertThat(saved.actionsPlanned()).isEqualTo("Agency cover from May");
        assertThat(_get(editor, TextField.class).getValue()).isEqualTo("74");
        assertThat(conflict.isVisible()).isFalse();
    }

    @Test
    void theDirectorsOverrideGoesOverTheOfficersNewReasons() throws Exception {
        long hf1 = openThenSavedElsewhere(6127, "dir.housing", "data.housing", new MeasureEntry(
                new BigDecimal("70"), "Surveyors back; backlog clearing", "Agency cover from May", null, null, null));
        MeasureEditor editor = HousingForm.editor("HF-1");

        @SuppressWarnings("unchecked")
        Select<Rag> override = _get(editor, Select.class, s -> s.withLabel("RAG to report instead"));
        _setValue(override, Rag.AMBER);
        _setValue(_get(editor, TextArea.class, s -> s.withLabel("Justification for the override")),
                "The backlog is clearing faster than the figure shows");
        ConflictNotice conflict = _get(editor, ConflictNotice.class);
        assertThat(conflict.getElement().getTextRecursively())
                .contains("the reasons for performance (now \u201cSurveyors back; backlog clearing\u201d)");
        _click(_get(conflict, Button.class, s -> s.withText("Save mine over theirs")));

        QuarterValue saved = values.find(hf1, 2).orElseThrow();
        assertThat(saved.override().rag()).isEqualTo(Rag.AMBER);
        assertThat(saved.reasons()).as("the officer's reasons stay").isEqualTo("Surveyors back; backlog clearing");
        assertThat(_get(editor, TextArea.class, s -> s.withLabel("Reasons for performance")).getValue())
                .isEqualTo("Surveyors back; backlog clearing");
    }

    @Test
    void discardingMineAsksFirst() throws Exception {
        openThenSavedElsewhere(6122, "data.housing", "dir.housing", SEVENTY_FOUR);
        MeasureEditor editor = HousingForm.editor("HF-1");
        TextArea reasons = _get(editor, TextArea.class, s -> s.withLabel("Reasons for performance"));
        _setValue(reasons, "Two surveyors off sick; one back in June");

        ConflictNotice conflict = _get(editor, ConflictNotice.class);
        _click(_get(conflict, Button.class, s -> s.withText("Discard mine and show theirs")));

        ConfirmDialog question = _get(ConfirmDialog.class);
        assertThat(question.getElement().getProperty("header")).isEqualTo("Discard your changes?");
        assertThat(reasons.getValue()).as("nothing dropped before the answer")
                .isEqualTo("Two surveyors off sick; one back in June");
        ConfirmDialogKt._fireConfirm(question);
        assertThat(reasons.getValue()).isEqualTo("Two surveyors off sick");
        assertThat(_get(editor, TextField.class).getValue()).isEqualTo("74");
        assertThat(conflict.isVisible()).isFalse();
    }

    @Test
    void aKeyActionsCommentaryGoesOverTheDirectorsStatus() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 6123);
        long action = scenario.actionId("HKA-1");
        editing.saveKeyAction(scenario.housing.id(), action, null,
                new ActionEntry(Rag.GREEN, "On plan", null, null), "data.housing");
        signIn("data.housing");
        open(ReturnView.path(scenario.housing.id()));
        KeyActionEditor editor = _get(KeyActionEditor.class);
        editing.saveKeyAction(scenario.housing.id(), action, keyActions.findStatus(action, 2).orElseThrow().version(),
                new ActionEntry(Rag.AMBER, "On plan", "Two sites delayed", "Contractor added"), "dir.housing");

        _setValue(_get(editor, TextArea.class, s -> s.withLabel("Commentary")), "Twelve homes back in use");
        assertThat(_get(editor, ConflictNotice.class).getElement().getTextRecursively()).contains(
                "the status (now Amber)", "the reasons for performance (now \u201cTwo sites delayed\u201d)");
        _click(_get(editor, Button.class, s -> s.withText("Save mine over theirs")));

        assertThat(keyActions.findStatus(action, 2).orElseThrow().words()).isEqualTo(new ActionEntry(Rag.AMBER,
                "Twelve homes back in use", "Two sites delayed", "Contractor added"));
        assertThat(_get(editor, Select.class).getValue()).isEqualTo(Rag.AMBER);
    }

    @Test
    void aHighlightReportsIssuesGoOverTheDirectorsNarrative() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 6124);
        long id = scenario.housing.id();
        scenario.withHighlightReport(() -> {
            highlights.save(id, "data.housing", null, new Highlight("Voids slowed.", null, "A steady quarter."));
            signIn("data.housing");
            open(ReturnView.path(id));
            HighlightEditor editor = _get(HighlightEditor.class);
            highlights.save(id, "dir.housing", highlights.stored(id).orElseThrow().version(),
                    new Highlight("Voids slowed.", null, "A better quarter than the last."));

            _setValue(_get(editor, TextArea.class, s -> s.withLabel("Current issues")), "Voids slowed in May.");
            assertThat(_get(editor, ConflictNotice.class).getElement().getTextRecursively())
                    .contains("the head of service's narrative (now \u201cA better quarter than the last.\u201d)");
            _click(_get(editor, Button.class, s -> s.withText("Save mine over theirs")));

            assertThat(highlights.find(id)).contains(new Highlight("Voids slowed in May.", null,
                    "A better quarter than the last."));
            assertThat(_find(editor, TextArea.class, s -> s.withLabel("Head of service's narrative")).get(0)
                    .getValue()).isEqualTo("A better quarter than the last.");
        });
    }

    /**
     * HF-1 at 70 this quarter (Red against 80) with its reasons and actions planned; the return's form opened by
     * {@code reader}; then {@code other} saves {@code theirs} from a page of their own. Returns HF-1's id.
     */
    private long openThenSavedElsewhere(int year, String reader, String other, MeasureEntry theirs) throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, year);
        long hf1 = scenario.measureId("HF-1");
        editing.saveMeasure(scenario.housing.id(), hf1, null, new MeasureEntry(new BigDecimal("70"),
                "Two surveyors off sick", "Agency cover from May", null, null, null), "data.housing");
        signIn(reader);
        open(ReturnView.path(scenario.housing.id()));
        editing.saveMeasure(scenario.housing.id(), hf1, values.find(hf1, 2).orElseThrow().version(), theirs, other);
        return hf1;
    }
}
