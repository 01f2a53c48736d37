package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.CycleStatus;
import uk.quarterlyreturns.framework.FigureSource;
import uk.quarterlyreturns.framework.KeyActionRepository;
import uk.quarterlyreturns.framework.MeasureEntry;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.returns.Challenges;
import uk.quarterlyreturns.returns.ReturnEditing;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnTrail;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ReviewItem;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * The performance team's quality check as a grid, on a Housing return signed off as its second version:
 * HR-1 Green and unchanged, HR-2 Amber, HR-3 queried (50 to 90), HR-4 overridden from Amber to Green, HR-5
 * changed since version 1 (110 to 112); key actions HRA-1 and HRA-2 Green.
 */
class QualityCheckViewTest extends ViewTest {

    private static final String OPEN_BUTTON =
            "Button[text='Open', @aria-label='Open %s in full, with its challenges', @theme='small']";
    private static final AtomicInteger YEAR = new AtomicInteger(2491);

    @Autowired ApplicationContext context;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReturnEditing editing;
    @Autowired ValueRepository values;
    @Autowired KeyActionRepository actions;
    @Autowired Challenges challenges;
    @Autowired ReturnTrail trail;
    @Autowired InboxTasks inbox;
    @Autowired CycleRepository cycles;

    @Test
    void exceptionsOnlyShowsTheItemsToLookAtAndAChallengeFromARowGetsItsAnswerInTheGrid() throws Exception {
        ReturnScenario scenario = signedOffSecondVersion();
        long id = scenario.housing.id();
        assertThat(inbox.forUser("perf")).anyMatch(i -> i.path().equals(QualityCheckView.path(id)));

        signIn("perf");
        open(QualityCheckView.path(id));
        Grid<ReviewItem> grid = grid();
        assertThat(codes(grid)).containsExactly("HR-2", "HR-3", "HR-4", "HR-5");
        assertThat(count()).isEqualTo("4 of 7 items shown");
        // shown when the filter leaves no row: an empty grid must not look like a failure to load
        assertThat(grid.getEmptyStateText()).startsWith("No exceptions: nothing is Amber or worse");
        assertThat(_find(Anchor.class)).extracting(Anchor::getText).contains("Show the full return");
        assertThat(_find(Anchor.class)).filteredOn(a -> a.getText().equals("Show the full return"))
                .extracting(Anchor::getHref).containsExactly(ReturnView.path(id));
        assertThat(GridKt._getFormattedRow(grid, 0)).containsExactly(
                "HR-2 Percentage of rent collected", "75%", "80%", "RagBadge[text='Amber', @class='rag rag-AMBER']",
                "↑ Improved", "+5 points", "–",
                "Reasons: Two collectors left in June Actions planned: Agency staff from August", "–",
                "Amber or worse", "Span[text='0 files']", OPEN_BUTTON.formatted("HR-2"));
        assertThat(GridKt._getFormatted(grid, 1, "query")).isEqualTo("Query: A hostel closed and 40 families moved");
        assertThat(GridKt._getFormatted(grid, 1, "change")).isEqualTo("+40");
        assertThat(GridKt._getFormatted(grid, 1, "flags")).isEqualTo("Query");
        assertThat(GridKt._getFormatted(grid, 2, "flags")).isEqualTo("RAG overridden");
        assertThat(GridKt._getFormatted(grid, 3, "flags")).isEqualTo("Changed since last version");
        assertThat(_get(ChangesPanel.class).getElement().getTextRecursively())
                .contains("This is version 2 of the return", "1 field changed", "HR-5", "110", "112");
        assertThat(GridKt._fetch(grid, 0, 4)).extracting(ReviewItem::code, ReviewItem::rag).containsExactly(
                tuple("HR-2", Rag.AMBER), tuple("HR-3", Rag.GREEN), tuple("HR-4", Rag.GREEN),
                tuple("HR-5", Rag.GREEN));

        _setValue(_get(ReviewGrid.class).show(), ReviewGrid.ALL);
        assertThat(codes(grid)).containsExactly("HR-1", "HR-2", "HR-3", "HR-4", "HR-5", "HRA-1", "HRA-2");
        assertThat(count()).isEqualTo("7 of 7 items shown");
        assertThat(grid.getEmptyStateText()).isEqualTo("This return has no measures or key actions due this quarter.");
        assertThat(GridKt._getFormattedRow(grid, 5)).containsExactly("HRA-1 Open the new housing options hub",
                "–", "–", "RagBadge[text='Green', @class='rag rag-GREEN']", "No comparison", "No comparison", "–",
                "Hub opened on 4 September", "–", "–", "Span[text='–']", OPEN_BUTTON.formatted("HRA-1"));

        _click((Button) GridKt._getCellComponent(grid, 5, "open"));
        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.isCloseOnOutsideClick()).as("a stray click beside it keeps the challenge typed").isFalse();
        assertThat(dialog.isCloseOnEsc()).isTrue();
        _setValue(_get(dialog, TextArea.class, s -> s.withLabel("Challenge HRA-1")),
                "The hub opened in Q3 by the press release: please check the date");
        _click(_get(dialog, Button.class, s -> s.withText("Add challenge")));
        assertThat(trail.forReturn(id)).filteredOn(e -> e.kind().equals(Challenges.KIND))
                .extracting(ReturnTrail.Event::item, ReturnTrail.Event::actor, ReturnTrail.Event::comment)
                .containsExactly(tuple("HRA-1", "perf",
                        "The hub opened in Q3 by the press release: please check the date"));
        assertThat(GridKt._getFormatted(grid, 5, "challenge"))
                .isEqualTo("Open: The hub opened in Q3 by the press release: please check the date");
        _click(_get(dialog, Button.class, s -> s.withText("Close")));

