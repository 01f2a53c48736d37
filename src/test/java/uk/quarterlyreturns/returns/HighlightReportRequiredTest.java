package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * A return asked for a highlight report is not complete until the report has the head of service's narrative and
 * current issues or improvements: submission is refused on every route until then, and so is sign-off of one asked
 * for after it was submitted. A return already signed off or accepted, which nobody may change, is not asked for one.
 * Years 3875 and 3876.
 */
class HighlightReportRequiredTest extends ApplicationTest {

    private static final String NO_NARRATIVE = "Highlight report: No head of service's narrative: give the head of"
            + " service's narrative for the quarter";
    private static final String NO_ISSUES_OR_IMPROVEMENTS = "Highlight report: No current issues or improvements:"
            + " give at least one of them";

    @Autowired ApplicationContext context;
    @Autowired HighlightReports highlights;
    @Autowired ReturnWorkflow workflow;
    @Autowired TaskService tasks;

    @Test
    void aBlankHighlightReportIsRefusedOnEveryRouteAndTheFilledOneGoesIn() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 3875);
        long id = scenario.housing.id();
        scenario.withHighlightReport(() -> {
            scenario.enter("HF-1", 2, "85");
            scenario.enter("HF-2", 2, "55");
            scenario.keyActionOnTrack(2);

            assertThatThrownBy(() -> workflow.submit(id, "data.housing"))
                    .isInstanceOfSatisfying(ReturnNotReadyException.class, e -> assertThat(e.problems())
                            .extracting(p -> p.code() + ": " + p.message())
                            .containsExactly(NO_NARRATIVE, NO_ISSUES_OR_IMPROVEMENTS))
                    .hasMessageStartingWith("2 items need attention before the return can be submitted: ");
            String taskId = tasks.createTaskQuery().processVariableValueEquals(ReturnProcess.VAR_RETURN_ID, id)
                    .taskDefinitionKey(ReturnProcess.TASK_COMPLETE_RETURN).singleResult().getId();
            var rest = new Api(url(""), "admin", "demo").postJson("/engine-rest/task/" + taskId + "/complete", "{}");
            assertThat(rest.getStatusCode().value()).as("engine REST: " + rest.getBody()).isEqualTo(403);
            assertThatThrownBy(() -> tasks.complete(taskId)).as("Tasklist")
                    .hasMessageContaining("can only be completed in Quarterly");
            assertThat(scenario.reload().status()).isNotEqualTo(ReturnStatus.SUBMITTED);
            assertThat(tasks.createTaskQuery().taskId(taskId).count()).as("the step still open").isEqualTo(1);

            highlights.save(id, "data.housing", null, new Highlight(null, null, "A steady quarter."));
            assertThatThrownBy(() -> workflow.submit(id, "data.housing"))
                    .isInstanceOfSatisfying(ReturnNotReadyException.class, e -> assertThat(e.problems())
                            .extracting(p -> p.code() + ": " + p.message()).containsExactly(NO_ISSUES_OR_IMPROVEMENTS));

            int version = highlights.stored(id).orElseThrow().version();
            highlights.save(id, "data.housing", version,
                    new Highlight(null, "Repairs on time rose.", "A steady quarter."));
            workflow.submit(id, "data.housing");
            assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SUBMITTED);
        });
    }

    @Test
    void askedAfterSubmissionTheDirectorWritesItBeforeSigningOffAndOnceSignedOffItIsNotAsked() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 3876);
        long id = scenario.housing.id();
        scenario.completeAndSubmit();
        scenario.awaitTask(ReturnProcess.TASK_SIGN_OFF);
        scenario.withHighlightReport(() -> {
            assertThatThrownBy(() -> workflow.signOff(id, "dir.housing"))
                    .isInstanceOfSatisfying(ReturnNotReadyException.class, e -> assertThat(e.problems())
                            .extracting(p -> p.code() + ": " + p.message())
                            .containsExactly(NO_NARRATIVE, NO_ISSUES_OR_IMPROVEMENTS));
            highlights.save(id, "dir.housing", null, new Highlight("Voids slowed.", null, "A steady quarter."));
            workflow.signOff(id, "dir.housing");
            assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SIGNED_OFF);

            // no longer asked, then asked again: nobody may change a signed-off return, so it could never be written
            highlights.setWanted(scenario.cycle.id(), scenario.housing.serviceId(), false, "perf");
            long service = scenario.housing.serviceId();
            assertThatThrownBy(() -> highlights.setWanted(scenario.cycle.id(), service, true, "perf"))
                    .isInstanceOf(IllegalStateException.class).hasMessage("Housing's return is already signed off,"
                            + " so nobody can write its highlight report now: send it back to the service first, or"
                            + " ask from next quarter");
            assertThat(highlights.wanted(id)).isFalse();
            assertThat(highlights.forCycle(scenario.cycle.id())).isEmpty();

            scenario.awaitTask(ReturnProcess.TASK_QUALITY_CHECK);
            workflow.accept(id, "perf");
            assertThatThrownBy(() -> highlights.setWanted(scenario.cycle.id(), service, true, "perf"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("already accepted")
                    .hasMessageContaining("reopen it first");
            assertThat(highlights.wanted(id)).isFalse();
        });
    }
}
