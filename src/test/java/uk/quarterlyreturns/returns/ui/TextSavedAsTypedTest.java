package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.framework.KeyActionRepository;
import uk.quarterlyreturns.returns.Highlight;
import uk.quarterlyreturns.returns.HighlightReports;
import uk.quarterlyreturns.returns.ReturnTrail;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * The words of the highlight report, a key action and an override's justification are saved at each pause in
 * typing, not only when the field is left, and the trail keeps one entry per person's typing of a field rather than
 * one per pause.
 */
class TextSavedAsTypedTest extends ViewTest {

    private static final AtomicInteger YEAR = new AtomicInteger(2835);

    @Autowired
    ApplicationContext context;
    @Autowired
    HighlightReports highlights;
    @Autowired
    KeyActionRepository keyActions;
    @Autowired
    ReturnTrail trail;

    @Test
    void theWordsAreSentAtEachPauseInTypingAndSavedWithTheTimeShown() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, YEAR.getAndIncrement());
        long id = scenario.housing.id();
        scenario.withHighlightReport(() -> {
            signIn("data.housing");
            open(ReturnView.path(id));
            HighlightEditor highlight = _get(HighlightEditor.class);
            KeyActionEditor action = _get(KeyActionEditor.class);
            // the three of the highlight report and the key action's commentary (its narrative is hidden while on track)
            List<TextArea> areas = new ArrayList<>(_find(highlight, TextArea.class));
            areas.addAll(_find(action, TextArea.class));
            assertThat(areas).hasSize(4).allSatisfy(area -> {
                // synchronised while typing (not when the field is left), after a pause: not a save per keystroke
                assertThat(area.getValueChangeMode()).as(area.getLabel()).isEqualTo(ValueChangeMode.LAZY);
                assertThat(area.getValueChangeTimeout()).as(area.getLabel() + ": a second").isEqualTo(1000);
            });

            TextArea issues = _get(highlight, TextArea.class, s -> s.withLabel("Current issues"));
            _setValue(issues, "Voids");
            _setValue(issues, "Voids slowed");
            _setValue(issues, "Voids slowed.");
            TextArea commentary = _get(action, TextArea.class, s -> s.withLabel("Commentary"));
            _setValue(commentary, "Twelve homes");
            _setValue(commentary, "Twelve homes back in use");

            assertThat(highlights.find(id)).contains(new Highlight("Voids slowed.", null, null));
            assertThat(keyActions.findStatus(scenario.actionId("HKA-1"), 2).orElseThrow().commentary())
                    .isEqualTo("Twelve homes back in use");
            assertThat(_get(highlight, Span.class, s -> s.withClasses("save-status")).getText()).startsWith("Saved at");
            assertThat(_get(action, Span.class, s -> s.withClasses("save-status")).getText()).startsWith("Saved at");
            assertThat(trail.forReturn(id)).filteredOn(e -> !e.kind().equals("STATUS")
                            && !e.kind().equals(HighlightReports.ASKED_KIND))
                    .extracting(ReturnTrail.Event::actor, ReturnTrail.Event::kind, ReturnTrail.Event::oldValue,
                            ReturnTrail.Event::newValue)
                    .as("one entry per field typed, not one per pause")
                    .containsExactly(tuple("data.housing", "HIGHLIGHT_CURRENT_ISSUES", null, "Voids slowed."),
                            tuple("data.housing", "ACTION_COMMENTARY", null, "Twelve homes back in use"));
        });
    }

    @Test
    void anotherPersonsSaveBetweenStartsANewEntryAndTextTypedBackLeavesNone() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, YEAR.getAndIncrement());
        long id = scenario.housing.id();
        scenario.withHighlightReport(() -> {
            int v = highlights.save(id, "data.housing", null, new Highlight("Voids", null, null));
            v = highlights.save(id, "data.housing", v, new Highlight("Voids slowed.", null, null));
            v = highlights.save(id, "dir.housing", v, new Highlight("Voids slowed: two contractors left.", null, null));
            v = highlights.save(id, "data.housing", v, new Highlight("Voids slowed: two contractors left.", null, "A"));
            highlights.save(id, "data.housing", v, new Highlight("Voids slowed: two contractors left.", null, null));

            assertThat(trail.forReturn(id)).filteredOn(e -> e.kind().startsWith("HIGHLIGHT_"))
                    .extracting(ReturnTrail.Event::actor, ReturnTrail.Event::oldValue, ReturnTrail.Event::newValue)
                    .containsExactly(tuple("data.housing", null, "Voids slowed."),
                            tuple("dir.housing", "Voids slowed.", "Voids slowed: two contractors left."));
        });
    }

    @Test
    void aDirectorsJustificationForAnOverrideIsSavedAsTypedToo() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2915);
        signIn("dir.housing");
        open(ReturnView.path(scenario.housing.id()));
        // a long justification typed and the tab closed, or the session ended, is kept like the narratives
        assertThat(_find(OverrideFields.class)).as("HF-1 and HF-2, due this quarter").hasSize(2)
                .allSatisfy(override -> {
                    TextArea justification = _get(override, TextArea.class,
                            s -> s.withLabel("Justification for the override"));
                    assertThat(justification.getValueChangeMode()).isEqualTo(ValueChangeMode.LAZY);
                    assertThat(justification.getValueChangeTimeout()).isEqualTo(AutoSave.TYPING_PAUSE_MS);
                });
    }
}
