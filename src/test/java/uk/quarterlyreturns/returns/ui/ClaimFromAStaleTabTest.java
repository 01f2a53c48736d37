package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.TaskClaims;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * An inbox opened before the step was claimed or released in another tab: its button says what is true (the step
 * is already the person's, or already released; a colleague's claim names the colleague) and the inbox shows the
 * step as it now is. Nobody but the claimant may release a claimed step. A step completed meanwhile is said to be,
 * with who completed it, and leaves the inbox.
 */
class ClaimFromAStaleTabTest extends ViewTest {

    @Autowired ApplicationContext context;
    @Autowired TaskClaims claims;
    @Autowired TaskService tasks;
    @Autowired ReturnWorkflow workflow;

    @Test
    void claimingAndReleasingFromAStaleTabSaysWhatHappenedInTheOtherAndShowsTheStepAsItIs() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2933);
        String complete = tasks.createTaskQuery().processVariableValueEquals(ReturnProcess.VAR_RETURN_ID,
                scenario.housing.id()).taskDefinitionKey(ReturnProcess.TASK_COMPLETE_RETURN).active().singleResult()
                .getId();
        signIn("data.housing");
        open("inbox");
        _setValue(_get(TextField.class, s -> s.withLabel("Filter tasks")), scenario.cycle.shortName());

        Button staleClaim = claimButton("Claim");
        claims.claim(complete, "data.housing"); // in another tab
        _click(staleClaim);
        assertThat(notified()).contains("You already took this step in another tab or window")
                .doesNotContain("Already claimed by");
        assertThat(assignee(complete)).isEqualTo("data.housing");

        Button staleRelease = claimButton("Release");
        claims.release(complete, "data.housing"); // in another tab
        NotificationsKt.clearNotifications();
        _click(staleRelease);
        assertThat(notified()).contains("You already released this step in another tab or window");
        assertThat(assignee(complete)).isNull();

        Button claimAgain = claimButton("Claim");
        claims.claim(complete, "dir.housing"); // a colleague meanwhile
        NotificationsKt.clearNotifications();
        _click(claimAgain);
        assertThat(notified()).contains("Already claimed by ");
        assertThat(_find(Grid.class)).as("a colleague's claim leaves the inbox")
                .allMatch(grid -> GridKt._size(grid) == 0);
        assertThat(assignee(complete)).isEqualTo("dir.housing");
        assertThatThrownBy(() -> claims.release(complete, "data.housing")).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> claims.release(complete, "data.economy")).isInstanceOf(NotAllowedException.class);
        assertThat(assignee(complete)).isEqualTo("dir.housing");
    }

    @Test
    void claimingAStepSomeoneCompletedMeanwhileSaysSoAndByWhomAndTheInboxDropsIt() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2952);
        String complete = completeStep(scenario);
        signIn("data.housing");
        open("inbox");
        _setValue(_get(TextField.class, s -> s.withLabel("Filter tasks")), scenario.cycle.shortName());

        Button staleClaim = claimButton("Claim");
        submitAs(scenario, "dir.housing"); // the director completes the step meanwhile
        _click(staleClaim);
        assertThat(notified()).contains("This step has already been completed by Imran Hussain")
                .doesNotContain("not offered");
        assertThat(listed()).doesNotContain(complete);
        // to someone it was never offered to, a finished step says nothing more than before
        assertThatThrownBy(() -> claims.claim(complete, "data.economy")).isInstanceOf(NotAllowedException.class)
                .hasMessage("This task is not offered to you");
    }

    @Test
    void releasingAStepCompletedInAnotherTabSaysYouCompletedIt() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2953);
        String complete = completeStep(scenario);
        claims.claim(complete, "data.housing");
        signIn("data.housing");
        open("inbox");
        _setValue(_get(TextField.class, s -> s.withLabel("Filter tasks")), scenario.cycle.shortName());

        Button staleRelease = claimButton("Release");
        submitAs(scenario, "data.housing"); // in another tab
        _click(staleRelease);
        assertThat(notified()).contains("You already completed this step in another tab or window")
                .doesNotContain("not offered");
        assertThat(listed()).doesNotContain(complete);
    }

    private String completeStep(ReturnScenario scenario) {
        return tasks.createTaskQuery().processVariableValueEquals(ReturnProcess.VAR_RETURN_ID, scenario.housing.id())
                .taskDefinitionKey(ReturnProcess.TASK_COMPLETE_RETURN).active().singleResult().getId();
    }

    private void submitAs(ReturnScenario scenario, String user) {
        scenario.enter("HF-1", 2, "85");
        scenario.enter("HF-2", 2, "55");
        scenario.keyActionOnTrack(2);
        workflow.submit(scenario.housing.id(), user);
    }

    /** The steps the inbox lists now (an empty inbox shows no grid). */
    private static List<String> listed() {
        return _find(Grid.class).stream().flatMap(grid -> IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> ((InboxItem) GridKt._get(grid, i)).taskId())).toList();
    }

    /** The claim cell's button of the one step listed, which must say this. */
    private static Button claimButton(String verb) {
        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        Component cell = GridKt._getCellComponent(grid, 0, "claim");
        Button button = cell instanceof Button b ? b : _get(cell, Button.class);
        assertThat(button.getText()).isEqualTo(verb);
        return button;
    }

    private static String notified() {
        return String.join(" | ", NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text", "")).toList());
    }

    private String assignee(String taskId) {
        return tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee();
    }
}
