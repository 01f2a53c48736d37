package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.returns.BulkAcceptance;
import uk.quarterlyreturns.returns.HighlightReports;
import uk.quarterlyreturns.returns.QualityCheck;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * A return signed off before its highlight report was asked for (or before the checks asked for one), with the report
 * blank, is not accepted on any route: the quality check's button, bulk acceptance (its preview, and a confirmation
 * of a preview made before the ask), engine REST and Tasklist. Each says what is missing, nothing changes, and the
 * performance team can still send it back. The REST API has no acceptance of its own. Year 3930.
 */
class BlankHighlightAtAcceptanceTest extends ViewTest {

    private static final String WHY = "Housing's return cannot be accepted yet: the highlight report asked for is"
            + " blank: send the return back";

    @Autowired ApplicationContext context;
    @Autowired ReturnWorkflow workflow;
    @Autowired BulkAcceptance bulk;
    @Autowired QualityCheck qualityCheck;
    @Autowired HighlightReports highlights;
    @Autowired TaskService tasks;
    @Autowired JdbcClient jdbc;

    @Test
    void aBlankHighlightReportAskedForIsRefusedOnEveryRouteAndTheReturnCanStillBeSentBack() throws Exception {
        ReturnScenario scenario = signedOff(3930);
        long id = scenario.housing.id();
        List<BulkAcceptance.Verdict> previewedBefore = bulk.preview(List.of(id), "perf");
        assertThat(previewedBefore).singleElement().satisfies(v -> assertThat(v.acceptable()).isTrue());
        askedAfterSignOff(id);
        int version = scenario.reload().version();
        int events = qualityCheck.history(id).size();

        assertThat(workflow.whyNotAccepted(id)).contains("the highlight report asked for is blank: send the return"
                + " back");
        assertThatThrownBy(() -> workflow.accept(id, version, "perf")).isInstanceOf(IllegalStateException.class)
                .hasMessage(WHY);

        assertThat(bulk.preview(List.of(id), "perf")).singleElement().satisfies(v -> assertThat(v.describe())
                .isEqualTo("Housing: the highlight report asked for is blank: send the return back"));
        assertThat(bulk.accept(List.of(id), "perf").message()).isEqualTo("0 accepted; 1 left: Housing: the highlight"
                + " report asked for is blank: send the return back");
        assertThat(bulk.accept(previewedBefore, "perf").message()).as("a preview made before the ask")
                .isEqualTo("0 accepted; 1 left: Housing: " + WHY);

        String taskId = tasks.createTaskQuery().processVariableValueEquals(ReturnProcess.VAR_RETURN_ID, id)
                .taskDefinitionKey(ReturnProcess.TASK_QUALITY_CHECK).singleResult().getId();
        var rest = new Api(url(""), "admin", "demo").postJson("/engine-rest/task/" + taskId + "/complete",
                "{\"variables\":{\"" + ReturnProcess.VAR_DECISION + "\":{\"value\":\"" + ReturnProcess.ACCEPTED
                        + "\"}}}");
        assertThat(rest.getStatusCode().value()).as("engine REST: " + rest.getBody()).isEqualTo(403);
        assertThatThrownBy(() -> tasks.complete(taskId)).as("Tasklist")
                .hasMessageContaining("can only be completed in Quarterly");

        signIn("perf");
        open(QualityCheckView.path(id));
        _click(button("Accept return"));
        assertThat(_find(ConfirmDialog.class)).as("refused anyway: nothing to ask").isEmpty();
        assertThat(_get(DecisionPanel.class).getElement().getTextRecursively()).contains("Not done: " + WHY);

        ServiceReturn now = scenario.reload();
        assertThat(now.status()).isEqualTo(ReturnStatus.SIGNED_OFF);
        assertThat(now.version()).isEqualTo(version);
        assertThat(now.acceptedBy()).isNull();
        assertThat(qualityCheck.history(id)).as("nothing recorded").hasSize(events);
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).as("the step still open").isEqualTo(1);

        workflow.sendBackByPerformanceTeam(id, version, "perf", "Please write the highlight report asked for");
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SENT_BACK);
    }

    /**
     * Asks the signed-off return for a highlight report as it stood before asking one of a signed-off return was
     * refused: nobody has written it.
     */
    private void askedAfterSignOff(long returnId) {
        jdbc.sql("update service_return set highlight_wanted = true where id = :id").param("id", returnId).update();
        assertThat(highlights.find(returnId)).isEmpty();
    }

    private ReturnScenario signedOff(int year) throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, year);
        scenario.completeAndSignOff();
        scenario.awaitTask(ReturnProcess.TASK_QUALITY_CHECK);
        return scenario;
    }

    private static Button button(String text) {
        return _get(_get(DecisionPanel.class), Button.class, s -> s.withText(text));
    }
}
