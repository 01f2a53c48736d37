package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.framework.MeasureEntry;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.returns.ReturnEditing;
import uk.quarterlyreturns.returns.ReturnNotReadyException;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * A complete return submitted, then changed before sign-off: HF-1 corrected by the director to 75, Amber without
 * reasons, and HF-2's figure cleared (raising HF-1's target under its submitted 85 is refused through the API, and so
 * is adding a measure HF-4, which would join the submitted return with no value). Sign-off is refused on every route
 * with the list submission gives; the director puts it right on the form and signs off.
 */
class SignOffCompletenessTest extends ViewTest {

    private static final AtomicInteger YEAR = new AtomicInteger(2830);

    private static final String AMBER_NOW = "HF-1: Amber: give the reasons for performance and the actions planned";
    private static final String NO_VALUE = "HF-2: No value: enter one, or mark it not available and say why";

    @Autowired
    ApplicationContext context;
    @Autowired
    ReturnWorkflow workflow;
    @Autowired
    ReturnEditing editing;
    @Autowired
    TaskService tasks;
    @Autowired
    ValueRepository values;

    /** Submitted complete (HF-1 85 against 80, HF-2 55, HKA-1 on track); then the framework and HF-1 change. */
    private ReturnScenario submittedThenChanged() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, YEAR.getAndIncrement());
        scenario.enter("HF-1", 2, "85");
        scenario.enter("HF-2", 2, "55");
        scenario.keyActionOnTrack(2);
        workflow.submit(scenario.housing.id(), "data.housing");
        scenario.awaitTask(ReturnProcess.TASK_SIGN_OFF);
        Api perf = new Api(url(""), "perf", "demo");
        var raised = perf.putCsv("/api/years/" + scenario.year + "/framework", framework("90"));
        assertThat(raised.getStatusCode().value()).as(raised.getBody()).isEqualTo(400);
        assertThat(raised.getBody()).contains("\"column\":\"target\"")
                .contains("HF-1's figures for Q2 are in Housing's return, already submitted");
        var added = perf.putCsv("/api/years/" + scenario.year + "/framework", framework("80"));
        assertThat(added.getStatusCode().value()).as(added.getBody()).isEqualTo(400);
        assertThat(added.getBody()).contains("\"column\":\"service\"")
                .contains("Adding HF-4 to Housing would add it to Housing's Q2 return, already submitted");
        correct(scenario, "HF-1", "75");
        correct(scenario, "HF-2", null);
        return scenario;
    }

    /** The director corrects (or clears) the measure's Q2 figure before sign-off. */
    private void correct(ReturnScenario scenario, String code, String value) {
        long measure = scenario.measureId(code);
        editing.saveMeasure(scenario.housing.id(), measure, values.find(measure, 2).orElseThrow().version(),
                new MeasureEntry(value == null ? null : new BigDecimal(value), null, null, null, null, null),
                "dir.housing");
    }

    /** The Housing framework with HF-1 at this target, and HF-4 added. */
    private static String framework(String target) {
        return """
                code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,floor,tolerance_pct,rag_scheme,due_quarter
                HF-1,Percentage of repairs completed on time,Economy and Infrastructure,Housing,Ambitious,PERCENT,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,%s,,10,TOLERANCE,
                HF-2,Households in temporary accommodation,Economy and Infrastructure,Housing,Resilient,COUNT,LOWER_IS_BETTER,QUARTERLY,SNAPSHOT,100,,10,TOLERANCE,
                HF-3,Net additional homes provided,Economy and Infrastructure,Housing,Ambitious,COUNT,HIGHER_IS_BETTER,ANNUAL,SNAPSHOT,1730,,,FIVE_POINT,4
                HF-4,Empty homes inspected,Economy and Infrastructure,Housing,Resilient,COUNT,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,,,,NONE,
                """.formatted(target);
    }

    @Test
    void signingOffAnIncompleteReturnIsRefusedWithWhatIsMissing() throws Exception {
        ReturnScenario scenario = submittedThenChanged();

        assertThatThrownBy(() -> workflow.signOff(scenario.housing.id(), "dir.housing"))
                .isInstanceOfSatisfying(ReturnNotReadyException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.code() + ": " + p.message()).containsExactly(AMBER_NOW, NO_VALUE))
                .hasMessageStartingWith("2 items need attention before the return can be signed off: ");
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SUBMITTED);
    }

    @Test
    void theSignOffStepCompletedThroughTheEngineIsRefused() throws Exception {
        ReturnScenario scenario = submittedThenChanged();
        String taskId = tasks.createTaskQuery().processVariableValueEquals(ReturnProcess.VAR_RETURN_ID,
                scenario.housing.id()).taskDefinitionKey(ReturnProcess.TASK_SIGN_OFF).singleResult().getId();

        // engine REST, as an administrator would call it
        var rest = new Api(url(""), "admin", "demo").postJson("/engine-rest/task/" + taskId + "/complete", "{}");
        assertThat(rest.getStatusCode().value()).as(rest.getBody()).isEqualTo(403);
        // Tasklist completes the task through the engine's own API
        assertThatThrownBy(() -> tasks.complete(taskId)).hasMessageContaining("can only be completed in Quarterly");

        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SUBMITTED);
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).as("the sign-off step still open").isEqualTo(1);
    }

    @Test
    void theDirectorSeesWhatIsMissingPutsItRightOnTheFormAndSignsOff() throws Exception {
        ReturnScenario scenario = submittedThenChanged();
        long id = scenario.housing.id();

        signIn("data.housing");
        open(ReturnView.path(id));
        assertThat(_get(editor("HF-2"), TextField.class).isReadOnly()).as("a data officer no longer edits").isTrue();
        assertThatThrownBy(() -> editing.saveMeasure(id, scenario.measureId("HF-2"), null,
                new MeasureEntry(new BigDecimal("12"), null, null, null, null, null), "data.housing"))
                .isInstanceOf(IllegalStateException.class);

        signIn("dir.housing");
        open(ReturnView.path(id));
        DecisionPanel panel = _get(DecisionPanel.class);
        assertThat(panel.getElement().getTextRecursively())
                .contains("Errors: put these right (they block the return) (2)").contains(AMBER_NOW)
                .contains(NO_VALUE).contains("At Amber or worse: 1 item, 0 with reasons and actions planned");
        _click(_get(panel, Button.class, s -> s.withText("Sign off return")));
        assertThat(panel.getElement().getTextRecursively())
                .contains("Not signed off: 2 items need attention, listed under Completeness above.");
        assertThat(_find(ConfirmDialog.class)).as("refused at once: nothing to ask").isEmpty();
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SUBMITTED);

        _setValue(_get(editor("HF-2"), TextField.class), "55");
        _setValue(_get(editor("HF-1"), TextArea.class, s -> s.withLabel("Reasons for performance")),
                "Two surveyors left this quarter");
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SUBMITTED);
        _click(_get(panel, Button.class, s -> s.withText("Sign off return")));
        assertThat(panel.getElement().getTextRecursively()).contains("Not signed off: 1 item needs attention")
                .doesNotContain(NO_VALUE).contains(AMBER_NOW);
        _setValue(_get(editor("HF-1"), TextArea.class, s -> s.withLabel("Actions planned to address issues")),
                "Agency surveyors from next month");

        _click(_get(panel, Button.class, s -> s.withText("Sign off return")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SIGNED_OFF);
        assertThat(scenario.reload().signedOffBy()).isEqualTo("dir.housing");
    }

    private static MeasureEditor editor(String code) {
        return _find(MeasureEditor.class).stream().filter(e -> e.measure().code().equals(code)).findFirst()
                .orElseThrow();
    }
}