        _setValue(_get(ReviewGrid.class).show(), ReviewGrid.EXCEPTIONS);
        assertThat(codes(grid)).containsExactly("HR-2", "HR-3", "HR-4", "HR-5", "HRA-1");
        assertThat(count()).isEqualTo("5 of 7 items shown");

        challenges.answer(id, "HRA-1", "data.housing", "Opened 4 September; the press release was late");
        open(QualityCheckView.path(id));
        assertThat(GridKt._getFormatted(grid(), 4, "challenge"))
                .isEqualTo("Answered by Lucy Wade: Opened 4 September; the press release was late");
        assertThat(GridKt._getFormatted(grid(), 4, "flags")).isEqualTo("Challenged");

        _click(_get(Button.class, s -> s.withText("Accept return")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.ACCEPTED);
        assertThat(scenario.reload().acceptedBy()).isEqualTo("perf");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .as("no other return waits: back to the inbox").isEqualTo("inbox");
    }

    @Test
    void aSecondTabStillShowingTheCheckCannotChallengeAcceptOrSendBackOnceTheReturnIsAccepted() throws Exception {
        ReturnScenario scenario = signedOffSecondVersion();
        long id = scenario.housing.id();
        signIn("perf");
        open(QualityCheckView.path(id));
        assertThat(_get(DecisionPanel.class).getElement().getTextRecursively()).contains("Quality check");
        columnsMayBeHiddenForEveryReturnChecked(id);

        workflow.accept(id, "perfmgr"); // in another tab, by a colleague

        _click((Button) GridKt._getCellComponent(grid(), 0, "open"));
        Dialog dialog = _get(Dialog.class);
        TextArea challenge = _get(dialog, TextArea.class, s -> s.withLabel("Challenge HR-2"));
        assertThat(challenge.getValueChangeMode()).as("Esc keeps the focus in the box: each keystroke must be known")
                .isEqualTo(ValueChangeMode.EAGER);
        _setValue(challenge, "Is 75% the month-end figure?");
        _click(_get(dialog, Button.class, s -> s.withText("Add challenge")));
        assertThat(challenge.isInvalid()).isTrue();
        assertThat(challenge.getErrorMessage()).isEqualTo("Items are challenged during the quality check, once the"
                + " return is signed off; Housing's return is accepted");
        assertThat(challenge.getValue()).as("the refused text is kept").isEqualTo("Is 75% the month-end figure?");
        _click(_get(dialog, Button.class, s -> s.withText("Close")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class)); // the text kept is discarded only when confirmed

        _click(_get(Button.class, s -> s.withText("Accept return")));
        assertThat(_get(DecisionPanel.class).getElement().getTextRecursively())
                .contains("Not done: Housing's return is accepted, so this cannot be done now");
        _setValue(_get(_get(DecisionPanel.class), TextArea.class), "Please recheck HR-2");
        _click(_get(Button.class, s -> s.withText("Send back to the service")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.ACCEPTED);
        assertThat(scenario.reload().acceptedBy()).isEqualTo("perfmgr");
        assertThat(trail.forReturn(id)).noneMatch(e -> e.kind().equals(Challenges.KIND));

        open(QualityCheckView.path(id));
        assertThat(_get(QualityCheckView.class).getElement().getTextRecursively())
                .contains("This return is accepted: items are challenged only during the quality check");
        _click((Button) GridKt._getCellComponent(grid(), 0, "open"));
        assertThat(_find(_get(Dialog.class), TextArea.class)).as("no challenge field on an accepted return")
                .isEmpty();
    }

    @Test
    void aPageLeftOpenCannotAcceptALaterVersionSignedOffBehindIt() throws Exception {
        ReturnScenario scenario = signedOffSecondVersion();
        long id = scenario.housing.id();
        signIn("perf");
        open(QualityCheckView.path(id));

        // Behind the open page: a colleague sends it back, the service changes HR-5, the director signs off again.
        workflow.sendBackByPerformanceTeam(id, "perfmgr", "Recheck HR-5");
        scenario.awaitTask(ReturnProcess.TASK_COMPLETE_RETURN);
        long hr5 = scenario.measureId("HR-5");
        editing.saveMeasure(id, hr5, values.find(hr5, 2).orElseThrow().version(), new MeasureEntry(
                new BigDecimal("115"), null, null, null, null, null), "data.housing");
        workflow.submit(id, "data.housing");
        workflow.signOff(id, "dir.housing");
        scenario.awaitTask(ReturnProcess.TASK_QUALITY_CHECK);

        _click(_get(Button.class, s -> s.withText("Accept return")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_get(DecisionPanel.class).getElement().getTextRecursively()).contains("Not done: This return has"
                + " changed since you opened it: reload the page to see the latest version");
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SIGNED_OFF);
        assertThat(scenario.reload().acceptedBy()).isNull();

        open(QualityCheckView.path(id));
        _click(_get(Button.class, s -> s.withText("Accept return")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(scenario.reload().status()).as("the version now shown").isEqualTo(ReturnStatus.ACCEPTED);
    }

    @Test
    void aReturnWithAChallengeNotYetAnsweredIsNotAccepted() throws Exception {
        ReturnScenario scenario = signedOffSecondVersion();
        long id = scenario.housing.id();
        signIn("perf");
        open(QualityCheckView.path(id));
        _click((Button) GridKt._getCellComponent(grid(), 0, "open"));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextArea.class, s -> s.withLabel("Challenge HR-2")), "Is 75% the month-end figure?");
        _click(_get(dialog, Button.class, s -> s.withText("Add challenge")));
        _click(_get(dialog, Button.class, s -> s.withText("Close")));

        _click(_get(Button.class, s -> s.withText("Accept return")));
        assertThat(_get(DecisionPanel.class).getElement().getTextRecursively()).contains("Not done: Housing's return"
                + " cannot be accepted yet: the challenge on HR-2 is not answered yet");
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SIGNED_OFF);
        assertThat(scenario.reload().acceptedBy()).isNull();
    }

