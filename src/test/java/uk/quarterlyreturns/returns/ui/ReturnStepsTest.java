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
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.api.MediaTypes;
import uk.quarterlyreturns.base.tabular.TabularWriter;
import uk.quarterlyreturns.chasing.Chasing;
import uk.quarterlyreturns.framework.KeyActionRepository;
import uk.quarterlyreturns.framework.MeasureEntry;
import uk.quarterlyreturns.framework.QuarterValue;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.returns.TrailTable;
import uk.quarterlyreturns.returns.Challenges;
import uk.quarterlyreturns.returns.ReturnEditing;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnSheets;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnTrail;
import uk.quarterlyreturns.returns.TaskClaims;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;
import uk.quarterlyreturns.support.TestMailServer;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.base.mail.OutboxEntry;
import uk.quarterlyreturns.base.mail.MailOutbox;

/** A return's way through the screens: inbox, submission with problems, sign-off, quality check, upload. */
class ReturnStepsTest extends ViewTest {

    private static final AtomicInteger YEAR = new AtomicInteger(2321);

    @Autowired
    ApplicationContext context;
    @Autowired
    ValueRepository values;
    @Autowired
    InboxTasks inbox;

    private ReturnScenario scenario() throws Exception {
        return ReturnScenario.open(context, YEAR.getAndIncrement());
    }

    @Test
    void theInboxOffersTheReturnWithItsDeadline() throws Exception {
        ReturnScenario scenario = scenario();
        String path = ReturnView.path(scenario.housing.id());

        assertThat(inbox.forUser("data.housing")).filteredOn(i -> i.path().equals(path)).singleElement()
                .satisfies(i -> {
                    assertThat(i.task()).isEqualTo("Complete return");
                    assertThat(i.about()).isEqualTo("Housing return");
                    assertThat(i.quarter()).isEqualTo(scenario.cycle.shortName());
                    assertThat(i.closesIn()).isEqualTo("closes in 14 days");
                    assertThat(i.urgency()).isEqualTo(InboxItem.Urgency.NONE);
                });
        assertThat(inbox.forUser("dir.housing")).anyMatch(i -> i.path().equals(path));
        assertThat(inbox.forUser("data.economy")).noneMatch(i -> i.path().equals(path));

        signIn("data.housing");
        open("inbox");
        assertThat(_get(Grid.class).getAriaLabel()).hasValue("My tasks");
    }

    @Test
    void aClaimedTaskLeavesColleaguesInboxesUntilItIsReleased() throws Exception {
        ReturnScenario scenario = scenario();
        String path = ReturnView.path(scenario.housing.id());
        TaskClaims claims = context.getBean(TaskClaims.class);
        signIn("data.housing");
        open("inbox");
        _setValue(_get(TextField.class, s -> s.withLabel("Filter tasks")), scenario.cycle.shortName());
        assertThat(GridKt._size(_get(Grid.class))).as("the filter keeps this quarter's task").isEqualTo(1);
        String taskId = inbox.forUser("data.housing").stream().filter(i -> i.path().equals(path)).findFirst()
                .orElseThrow().taskId();
        _click(claimButton("Claim Complete return: Housing return"));

        assertThat(inbox.forUser("data.housing")).filteredOn(i -> i.path().equals(path)).singleElement()
                .satisfies(i -> assertThat(i.claimedBy()).isEqualTo("data.housing"));
        assertThat(inbox.forUser("dir.housing")).noneMatch(i -> i.path().equals(path));
        assertThatThrownBy(() -> claims.claim(taskId, "dir.housing")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Already claimed by");
        assertThatThrownBy(() -> claims.claim(taskId, "data.economy")).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> claims.release(taskId, "dir.housing")).isInstanceOf(NotAllowedException.class);

        _click(claimButton("Release Complete return: Housing return"));
        assertThat(inbox.forUser("dir.housing")).anyMatch(i -> i.path().equals(path) && i.claimedBy() == null);
        _setValue(_get(TextField.class, s -> s.withLabel("Filter tasks")), "no task is called this");
        assertThat(GridKt._size(_get(Grid.class))).isZero();
    }

