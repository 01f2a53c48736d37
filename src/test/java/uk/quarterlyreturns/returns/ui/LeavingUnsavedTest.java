package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.quarterlyreturns.base.ui.MainLayout;
import uk.quarterlyreturns.compliance.ui.ComplianceView;
import uk.quarterlyreturns.returns.Challenges;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * Leaving a return's form while it shows something not saved asks first, for another page or on signing out; with all
 * of it saved, it does not. A challenge or answer typed and not sent counts as not saved.
 */
class LeavingUnsavedTest extends ViewTest {

    @Autowired
    ApplicationContext context;

    @Test
    void leavingWithAFigureTheFormCannotReadAsksFirst() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 7491);
        signIn("data.housing");
        typeHf1(scenario, "85");
        UI.getCurrent().navigate(InboxView.class);
        assertThat(_find(ConfirmDialog.class)).as("everything saved: nothing to ask").isEmpty();
        assertThat(_find(InboxView.class)).hasSize(1);

        typeHf1(scenario, "tbc");
        UI.getCurrent().navigate(InboxView.class);

        ConfirmDialog question = _get(ConfirmDialog.class);
        assertThat(question.getElement().getProperty("message")).startsWith("Not saved: HF-1: the value typed cannot"
                + " be read").contains("Cancel to stay and save it");
        assertThat(_find(ReturnView.class)).as("still on the form until the person chooses").hasSize(1);
        ConfirmDialogKt._fireConfirm(question);
        assertThat(_find(InboxView.class)).as("left once they chose to").hasSize(1);
    }

    @Test
    void signingOutWithAFigureTheFormCannotReadAsksFirst() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 7551);
        signIn("data.housing");
        typeHf1(scenario, "tbc");
        _click(_get(_get(MainLayout.class), Button.class, s -> s.withText("Sign out")));

        ConfirmDialog question = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(question)).isEqualTo("Sign out without saving?");
        assertThat(question.getElement().getProperty("message")).startsWith("Not saved: HF-1: the value typed cannot"
                + " be read").contains("if you sign out, it is lost");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("still signed in until they choose")
                .isNotNull();
        assertThat(_find(ReturnView.class)).hasSize(1);
        ConfirmDialogKt._fireConfirm(question);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("signed out once they chose to")
                .isNull();
    }

    @Test
    void leavingWithAChallengeOrAnAnswerTypedAndNotSentAsksFirst() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 7552);
        long id = scenario.housing.id();
        scenario.completeAndSignOff();
        scenario.awaitTask(ReturnProcess.TASK_QUALITY_CHECK);
        signIn("perf");
        open(ReturnView.path(id));
        _setValue(_get(TextArea.class, s -> s.withLabel("Challenge HF-1")), "Is July's backlog counted twice?");
        UI.getCurrent().navigate(ComplianceView.class);

        ConfirmDialog question = _get(ConfirmDialog.class);
        assertThat(question.getElement().getProperty("message"))
                .startsWith("Not saved: HF-1: the challenge typed, not added yet");
        assertThat(_find(ReturnView.class)).as("still on the return until the person chooses").hasSize(1);
        ConfirmDialogKt._fireConfirm(question);
        assertThat(_find(ComplianceView.class)).hasSize(1);

        context.getBean(Challenges.class).challenge(id, "HF-1", "perf", "Is July's backlog counted twice?");
        signIn("data.housing");
        open(ReturnView.path(id));
        TextArea answer = _get(TextArea.class, s -> s.withLabel("Answer the challenge on HF-1"));
        _setValue(answer, "No: two new crews started in July.");
        UI.getCurrent().navigate(InboxView.class);
        question = _get(ConfirmDialog.class);
        assertThat(question.getElement().getProperty("message"))
                .startsWith("Not saved: HF-1: the answer typed, not sent yet");
        assertThat(_find(ReturnView.class)).hasSize(1);
        ConfirmDialogKt._fireCancel(question);
        _click(_get(Button.class, s -> s.withText("Send answer")));
        assertThat(answer.getValue()).as("sent").isEmpty();
        UI.getCurrent().navigate(InboxView.class);
        assertThat(_find(ConfirmDialog.class)).as("nothing left to send: nothing to ask").isEmpty();
        assertThat(_find(InboxView.class)).hasSize(1);
    }

    /** Opens the Housing return's form and types HF-1's figure. */
    private void typeHf1(ReturnScenario scenario, String figure) {
        open(ReturnView.path(scenario.housing.id()));
        _setValue(_get(HousingForm.editor("HF-1"), TextField.class), figure);
    }
}