    @Test
    void aChallengeOnAnEarlierVersionIsNeitherOpenInTheGridNorAnsweredOnceTheReturnIsSignedOffAgain()
            throws Exception {
        ReturnScenario scenario = signedOffSecondVersion(2762);
        long id = scenario.housing.id();
        challenges.challenge(id, "HR-2", "perf", "Is 75% the month-end figure?");
        workflow.sendBackByPerformanceTeam(id, "perf", "See the challenge on HR-2");
        scenario.awaitTask(ReturnProcess.TASK_COMPLETE_RETURN);
        workflow.submit(id, "data.housing");
        workflow.signOff(id, "dir.housing");
        scenario.awaitTask(ReturnProcess.TASK_QUALITY_CHECK);

        signIn("perf");
        open(QualityCheckView.path(id));
        assertThat(GridKt._getFormatted(grid(), 0, "challenge"))
                .isEqualTo("From an earlier version: Is 75% the month-end figure?");

        signIn("data.housing");
        open(ReturnView.path(id));
        assertThat(_find(TextArea.class, s -> s.withLabel("Answer the challenge on HR-2")))
                .as("acceptance does not wait for it, so nothing asks for an answer").isEmpty();
        assertThat(_find(ChallengeBox.class).get(0).getElement().getTextRecursively())
                .contains("Is 75% the month-end figure?", "earlier version");
        assertThatThrownBy(() -> challenges.answer(id, "HR-2", "data.housing", "Yes"))
                .isInstanceOf(IllegalArgumentException.class);

        workflow.accept(id, "perf");
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.ACCEPTED);
    }

    /**
     * So that the grid fits a narrower screen: the choice holds when the check (or another) opens again. Until it fits,
     * the grid scrolls sideways between the item and its Open button, both kept in view.
     */
    private void columnsMayBeHiddenForEveryReturnChecked(long id) {
        assertThat(grid().getColumnByKey("item").isFrozen()).isTrue();
        assertThat(grid().getColumnByKey("open").isFrozenToEnd()).isTrue();
        MenuBar chooser = _get(MenuBar.class, s -> s.withClasses("review-columns"));
        assertThat(chooser.getItems().get(0).getSubMenu().getItems()).extracting(MenuItem::getText).containsExactly(
                "Value", "Target", "RAG", "Direction of travel", "Change since last quarter", "Query", "Narrative",
                "Challenge", "Why shown", "Evidence");
        ContextMenuKt._clickItemWithCaption(chooser, "Narrative");
        ContextMenuKt._clickItemWithCaption(chooser, "Why shown");
        assertThat(grid().getColumnByKey("narrative").isVisible()).isFalse();
        assertThat(grid().getColumnByKey("flags").isVisible()).isFalse();
        assertThat(grid().getColumnByKey("query").isVisible()).isTrue();

        open(QualityCheckView.path(id));
        assertThat(grid().getColumns()).filteredOn(c -> !c.isVisible()).extracting(Grid.Column::getKey)
                .containsExactlyInAnyOrder("narrative", "flags");
        chooser = _get(MenuBar.class, s -> s.withClasses("review-columns"));
        ContextMenuKt._clickItemWithCaption(chooser, "Narrative");
        ContextMenuKt._clickItemWithCaption(chooser, "Why shown");
        assertThat(grid().getColumns()).allMatch(Grid.Column::isVisible);
    }

    /** Reopening would be refused while the report is on its way to approval, so the page says so instead. */
    @Test
    void anAcceptedReturnOffersNoReopeningWhileTheReportIsWithTheChiefExecutive() throws Exception {
        ReturnScenario scenario = signedOffSecondVersion();
        long id = scenario.housing.id();
        long cycleId = scenario.cycle.id();
        workflow.accept(id, "perfmgr"); // the last return: the report is compiled for approval
        Await.until("the report awaiting approval", Duration.ofSeconds(30),
                () -> cycles.find(cycleId).orElseThrow().status() == CycleStatus.AWAITING_APPROVAL);
        signIn("perf");
        open(QualityCheckView.path(id));
        assertThat(_find(Button.class, s -> s.withText("Reopen return…"))).isEmpty();
        assertThat(_get(DecisionPanel.class).getElement().getTextRecursively()).contains(
                "The report is with the chief executive for approval, so Housing's return cannot be reopened now");

        cycles.setStatus(cycleId, CycleStatus.PUBLISHED); // as once approved
        open(QualityCheckView.path(id));
        assertThat(_find(Button.class, s -> s.withText("Reopen return…"))).as("once published").hasSize(1);
    }

    /**
     * Sent back by the performance team, the service gives HR-1 as a count with a note and submits again: the check
     * says why the version before went back, which submitting cleared from the return, and shows the count and the
     * note as the report does.
     */
    @Test
    void aResubmittedReturnSaysWhyItWasSentBackAndAFiguresCountAndNoteAreShown() throws Exception {
        ReturnScenario scenario = signedOffSecondVersion(7311);
        long id = scenario.housing.id();
        workflow.sendBackByPerformanceTeam(id, "perf", "Give the count behind HR-1");
        scenario.awaitTask(ReturnProcess.TASK_COMPLETE_RETURN);
        long hr1 = scenario.measureId("HR-1");
        editing.saveMeasure(id, hr1, values.find(hr1, 2).orElseThrow().version(), new MeasureEntry(
                new BigDecimal("57.2"), "September's jobs were not closed", "Close them in October", null, null,
                new FigureSource("Excludes Sept data", new BigDecimal("380"), new BigDecimal("664"))),
                "data.housing");
        workflow.submit(id, "data.housing");
        workflow.signOff(id, "dir.housing");
        scenario.awaitTask(ReturnProcess.TASK_QUALITY_CHECK);

        signIn("perf");
        open(QualityCheckView.path(id));
        assertThat(_get(ChangesPanel.class).getElement().getTextRecursively())
                .contains("This is version 3 of the return", "since version 2 as signed off on")
                .contains("Sent back by Performance Officer on ")
                .contains(" with this comment: Give the count behind HR-1");
        Grid<ReviewItem> grid = grid();
        int row = codes(grid).indexOf("HR-1");
        assertThat(GridKt._getFormatted(grid, row, "value")).isEqualTo("57.2% (380/664)");

        _click((Button) GridKt._getCellComponent(grid, row, "open"));
        assertThat(_get(Dialog.class).getElement().getTextRecursively())
                .contains("Value: 57.2% (380/664)", "Note: Excludes Sept data");
    }

    /** A challenge typed and not yet added is not lost to Close or Esc without a question. */
    @Test
    void closingARowWithAChallengeTypedButNotAddedAsksFirst() throws Exception {
        long id = signedOffSecondVersion(7312).housing.id();
        signIn("perf");
        open(QualityCheckView.path(id));
        _click((Button) GridKt._getCellComponent(grid(), 0, "open"));
        Dialog dialog = _get(Dialog.class);
        TextArea challenge = _get(dialog, TextArea.class, s -> s.withLabel("Challenge HR-2"));
        _setValue(challenge, "Is 75% the month-end figure?");

        _click(_get(dialog, Button.class, s -> s.withText("Close")));
        assertThat(lastConfirmation().getElement().getProperty("header")).isEqualTo("Discard your challenge?");
        ConfirmDialogKt._fireCancel(lastConfirmation());
        assertThat(dialog.isOpened()).isTrue();
        assertThat(challenge.getValue()).isEqualTo("Is 75% the month-end figure?");

        ComponentUtil.fireEvent(dialog, new Dialog.DialogCloseActionEvent(dialog, true)); // Esc
        assertThat(dialog.isOpened()).as("Esc asks too").isTrue();
        ConfirmDialogKt._fireConfirm(lastConfirmation());
        assertThat(dialog.isOpened()).isFalse();
        assertThat(trail.forReturn(id)).noneMatch(e -> e.kind().equals(Challenges.KIND));

        _click((Button) GridKt._getCellComponent(grid(), 0, "open"));
        Dialog nothingTyped = _get(Dialog.class);
        _click(_get(nothingTyped, Button.class, s -> s.withText("Close")));
        assertThat(nothingTyped.isOpened()).as("nothing to lose: no question").isFalse();
    }

    private static ConfirmDialog lastConfirmation() {
        List<ConfirmDialog> asked = _find(ConfirmDialog.class);
        assertThat(asked).as("asked before the typed challenge is lost").isNotEmpty();
        return asked.get(asked.size() - 1);
    }

    /** Version 1 submitted and sent back by the director; HR-5 changed; version 2 submitted and signed off. */
    private ReturnScenario signedOffSecondVersion() throws Exception {
        return signedOffSecondVersion(YEAR.getAndIncrement());
    }

    private ReturnScenario signedOffSecondVersion(int year) throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, year, "fixtures/framework-review.csv",
                "fixtures/actions-review.csv", Map.of("HR-1", "70", "HR-2", "70", "HR-3", "50", "HR-4", "70",
                        "HR-5", "100"));
        long id = scenario.housing.id();
        scenario.enter("HR-1", 2, "85");
        editing.saveMeasure(id, scenario.measureId("HR-2"), null, new MeasureEntry(new BigDecimal("75"),
                "Two collectors left in June", "Agency staff from August", null, null, null), "data.housing");
        editing.saveMeasure(id, scenario.measureId("HR-3"), null, new MeasureEntry(new BigDecimal("90"), null, null,
                "A hostel closed and 40 families moved", null, null), "data.housing");
        scenario.enter("HR-4", 2, "79");
        long hr4 = scenario.measureId("HR-4");
        editing.saveOverride(id, hr4, values.find(hr4, 2).orElseThrow().version(), Rag.GREEN,
                "The survey missed 30 homes already improved", "dir.housing");
        scenario.enter("HR-5", 2, "110");
        actions.saveStatus(scenario.actionId("HRA-1"), 2, Rag.GREEN, "Hub opened on 4 September", "data.housing");
        actions.saveStatus(scenario.actionId("HRA-2"), 2, Rag.GREEN, "Consultation closed", "data.housing");
        workflow.submit(id, "data.housing");
        workflow.sendBackToService(id, "dir.housing", "Recount the empty homes");
        scenario.awaitTask(ReturnProcess.TASK_COMPLETE_RETURN);
        long hr5 = scenario.measureId("HR-5");
        editing.saveMeasure(id, hr5, values.find(hr5, 2).orElseThrow().version(), new MeasureEntry(
                new BigDecimal("112"), null, null, null, null, null), "data.housing");
        workflow.submit(id, "data.housing");
        workflow.signOff(id, "dir.housing");
        scenario.awaitTask(ReturnProcess.TASK_QUALITY_CHECK);
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SIGNED_OFF);
        return scenario;
    }

    @SuppressWarnings("unchecked")
    private static Grid<ReviewItem> grid() {
        return _get(ReviewGrid.class).grid();
    }

    private static List<String> codes(Grid<ReviewItem> grid) {
        return GridKt._findAll(grid).stream().map(ReviewItem::code).toList();
    }

    private static String count() {
        return _get(ReviewGrid.class).getElement().getChildren()
                .filter(e -> e.getClassList().contains("review-count")).findFirst().orElseThrow().getText();
    }
}