    @Test
    void submittingListsEverythingMissingUntilItIsPutRightThenAsksToConfirm() throws Exception {
        ReturnScenario scenario = scenario();
        signIn("data.housing");
        open(ReturnView.path(scenario.housing.id()));
        _setValue(_get(editor("HF-1"), TextField.class), "75"); // Amber without a narrative: an error
        _setValue(_get(editor("HF-2"), TextField.class), "120"); // Red, and up 140% on Q1: an error and a query

        _click(_get(Button.class, s -> s.withText("Submit return")));

        String report = _get(Dialog.class).getElement().getTextRecursively();
        assertThat(report).contains("Errors: put these right (they block the return) (4)")
                .contains("HKA-1: No status: choose the key action's status this quarter")
                .contains("HKA-1: No commentary: say what progress was made this quarter")
                .contains("Queries: give an explanation, or change the value (1)")
                .contains("HF-2: Changed by more than 50% since last quarter: explain the change")
                .contains("Measures due: 2; 2 with a value, 0 not available with a reason")
                .contains("Key actions: 0 of 1 with a status and a commentary")
                .contains("At Amber or worse: 2 items, 0 with reasons and actions planned");
        assertThat(_find(Button.class, s -> s.withText("Confirm submission"))).isEmpty();
        _click(_find(Button.class, s -> s.withText("Go to HKA-1")).get(0));
        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.DRAFT);

        for (String code : new String[] {"HF-1", "HF-2"}) {
            _setValue(_get(editor(code), TextArea.class, s -> s.withLabel("Reasons for performance")), "Demand rose");
            _setValue(_get(editor(code), TextArea.class, s -> s.withLabel("Actions planned to address issues")),
                    "Extra staff");
        }
        _setValue(_get(editor("HF-2"), TextArea.class, s -> s.withLabel("Explanation for the query")),
                "A hostel closed in August");
        KeyActionEditor action = _get(KeyActionEditor.class);
        _setValue(_get(action, Select.class), Rag.RED);
        _setValue(_get(action, TextArea.class, s -> s.withLabel("Commentary")), "Two purchases fell through");
        assertThat(action.getElement().getTextRecursively())
                .contains("Red: give the reasons for performance and the actions planned");
        _click(_get(Button.class, s -> s.withText("Submit return")));
        assertThat(_get(Dialog.class).getElement().getTextRecursively())
                .contains("HKA-1: Red: give the reasons for performance and the actions planned")
                .doesNotContain("HF-1:").doesNotContain("HF-2:");
        _click(_get(Button.class, s -> s.withText("Close")));
        _setValue(_get(action, TextArea.class, s -> s.withLabel("Reasons for performance")), "Sellers withdrew");
        _setValue(_get(action, TextArea.class, s -> s.withLabel("Actions planned to address issues")),
                "Two more homes are under offer");

