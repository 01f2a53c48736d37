package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.returns.Challenges;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * A signed-off return gives its service no task, yet waits for the service's answers to its challenges before it can
 * be accepted: the inbox of those who may answer lists it, with how many wait, until each is answered.
 */
class InboxChallengesTest extends ViewTest {

    @Autowired ApplicationContext context;
    @Autowired Challenges challenges;

    @Test
    void theServicesInboxSaysHowManyChallengesWaitForItsAnswerUntilEachIsAnswered() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 7323);
        scenario.completeAndSignOff();
        scenario.awaitTask(ReturnProcess.TASK_QUALITY_CHECK);
        long id = scenario.housing.id();
        String path = ReturnView.path(id);
        assertThat(waitingIn("data.housing", path)).isEmpty();

        challenges.challenge(id, "HF-1", "perf", "Why did repairs on time rise so fast?");
        challenges.challenge(id, "HKA-1", "perf", "Which milestone was met?");

        for (String who : List.of("data.housing", "dir.housing")) {
            assertThat(waitingIn(who, path)).containsExactly(
                    "Housing return, Q2 7323/24: 2 challenges waiting for your answer");
        }
        assertThat(waitingIn("data.economy", path)).as("another service's").isEmpty();
        assertThat(waitingIn("perf", path)).as("the challenger's").isEmpty();

        challenges.answer(id, "HF-1", "data.housing", "Two new crews started in July.");
        assertThat(waitingIn("dir.housing", path)).containsExactly(
                "Housing return, Q2 7323/24: 1 challenge waiting for your answer");
        challenges.answer(id, "HKA-1", "dir.housing", "The first hostel reopened.");
        assertThat(waitingIn("dir.housing", path)).isEmpty();
    }

    /** The words of the inbox's links to the return, among the challenges waiting. */
    private List<String> waitingIn(String username, String path) {
        signIn(username);
        open("reports"); // away first: the inbox is made afresh for whoever signed in, as on signing in
        open("inbox");
        return _find(UnorderedList.class, spec -> spec.withClasses("inbox-challenges")).stream()
                .flatMap(list -> _find(list, Anchor.class).stream()).filter(a -> path.equals(a.getHref()))
                .map(Anchor::getText).toList();
    }
}
