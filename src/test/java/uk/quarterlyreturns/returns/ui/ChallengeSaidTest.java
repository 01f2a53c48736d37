package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * A challenge added, or an answer sent, empties its field and nothing else moves: a line read out as it changes says
 * it went, and a refusal takes it away again, so that it never speaks of an earlier one.
 */
class ChallengeSaidTest extends ViewTest {

    @Autowired
    ApplicationContext context;

    @Test
    void aChallengeAddedAndAnAnswerSentAreSaid() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 7643);
        long id = scenario.housing.id();
        scenario.completeAndSignOff();
        scenario.awaitTask(ReturnProcess.TASK_QUALITY_CHECK);
        signIn("perf");
        open(ReturnView.path(id));
        ChallengeBox box = _get(HousingForm.editor("HF-1"), ChallengeBox.class);
        assertThat(said(box)).as("nothing yet").isEmpty();

        _setValue(_get(box, TextArea.class, s -> s.withLabel("Challenge HF-1")), "Is July's backlog counted twice?");
        _click(_get(box, Button.class, s -> s.withText("Add challenge")));
        assertThat(said(box)).isEqualTo("Challenge on HF-1 added");
        _click(_get(box, Button.class, s -> s.withText("Add challenge")));
        assertThat(said(box)).as("an empty challenge is refused, and the field says why").isEmpty();

        signIn("data.housing");
        open(ReturnView.path(id));
        ChallengeBox answering = _get(HousingForm.editor("HF-1"), ChallengeBox.class);
        _setValue(_get(answering, TextArea.class, s -> s.withLabel("Answer the challenge on HF-1")),
                "No: two new crews started in July.");
        _click(_get(answering, Button.class, s -> s.withText("Send answer")));
        assertThat(said(answering)).isEqualTo("Answer on HF-1 sent");
    }

    private static String said(ChallengeBox box) {
        Paragraph said = _get(box, Paragraph.class, s -> s.withClasses("challenge-recorded"));
        assertThat(said.getElement().getAttribute("role")).as("read out as it changes").isEqualTo("status");
        return said.getText();
    }
}
