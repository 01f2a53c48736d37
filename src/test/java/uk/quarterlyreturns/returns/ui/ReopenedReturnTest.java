package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.AcceptedReturn;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * A return reopened for correction tells the service, on the return itself, what is to be corrected; it is reopened
 * from the version the page showed.
 */
class ReopenedReturnTest extends ViewTest {

    private static final String YEAR = "2745-46";

    @Autowired ApplicationContext context;
    @Autowired ReturnRepository returns;
    @Autowired ReturnWorkflow workflow;
    @Autowired TaskService tasks;

    @Test
    void theServiceOpeningAReopenedReturnReadsWhyItWasReopened() throws Exception {
        ServiceReturn housing = AcceptedReturn.housing(context, YEAR);

        workflow.reopen(housing.id(), "perf", "RH-1 counted jobs finished after the quarter end: recount them");

        assertThat(returns.find(housing.id()).orElseThrow().status()).isEqualTo(ReturnStatus.REOPENED);
        signIn("data.housing");
        open(ReturnView.path(housing.id()));
        assertThat(_get(ReturnHeader.class).getElement().getTextRecursively())
                .contains("Reopened for correction by Performance Officer on ")
                .contains(": RH-1 counted jobs finished after the quarter end: recount them")
                // the accepted version's steps are not the reopened return's: it awaits its correction
                .contains("Submitted (an earlier version) by Lucy Wade on")
                .contains("Signed off (an earlier version) by Imran Hussain on")
                .contains("Accepted (an earlier version) by Performance Officer on")
                .doesNotContain("Signed off by").doesNotContain("Accepted by");
    }

    @Test
    void aPageOpenedBeforeTheReturnWentRoundAgainDoesNotReopenTheNewVersion() throws Exception {
        ServiceReturn housing = AcceptedReturn.housing(context, "3478-79");
        signIn("perfmgr");
        open(ReturnView.path(housing.id()));

        // meanwhile a colleague reopens it, and it is corrected, signed off and accepted again
        workflow.reopen(housing.id(), "perf", "RH-1 counted jobs finished after the quarter end: recount them");
        awaitStep(housing.id(), ReturnProcess.TASK_COMPLETE_RETURN);
        workflow.submit(housing.id(), "data.housing");
        awaitStep(housing.id(), ReturnProcess.TASK_SIGN_OFF);
        workflow.signOff(housing.id(), "dir.housing");
        awaitStep(housing.id(), ReturnProcess.TASK_QUALITY_CHECK);
        workflow.accept(housing.id(), "perf");
        int accepted = returns.find(housing.id()).orElseThrow().version();

        DecisionPanel panel = _get(DecisionPanel.class);
        _setValue(_get(panel, TextArea.class), "RH-1 looks low against last quarter");
        _click(_get(panel, Button.class, s -> s.withText("Reopen return…")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(panel.getElement().getTextRecursively()).contains("Not done: This return has changed since you"
                + " opened it: reload the page to see the latest version");
        ServiceReturn now = returns.find(housing.id()).orElseThrow();
        assertThat(now.status()).isEqualTo(ReturnStatus.ACCEPTED);
        assertThat(now.version()).isEqualTo(accepted);
    }

    private void awaitStep(long returnId, String step) {
        Await.until("the return at " + step, ReturnScenario.WAIT, () -> tasks.createTaskQuery()
                .processVariableValueEquals(ReturnProcess.VAR_RETURN_ID, returnId).taskDefinitionKey(step).active()
                .count() == 1);
    }
}