        _click(_get(Button.class, s -> s.withText("Submit return")));
        assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo("Submit the return?");
        assertThat(_get(Dialog.class).getElement().getTextRecursively())
                .contains("Key actions: 1 of 1 with a status and a commentary")
                .contains("At Amber or worse: 3 items, 3 with reasons and actions planned")
                .contains("Queries: 1, 1 explained");
        assertThat(scenario.reload().status()).as("nothing happens before confirmation")
                .isEqualTo(ReturnStatus.DRAFT);
        _click(_get(Button.class, s -> s.withText("Confirm submission")));

        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SUBMITTED);
        assertThat(context.getBean(KeyActionRepository.class).statusEntries(
                context.getBean(YearRepository.class).find(scenario.year).orElseThrow().id(), 2).get(0).reasons())
                .isEqualTo("Sellers withdrew");
    }

    @Test
    void aFigureNotAvailableNeedsItsReasonAndAnInvalidFigureGetsNoRag() throws Exception {
        ReturnScenario scenario = scenario();
        scenario.keyActionOnTrack(2);
        signIn("data.housing");
        open(ReturnView.path(scenario.housing.id()));
        _setValue(_get(editor("HF-1"), TextField.class), "150");
        assertThat(editor("HF-1").getElement().getTextRecursively())
                .contains("Error: A percentage must be between 0 and 100");
        assertThat(_get(editor("HF-1"), Div.class, s -> s.withClasses("measure-status")).getElement()
                .getTextRecursively()).isEqualTo("RAG: Not yet entered Direction: No comparison");
        assertThat(values.find(scenario.measureId("HF-1"), 2).orElseThrow().value()).isEqualByComparingTo("150");

        _setValue(_get(editor("HF-1"), TextField.class), "");
        _setValue(_get(editor("HF-1"), Checkbox.class, spec -> spec.withLabel("Not available this quarter")), true);
        _setValue(_get(editor("HF-2"), TextField.class), "60");
        _click(_get(Button.class, s -> s.withText("Submit return")));
        assertThat(_get(Dialog.class).getElement().getTextRecursively())
                .contains("HF-1: No value: enter one, or mark it not available and say why");
        _click(_get(Button.class, s -> s.withText("Close")));

        _setValue(_get(editor("HF-1"), TextArea.class, s -> s.withLabel("Why the figure is not available")),
                "The repairs system is being replaced; figures return in Q3");
        _click(_get(Button.class, s -> s.withText("Submit return")));
        assertThat(_get(Dialog.class).getElement().getTextRecursively())
                .contains("Measures due: 2; 1 with a value, 1 not available with a reason");
        _click(_get(Button.class, s -> s.withText("Confirm submission")));
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SUBMITTED);
        assertThat(values.find(scenario.measureId("HF-1"), 2).orElseThrow().notAvailableReason())
                .startsWith("The repairs system");
    }

    @Test
    void theDirectorSignsOffAndThePerformanceTeamAccepts() throws Exception {
        ReturnScenario scenario = scenario();
        scenario.enter("HF-1", 2, "85");
        scenario.enter("HF-2", 2, "55");
        scenario.keyActionOnTrack(2);
        context.getBean(uk.quarterlyreturns.returns.ReturnWorkflow.class).submit(scenario.housing.id(),
                "data.housing");

        signIn("data.housing");
        open(ReturnView.path(scenario.housing.id()));
        assertThat(_find(DecisionPanel.class)).as("a data officer cannot sign off").isEmpty();
        assertThat(_get(editor("HF-1"), TextField.class).isReadOnly()).as("nor change it once submitted").isTrue();

        signIn("dir.housing");
        open(ReturnView.path(scenario.housing.id()));
        assertThat(_get(editor("HF-1"), TextField.class).isReadOnly()).as("the director may, at sign-off").isFalse();
        assertThat(_find(SubmitPanel.class)).isEmpty();
        _click(_get(Button.class, s -> s.withText("Send back to the service")));
        assertThat(_get(DecisionPanel.class).getElement().getTextRecursively()).contains("Say what needs changing");
        assertThat(_get(DecisionPanel.class).getElement().getTextRecursively())
                .contains("Measures due: 2; 2 with a value").contains("Key actions: 1 of 1 with a status");
        _setValue(_get(TextArea.class, s -> s.withLabel("Note for the performance team (optional)")),
                "HF-2 fell after the new hostel opened");
        _click(_get(Button.class, s -> s.withText("Sign off return")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SIGNED_OFF);
        assertThat(scenario.reload().signOffNote()).isEqualTo("HF-2 fell after the new hostel opened");

        signIn("perf");
        open(ReturnView.path(scenario.housing.id()));
        assertThat(_get(DecisionPanel.class).getElement().getTextRecursively())
                .contains("Note from Imran Hussain at sign-off: HF-2 fell after the new hostel opened");
        _click(_get(Button.class, s -> s.withText("Accept return")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.ACCEPTED);
    }

    @Test
    void aPageLeftOpenCannotSignOffALaterVersionSubmittedBehindIt() throws Exception {
        ReturnScenario scenario = scenario();
        long id = scenario.housing.id();
        scenario.enter("HF-1", 2, "85");
        scenario.enter("HF-2", 2, "55");
        scenario.keyActionOnTrack(2);
        ReturnWorkflow workflow = context.getBean(ReturnWorkflow.class);
        workflow.submit(id, "data.housing");
        signIn("dir.housing");
        open(ReturnView.path(id));

        // Behind the open page: sent back from another tab, HF-1 changed by the service, submitted again.
        workflow.sendBackToService(id, "dir.housing", "Check the repairs figure");
        scenario.awaitTask(ReturnProcess.TASK_COMPLETE_RETURN);
        long hf1 = scenario.measureId("HF-1");
        context.getBean(ReturnEditing.class).saveMeasure(id, hf1, values.find(hf1, 2).orElseThrow().version(),
                new MeasureEntry(new BigDecimal("91"), null, null, null, null, null), "data.housing");
        workflow.submit(id, "data.housing");

        _click(_get(Button.class, s -> s.withText("Sign off return")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_get(DecisionPanel.class).getElement().getTextRecursively()).contains("Not done: This return has"
                + " changed since you opened it: reload the page to see the latest version");
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SUBMITTED);
        assertThat(scenario.reload().signedOffBy()).isNull();
    }

    @Test
    void aResubmittedReturnShowsWhatChangedSinceTheVersionSentBack() throws Exception {
        ReturnScenario scenario = scenario();
        long id = scenario.housing.id();
        typeFiguresAsTheDataOfficer(id);
        ReturnWorkflow workflow = context.getBean(ReturnWorkflow.class);
        workflow.submit(id, "data.housing");

        signIn("dir.housing");
        open(ReturnView.path(id));
        assertThat(_find(ChangesPanel.class)).as("a first version has nothing to compare with").isEmpty();
        workflow.sendBackToService(id, "dir.housing", "Check the repairs figure");

        signIn("data.housing");
        open(ReturnView.path(id));
        _setValue(_get(editor("HF-1"), TextField.class), "91");
        workflow.submit(id, "data.housing");

        signIn("dir.housing");
        open(ReturnView.path(id));
        String panel = _get(ChangesPanel.class).getElement().getTextRecursively();
        assertThat(panel).contains("Changed since version 1", "This is version 2", "1 field changed", "HF-1",
                "85", "91");
        assertThat(editor("HF-1").hasClassName("changed")).isTrue();
        assertThat(editor("HF-1").getElement().getTextRecursively()).contains("Changed since version 1");
        assertThat(editor("HF-2").hasClassName("changed")).isFalse();
    }

    @Test
    void theHistoryListsEditsStatusChangesAndChasesAndExportsThemAll() throws Exception {
        ReturnScenario scenario = scenario();
        long id = scenario.housing.id();
        typeFiguresAsTheDataOfficer(id);
        Person perf = context.getBean(PeopleService.class).find("perf").orElseThrow();
        context.getBean(Chasing.class).chaseByHand(id, perf, "Please send it this week");
        // delivered before the submission: delivered after it, the chase would ask for what is in and be left out
        MailOutbox outbox = context.getBean(MailOutbox.class);
        Await.until("the chase delivered", TestMailServer.DELIVERY, () -> outbox.forReturn(id).stream()
                .filter(m -> m.kind().equals("CHASE")).allMatch(m -> m.status() == OutboxEntry.Status.DELIVERED));
        context.getBean(ReturnWorkflow.class).submit(id, "data.housing");

        signIn("dir.housing");
        open(ReturnView.path(id));
        ReturnHistory history = _get(ReturnHistory.class);
        assertThat(_find(history, Anchor.class)).extracting(Anchor::getText)
                .containsExactly("Export history (CSV)", "Export history (XLSX)");
        String shown = history.getElement().getTextRecursively();
        // in words, not the codes the trail is stored under; people by their names
        assertThat(shown).contains("Lucy Wade", "Value", "HF-1", "85", "Chased by hand", "Submitted",
                "Return issued", "Submitted, for sign-off")
                .doesNotContain("VALUE", "CHASE", "SUBMITTED", "MANUAL", "data.housing");

        List<List<Object>> rows = TrailTable.rows(context.getBean(ReturnTrail.class).history(id));
        assertThat(rows).extracting(r -> r.get(1), r -> r.get(2), r -> r.get(3), r -> r.get(5))
                .contains(tuple("data.housing", "Value", "HF-1", "85"),
                        tuple("perf", "Mail", "Chased by hand", "dir.housing"),
                        tuple("data.housing", "Status", null, "Submitted"));
        String csv = new String(TabularWriter.csv(TrailTable.COLUMNS, rows), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("when,who,what,item,from,to,comment").contains(",perf,Mail,Chased by hand,");
    }

    @Test
    void thePerformanceTeamChallengesAnItemAndTheServiceSeesItWhenSentBack() throws Exception {
        ReturnScenario scenario = scenario();
        long id = scenario.housing.id();
        scenario.enter("HF-1", 2, "85");
        scenario.enter("HF-2", 2, "55");
        scenario.keyActionOnTrack(2);
        ReturnWorkflow workflow = context.getBean(ReturnWorkflow.class);
        Challenges challenges = context.getBean(Challenges.class);
        workflow.submit(id, "data.housing");
        assertThatThrownBy(() -> challenges.challenge(id, "HF-1", "perf", "Too early"))
                .as("only during the quality check").isInstanceOf(IllegalStateException.class);
        workflow.signOff(id, "dir.housing");

        signIn("perf");
        open(ReturnView.path(id));
        TextArea challenge = _get(editor("HF-1"), TextArea.class, s -> s.withLabel("Challenge HF-1"));
        _click(_get(editor("HF-1"), Button.class, s -> s.withText("Add challenge")));
        assertThat(challenge.isInvalid()).as("an empty challenge is refused").isTrue();
        _setValue(challenge, "85% is well above every earlier quarter: please confirm the count");
        _click(_get(editor("HF-1"), Button.class, s -> s.withText("Add challenge")));
        assertThat(_get(editor("HF-1"), ChallengeBox.class).getElement().getTextRecursively())
                .contains("Challenged by Performance Officer", "please confirm the count");
        assertThatThrownBy(() -> challenges.challenge(id, "HF-1", "dir.housing", "Mine"))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> challenges.challenge(id, "XX-9", "perf", "Not here"))
                .isInstanceOf(IllegalArgumentException.class);
        workflow.sendBackByPerformanceTeam(id, "perf", "See the challenge on HF-1");

        signIn("data.housing");
        open(ReturnView.path(id));
        assertThat(_get(editor("HF-1"), ChallengeBox.class).getElement().getTextRecursively())
                .contains("Challenged by Performance Officer", "please confirm the count");
        assertThat(_find(editor("HF-1"), TextArea.class, s -> s.withLabel("Challenge HF-1")))
                .as("the service reads challenges, it does not add them").isEmpty();
        assertThat(_find(editor("HF-2"), ChallengeBox.class)).isEmpty();
    }

    @Test
    void valuesUploadedFromAFileGoIntoTheFormAllOrNothing() throws Exception {
        ReturnScenario scenario = scenario();
        signIn("data.housing");
        open(ReturnView.path(scenario.housing.id()));
        Upload upload = _get(_get(ReturnFiles.class), Upload.class);

        UploadKt._upload(upload, "values.csv", "text/csv", "code,value\nHF-1,85\nHF-9,1\n".getBytes(StandardCharsets.UTF_8));
        MockVaadin.runUIQueue();
        assertThat(_get(ReturnFiles.class).getElement().getTextRecursively())
                .contains("Nothing was entered").contains("Row 3, code: HF-9 is not due in this return");
        assertThat(values.find(scenario.measureId("HF-1"), 2)).isEmpty();

        // a file of blank lines under its header is no file of values, as every import says
        UploadKt._upload(upload, "values.csv", "text/csv", "code,value\n\n , \n,,\n".getBytes(StandardCharsets.UTF_8));
        MockVaadin.runUIQueue();
        assertThat(_get(ReturnFiles.class).getElement().getTextRecursively())
                .contains("Nothing was entered: The file has no rows, only a header row: nothing was imported");

        UploadKt._upload(upload, "values.csv", "text/csv",
                // a code in other letters is the same code, as in every import
                "code,value,note,numerator,denominator\nHF-1,,Repairs system,170,200\nhf-2,90,,,\n"
                        .getBytes(StandardCharsets.UTF_8));
        MockVaadin.runUIQueue();
        QuarterValue repairs = values.find(scenario.measureId("HF-1"), 2).orElseThrow();
        assertThat(repairs.value()).isEqualByComparingTo("85");
        assertThat(repairs.note()).isEqualTo("Repairs system");
        assertThat(repairs.numerator()).isEqualByComparingTo("170");
        assertThat(repairs.denominator()).isEqualByComparingTo("200");
        assertThat(values.find(scenario.measureId("HF-2"), 2).orElseThrow().value()).isEqualByComparingTo("90");
        assertThat(_get(editor("HF-1"), TextField.class).getValue()).isEqualTo("85");
        assertThat(_get(editor("HF-1"), FigureSourceLine.class).getText()).isEqualTo("From 170/200. Note: Repairs system");
        // The trail tells an uploaded figure from a typed one, for an auditor asking by which route it came.
        assertThat(context.getBean(ReturnTrail.class).forReturn(scenario.housing.id()))
                .extracting(ReturnTrail.Event::kind, ReturnTrail.Event::item, ReturnTrail.Event::newValue,
                        ReturnTrail.Event::comment)
                .contains(tuple("VALUE", "HF-1", "85", ReturnEditing.UPLOADED),
                        tuple("RATIO", "HF-1", "170/200", ReturnEditing.UPLOADED),
                        tuple("NOTE", "HF-1", "Repairs system", ReturnEditing.UPLOADED),
                        tuple("VALUE", "HF-2", "90", ReturnEditing.UPLOADED));

        // A figure then typed by hand no longer matches the ratio, which is dropped; the note stays.
        _setValue(_get(editor("HF-1"), TextField.class), "86");
        repairs = values.find(scenario.measureId("HF-1"), 2).orElseThrow();
        assertThat(repairs.value()).isEqualByComparingTo("86");
        assertThat(repairs.numerator()).isNull();
        assertThat(repairs.note()).isEqualTo("Repairs system");
        assertThat(context.getBean(ReturnTrail.class).forReturn(scenario.housing.id()))
                .extracting(ReturnTrail.Event::kind, ReturnTrail.Event::item, ReturnTrail.Event::oldValue,
                        ReturnTrail.Event::newValue, ReturnTrail.Event::comment)
                .endsWith(tuple("VALUE", "HF-1", "85", "86", null), tuple("RATIO", "HF-1", "170/200", null, null));
    }

    @Test
    void anUploadNamesTheFilesOwnRowsAndEveryProblemAtOnce() throws Exception {
        ReturnScenario scenario = scenario();
        signIn("data.housing");
        open(ReturnView.path(scenario.housing.id()));
        Upload upload = _get(_get(ReturnFiles.class), Upload.class);

        // The blank row 3 counts, as in the spreadsheet.
        UploadKt._upload(upload, "values.csv", "text/csv", "code,value\nHF-1,62\n\nHF-9,5\n".getBytes(StandardCharsets.UTF_8));
        MockVaadin.runUIQueue();
        assertThat(_get(ReturnFiles.class).getElement().getTextRecursively())
                .contains("Nothing was entered").contains("Row 4, code: HF-9 is not due in this return");

        // A bad number and a code not due are named together, so one correction puts the file right.
        UploadKt._upload(upload, "values.csv", "text/csv", "code,value\nHF-1,lots\nHF-9,5\n".getBytes(StandardCharsets.UTF_8));
        MockVaadin.runUIQueue();
        assertThat(_get(ReturnFiles.class).getElement().getTextRecursively())
                .contains("has 2 problem(s)").contains("Row 2, value:")
                .contains("Row 3, code: HF-9 is not due in this return");
        assertThat(values.find(scenario.measureId("HF-1"), 2)).isEmpty();

        // A value beside a ratio that says otherwise (380/664 is 57.23%) is named too.
        UploadKt._upload(upload, "values.csv", "text/csv", "code,value,numerator,denominator\nHF-1,90,380,664\n"
                .getBytes(StandardCharsets.UTF_8));
        MockVaadin.runUIQueue();
        assertThat(_get(ReturnFiles.class).getElement().getTextRecursively()).contains("Nothing was entered")
                .contains("Row 2, value: The value 90 is not numerator / denominator (380 / 664 makes 57.23)");
        assertThat(values.find(scenario.measureId("HF-1"), 2)).isEmpty();
    }

    @Test
    void theReturnAsDownloadedIsFilledInOfflineAndUploadedAgain() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2760);
        long id = scenario.housing.id();
        // HF-2 was entered from a ratio with a note; HF-1 is still empty and HF-3 (annual) is not due this quarter.
        values.saveFigure(scenario.measureId("HF-2"), 2, new BigDecimal("90"), "From the housing register",
                new BigDecimal("90"), new BigDecimal("1"), "feed");
        byte[] downloaded = ReturnWorkbook.xlsx(context.getBean(ReturnSheets.class).load(id));
        signIn("data.housing");
        open(ReturnView.path(id));

        // Nothing filled in yet: the rows with no value change nothing, HF-2 as downloaded is no change either, and
        // nothing is refused.
        UploadKt._upload(_get(_get(ReturnFiles.class), Upload.class), "return.xlsx", MediaTypes.XLSX, downloaded);
        MockVaadin.runUIQueue();
        assertThat(_get(ReturnFiles.class).getElement().getTextRecursively()).doesNotContain("Nothing was entered")
                .contains("Nothing from return.xlsx entered in the form; 1 row unchanged and 3 rows with nothing"
                        + " given left as they were.");
        assertThat(values.find(scenario.measureId("HF-1"), 2)).isEmpty();

        // HF-1 filled in offline: it goes in, and HF-2 keeps its note and ratio.
        UploadKt._upload(_get(_get(ReturnFiles.class), Upload.class), "return.xlsx", MediaTypes.XLSX, withValue(downloaded, "HF-1", 85));
        MockVaadin.runUIQueue();
        assertThat(_get(ReturnFiles.class).getElement().getTextRecursively()).doesNotContain("Nothing was entered");
        assertThat(values.find(scenario.measureId("HF-1"), 2).orElseThrow().value()).isEqualByComparingTo("85");
        QuarterValue register = values.find(scenario.measureId("HF-2"), 2).orElseThrow();
        assertThat(register.value()).isEqualByComparingTo("90");
        assertThat(register.note()).isEqualTo("From the housing register");
        assertThat(register.numerator()).isEqualByComparingTo("90");

        // A value for a measure not due is still a mistake that refuses the file, in the values feed's words.
        UploadKt._upload(_get(_get(ReturnFiles.class), Upload.class), "return.xlsx", MediaTypes.XLSX, withValue(downloaded, "HF-3", 12));
        MockVaadin.runUIQueue();
        String notDue = "HF-3 is not due in Q2: it is an annual measure, reported in Q4 only";
        assertThat(_get(ReturnFiles.class).getElement().getTextRecursively()).contains("Nothing was entered")
                .contains(", code: " + notDue);
        assertThat(values.find(scenario.measureId("HF-3"), 2)).isEmpty();
        // Nor does the form's own save take one, though it offers no field for it.
        assertThatThrownBy(() -> context.getBean(ReturnEditing.class).saveMeasure(id, scenario.measureId("HF-3"),
                null, new MeasureEntry(new BigDecimal("12"), null, null, null, null, null), "data.housing"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(notDue);
        assertThat(values.find(scenario.measureId("HF-3"), 2)).isEmpty();
    }

    /** The workbook with a value typed beside a measure's code in its first sheet, as a data officer would. */
    private static byte[] withValue(byte[] xlsx, String code, double value) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet measures = workbook.getSheetAt(0);
            for (Row row : measures) {
                if (row.getCell(0) != null && code.equals(row.getCell(0).getStringCellValue())) {
                    row.createCell(1).setCellValue(value);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The claim button of the inbox's only row left by the filter, checked by its accessible name. */
    private static Button claimButton(String ariaLabel) {
        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        Button button = (Button) GridKt._getCellComponent(grid, 0, "claim");
        assertThat(button.getAriaLabel()).hasValue(ariaLabel);
        return button;
    }

    /** The data officer types this quarter's figures into the form: HF-1 85 and HF-2 55. */
    private void typeFiguresAsTheDataOfficer(long returnId) {
        signIn("data.housing");
        open(ReturnView.path(returnId));
        HousingForm.typeFigures();
    }

    private static MeasureEditor editor(String code) {
        return HousingForm.editor(code);
    }
}
