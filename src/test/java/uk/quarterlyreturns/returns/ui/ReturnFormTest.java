package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.framework.KeyActionRepository;
import uk.quarterlyreturns.framework.QuarterValue;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.framework.ui.RagBadge;
import uk.quarterlyreturns.returns.Highlight;
import uk.quarterlyreturns.returns.HighlightReports;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnTrail;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/** The return form without a browser: live RAG, narrative for Amber, autosave, and a stale save. */
class ReturnFormTest extends ViewTest {

    // Each test opens a Q2 cycle in a reporting year of its own, so that none sees another's return.
    private static final AtomicInteger YEAR = new AtomicInteger(2301);

    @Autowired
    ApplicationContext context;
    @Autowired
    ValueRepository values;
    @Autowired
    ReturnTrail trail;
    @Autowired
    KeyActionRepository keyActions;
    @Autowired
    HighlightReports highlights;

    private ReturnScenario openReturnAs(String user) throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, YEAR.getAndIncrement());
        signIn(user);
        open(ReturnView.path(scenario.housing.id()));
        return scenario;
    }

    @Test
    void theRagAndDirectionFollowTheValueAsItIsTyped() throws Exception {
        openReturnAs("data.housing");
        MeasureEditor repairs = editor("HF-1");

        type(repairs, "85");
        assertThat(rag(repairs)).isEqualTo("Green");
        assertThat(direction(repairs)).isEqualTo("\u2191 Improved");

        type(repairs, "75");
        assertThat(rag(repairs)).isEqualTo("Amber");

        type(repairs, "60");
        assertThat(rag(repairs)).isEqualTo("Red");
        assertThat(direction(repairs)).isEqualTo("\u2193 Worsened");

        assertThat(rag(editor("HF-3"))).isEqualTo("Not due");
        assertThat(_find(editor("HF-3"), TextField.class)).isEmpty();
    }

    @Test
    void anOverrideShowsAsAppliedOnlyToARatedFigure() throws Exception {
        openReturnAs("dir.housing");
        MeasureEditor repairs = editor("HF-1");
        type(repairs, "85");
        @SuppressWarnings("unchecked")
        Select<Rag> override = _get(repairs, Select.class, s -> s.withLabel("RAG to report instead"));
        assertThat(override.getListDataView().getItems()).as("HF-1's tolerance scheme rates on three points")
                .containsExactly(Rag.GREEN, Rag.AMBER, Rag.RED);
        _setValue(override, Rag.RED);
        _setValue(_get(repairs, TextArea.class, s -> s.withLabel("Justification for the override")),
                "The survey behind this figure is incomplete");
        assertThat(rag(repairs)).isEqualTo("Red");
        assertThat(overrideNote(repairs)).isEqualTo(" (overridden; computed Green)");

        // With no figure there is no RAG to override: the form must not say it is overridden.
        type(repairs, "");
        assertThat(rag(repairs)).isNotEqualTo("Red");
        assertThat(overrideNote(repairs)).isEqualTo(" (the override applies only once there is a figure to rate)");
    }

    private static String overrideNote(MeasureEditor editor) {
        return _find(editor, Span.class).stream().map(Span::getText).filter(t -> t.contains("overrid"))
                .findFirst().orElse("");
    }

    @Test
    void theNarrativeIsAskedForWhileAMeasureIsAmberOrWorse() throws Exception {
        openReturnAs("data.housing");
        MeasureEditor repairs = editor("HF-1");

        type(repairs, "85");
        assertThat(_find(repairs, TextArea.class, s -> s.withLabel("Reasons for performance"))).isEmpty();
        assertThat(_find(repairs, TextArea.class, s -> s.withLabel("Actions planned to address issues"))).isEmpty();

        type(repairs, "75");
        TextArea reasons = _get(repairs, TextArea.class, s -> s.withLabel("Reasons for performance"));
        TextArea actions = _get(repairs, TextArea.class, s -> s.withLabel("Actions planned to address issues"));
        assertThat(reasons.isRequiredIndicatorVisible()).isTrue();
        assertThat(actions.isRequiredIndicatorVisible()).isTrue();
        assertThat(problems(repairs)).contains("Error: Amber: give the reasons for performance and the actions planned");

        _setValue(reasons, "Two surveyors were off sick");
        _setValue(actions, "Agency cover from next month");
        assertThat(problems(repairs)).doesNotContain("Error: Amber");
    }

    @Test
    void everyChangeIsSavedAsItIsMade() throws Exception {
        ReturnScenario scenario = openReturnAs("data.housing");
        MeasureEditor repairs = editor("HF-1");

        type(repairs, "75");
        _setValue(_get(repairs, TextArea.class, s -> s.withLabel("Reasons for performance")), "Staff off sick");

        QuarterValue saved = values.find(scenario.measureId("HF-1"), 2).orElseThrow();
        assertThat(saved.value()).isEqualByComparingTo("75");
        assertThat(saved.reasons()).isEqualTo("Staff off sick");
        assertThat(saved.updatedBy()).isEqualTo("data.housing");
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.DRAFT);
        assertThat(trail.forReturn(scenario.housing.id())).anyMatch(e -> e.kind().equals("VALUE")
                && "HF-1".equals(e.item()) && "75".equals(e.newValue()));
        assertThat(_get(repairs, Span.class, s -> s.withClasses("save-status")).getText()).startsWith("Saved at");
    }

    @Test
    void aSaveOverSomeoneElsesNewerOneIsRefusedAndTheInputKept() throws Exception {
        ReturnScenario scenario = openReturnAs("data.housing");
        MeasureEditor repairs = editor("HF-1");
        type(repairs, "75");

        scenario.enter("HF-1", 2, "90"); // the director saves meanwhile, from elsewhere
        type(repairs, "65");

        ConflictNotice conflict = _get(repairs, ConflictNotice.class);
        assertThat(conflict.isVisible()).isTrue();
        assertThat(conflict.getElement().getTextRecursively()).contains("feed saved this item");
        assertThat(_get(repairs, TextField.class).getValue()).isEqualTo("65");
        assertThat(values.find(scenario.measureId("HF-1"), 2).orElseThrow().value()).isEqualByComparingTo("90");

        _click(_get(conflict, Button.class, s -> s.withText("Save mine over theirs")));
        assertThat(conflict.isVisible()).isFalse();
        assertThat(values.find(scenario.measureId("HF-1"), 2).orElseThrow().value()).isEqualByComparingTo("65");
    }

    @Test
    void theirVersionCanBeTakenInsteadOfMine() throws Exception {
        ReturnScenario scenario = openReturnAs("data.housing");
        MeasureEditor repairs = editor("HF-1");
        scenario.enter("HF-1", 2, "90");
        type(repairs, "65");

        _click(_get(repairs, Button.class, s -> s.withText("Discard mine and show theirs")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class)); // asked first: what was typed is lost

        assertThat(_get(repairs, TextField.class).getValue()).isEqualTo("90");
        assertThat(rag(repairs)).isEqualTo("Green");
        type(repairs, "91");
        assertThat(values.find(scenario.measureId("HF-1"), 2).orElseThrow().value())
                .isEqualByComparingTo(new BigDecimal("91"));
    }

    @Test
    void aKeyActionsStatusIsSavedAndAStaleSaveRefused() throws Exception {
        ReturnScenario scenario = openReturnAs("data.housing");
        KeyActionEditor action = _get(KeyActionEditor.class);
        @SuppressWarnings("unchecked")
        Select<Rag> status = _get(action, Select.class, s -> s.withLabel("Status this quarter"));

        _setValue(status, Rag.AMBER);
        _setValue(_get(action, TextArea.class, s -> s.withLabel("Commentary")), "Two sites delayed");
        long actionId = keyActions.forService(scenario.cycle.yearId(), scenario.housing.serviceId()).get(0).id();
        assertThat(keyActions.findStatus(actionId, 2).orElseThrow()).satisfies(saved -> {
            assertThat(saved.status()).isEqualTo(Rag.AMBER);
            assertThat(saved.commentary()).isEqualTo("Two sites delayed");
        });

        keyActions.saveStatus(actionId, 2, Rag.RED, "From the director", "dir.housing");
        _setValue(status, Rag.GREEN);
        assertThat(_get(action, ConflictNotice.class).isVisible()).isTrue();
        assertThat(keyActions.findStatus(actionId, 2).orElseThrow().status()).isEqualTo(Rag.RED);
        assertThat(status.getValue()).isEqualTo(Rag.GREEN);
    }

    @Test
    void aHighlightReportSavedOverSomeoneElsesNewerOneIsRefusedAndTheInputKept() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, YEAR.getAndIncrement());
        long id = scenario.housing.id();
        scenario.withHighlightReport(() -> {
            signIn("data.housing");
            open(ReturnView.path(id));
            HighlightEditor editor = _get(HighlightEditor.class);
            TextArea issues = _get(editor, TextArea.class, s -> s.withLabel("Current issues"));
            TextArea narrative = _get(editor, TextArea.class, s -> s.withLabel("Head of service's narrative"));

            // the director writes the narrative meanwhile, from elsewhere
            highlights.save(id, "dir.housing", null, new Highlight(null, null, "A steady quarter."));
            _setValue(issues, "Voids slowed.");

            ConflictNotice conflict = _get(editor, ConflictNotice.class);
            assertThat(conflict.isVisible()).isTrue();
            assertThat(conflict.getElement().getTextRecursively()).contains("Imran Hussain saved this item");
            assertThat(issues.getValue()).isEqualTo("Voids slowed.");
            assertThat(highlights.find(id)).contains(new Highlight(null, null, "A steady quarter."));

            _click(_get(conflict, Button.class, s -> s.withText("Discard mine and show theirs")));
            ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
            assertThat(narrative.getValue()).isEqualTo("A steady quarter.");
            _setValue(issues, "Voids slowed.");
            assertThat(highlights.find(id)).contains(new Highlight("Voids slowed.", null, "A steady quarter."));

            int seen = highlights.stored(id).orElseThrow().version();
            highlights.save(id, "dir.housing", seen, new Highlight("Voids slowed.", null, "A better quarter."));
            _setValue(narrative, "A mixed quarter.");
            assertThat(conflict.isVisible()).isTrue();
            _click(_get(conflict, Button.class, s -> s.withText("Save mine over theirs")));
            assertThat(conflict.isVisible()).isFalse();
            assertThat(highlights.find(id)).contains(new Highlight("Voids slowed.", null, "A mixed quarter."));
        });
    }

    @Test
    void theHighlightReportIsSavedAsItIsTypedLikeTheRestOfTheForm() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2761);
        long id = scenario.housing.id();
        scenario.withHighlightReport(() -> {
            signIn("data.housing");
            open(ReturnView.path(id));
            HighlightEditor editor = _get(HighlightEditor.class);

            _setValue(_get(editor, TextArea.class, s -> s.withLabel("Current issues")), "Voids slowed.");
            _setValue(_get(editor, TextArea.class, s -> s.withLabel("Head of service's narrative")), "A fair quarter.");

            assertThat(highlights.find(id)).contains(new Highlight("Voids slowed.", null, "A fair quarter."));
            assertThat(_get(editor, Span.class, s -> s.withClasses("save-status")).getText()).startsWith("Saved at");
            assertThat(_find(editor, Button.class, s -> s.withText("Save highlight report")))
                    .as("nothing to press: what is typed is saved").isEmpty();
        });
    }

    @Test
    void someoneWhoMayOnlyReadSeesTheReturnReadOnly() throws Exception {
        openReturnAs("sd.economy");
        assertThat(_get(editor("HF-1"), TextField.class).isReadOnly()).isTrue();
        assertThat(_find(SubmitPanel.class)).isEmpty();
    }

    private static MeasureEditor editor(String code) {
        return _find(MeasureEditor.class).stream().filter(e -> e.measure().code().equals(code)).findFirst()
                .orElseThrow();
    }

    private static void type(MeasureEditor editor, String value) {
        _setValue(_get(editor, TextField.class), value);
    }

    private static String rag(MeasureEditor editor) {
        return _get(editor, RagBadge.class).getText();
    }

    private static String direction(MeasureEditor editor) {
        return _find(editor, Span.class).stream().filter(s -> s.getText().contains("Improved")
                || s.getText().contains("Worsened") || s.getText().contains("Unchanged")
                || s.getText().contains("No comparison")).findFirst().orElseThrow().getText();
    }

    private static String problems(MeasureEditor editor) {
        // A measure without problems hides its list, which the locator then does not find.
        return _find(editor, ProblemList.class).stream().map(p -> p.getElement().getTextRecursively())
                .findFirst().orElse("");
    }
}
