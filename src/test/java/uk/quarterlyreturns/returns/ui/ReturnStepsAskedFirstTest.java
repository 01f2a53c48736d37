package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.returns.Challenges;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * Signing off, sending back and accepting take the return out of the clicker's hands (and sending back mails the
 * service): each is asked first, saying what follows; Cancel leaves the return and what was typed; the answer takes
 * the step. A comment is asked for before the question, and a step that would be refused is refused at once.
 */
class ReturnStepsAskedFirstTest extends ViewTest {

    private static final String COMMENT = "HF-2 counts households, not people: please recount";

    @Autowired ApplicationContext context;
    @Autowired Challenges challenges;
    @Autowired ReturnWorkflow workflow;

    @Test
    void signingOffSaysWhatItMeansAndCancelLeavesTheReturnAndTheNote() throws Exception {
        ReturnScenario scenario = submitted(3880);
        signIn("dir.housing");
        open(ReturnView.path(scenario.housing.id()));
        TextArea note = _get(TextArea.class, s -> s.withLabel("Note for the performance team (optional)"));
        _setValue(note, "HF-2 fell after the new hostel opened");

        _click(button("Sign off return"));
        ConfirmDialog ask = _get(ConfirmDialog.class);
        assertThat(ask.getElement().getProperty("header")).isEqualTo("Sign off Housing's return?");
        assertThat(ask.getElement().getProperty("message")).isEqualTo("You confirm the return's figures and"
                + " narratives; it goes to the performance team's quality check and you can no longer change it.");
        assertThat(scenario.reload().status()).as("nothing done before the answer").isEqualTo(ReturnStatus.SUBMITTED);
        ConfirmDialogKt._fireCancel(ask);
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SUBMITTED);
        assertThat(note.getValue()).as("the note is kept").isEqualTo("HF-2 fell after the new hostel opened");

        _click(button("Sign off return"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SIGNED_OFF);
        assertThat(scenario.reload().signOffNote()).isEqualTo("HF-2 fell after the new hostel opened");
    }

    @Test
    void theDirectorSendingBackIsAskedOnceThereIsACommentNamingWhoIsEmailed() throws Exception {
        ReturnScenario scenario = submitted(3881);
        signIn("dir.housing");
        open(ReturnView.path(scenario.housing.id()));

        sendBackAskedFirst(scenario, ReturnStatus.SUBMITTED, "It goes back to the service with your comment: its"
                + " data officers are emailed, and so are its director and any deputy for today other than you. It"
                + " comes back for sign-off once it is submitted again.");
    }

    @Test
    void thePerformanceTeamSendingBackIsAskedOnceThereIsACommentNamingWhoIsEmailed() throws Exception {
        ReturnScenario scenario = signedOff(3882);
        signIn("perf");
        open(QualityCheckView.path(scenario.housing.id()));

        sendBackAskedFirst(scenario, ReturnStatus.SIGNED_OFF, "It goes back to the service with your comment: its"
                + " director, any deputy for today and its data officers are emailed. It goes round submission,"
                + " sign-off and the quality check again.");
    }

    @Test
    void acceptingIsRefusedAtOnceWhileAChallengeIsOpenThenAskedFirstAndCancelLeavesTheReturnSignedOff()
            throws Exception {
        ReturnScenario scenario = signedOff(3883);
        long id = scenario.housing.id();
        challenges.challenge(id, "HF-1", "perfmgr", "Is 85% the month-end figure?");
        signIn("perf");
        open(QualityCheckView.path(id));
        _click(button("Accept return"));
        assertThat(_find(ConfirmDialog.class)).as("refused anyway: nothing to ask").isEmpty();
        assertThat(_get(DecisionPanel.class).getElement().getTextRecursively()).contains("Not done: Housing's return"
                + " cannot be accepted yet: the challenge on HF-1 is not answered yet");

        challenges.answer(id, "HF-1", "data.housing", "Yes: counted on 30 September");
        open(QualityCheckView.path(id));
        _click(button("Accept return"));
        ConfirmDialog ask = _get(ConfirmDialog.class);
        assertThat(ask.getElement().getProperty("header")).isEqualTo("Accept Housing's return?");
        assertThat(ask.getElement().getProperty("message")).contains("reopen it with a reason, which emails the"
                + " service");
        ConfirmDialogKt._fireCancel(ask);
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SIGNED_OFF);

        _click(button("Accept return"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.ACCEPTED);
        assertThat(scenario.reload().acceptedBy()).isEqualTo("perf");
    }

    /** Refused without a comment and without a question; asked with one; Cancel keeps it; the answer sends back. */
    private void sendBackAskedFirst(ReturnScenario scenario, ReturnStatus before, String whoIsTold) {
        _click(button("Send back to the service"));
        TextArea comment = _get(_get(DecisionPanel.class), TextArea.class,
                s -> s.withLabel("Comment for the service (needed to send it back)"));
        assertThat(_find(ConfirmDialog.class)).as("no comment: nothing to ask yet").isEmpty();
        assertThat(comment.getErrorMessage()).isEqualTo("Say what needs changing: the comment goes to the service");

        _setValue(comment, COMMENT);
        _click(button("Send back to the service"));
        ConfirmDialog ask = _get(ConfirmDialog.class);
        assertThat(ask.getElement().getProperty("header")).isEqualTo("Send Housing's return back?");
        assertThat(ask.getElement().getProperty("message")).isEqualTo(whoIsTold);
        assertThat(scenario.reload().status()).as("nothing done before the answer").isEqualTo(before);
        ConfirmDialogKt._fireCancel(ask);
        assertThat(scenario.reload().status()).isEqualTo(before);
        assertThat(comment.getValue()).as("what was typed is kept").isEqualTo(COMMENT);

        _click(button("Send back to the service"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SENT_BACK);
        assertThat(scenario.reload().sentBackComment()).isEqualTo(COMMENT);
    }

    private ReturnScenario submitted(int year) throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, year);
        scenario.completeAndSubmit();
        scenario.awaitTask(ReturnProcess.TASK_SIGN_OFF);
        return scenario;
    }

    private ReturnScenario signedOff(int year) throws Exception {
        ReturnScenario scenario = submitted(year);
        workflow.signOff(scenario.housing.id(), "dir.housing");
        scenario.awaitTask(ReturnProcess.TASK_QUALITY_CHECK);
        return scenario;
    }

    private static Button button(String text) {
        return _get(_get(DecisionPanel.class), Button.class, s -> s.withText(text));
    }
}
