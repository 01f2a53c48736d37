package uk.quarterlyreturns.cycle;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.quarterlyreturns.cycle.CycleScenario.at;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.returns.ui.ReturnView;
import uk.quarterlyreturns.support.ViewTest;

/**
 * The director signing off a return the published report prints as submitted is told that nothing in it changes
 * there, and that sending it back with a reason reopens it for correction; sending it back does so. Year 7533.
 */
class SendingBackForCorrectionViewTest extends ViewTest {

    @Autowired ApplicationContext context;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReportApproval approval;

    private CycleScenario scenario;

    @AfterEach
    void end() {
        CycleScenario.end(scenario);
    }

    @Test
    void theDirectorIsToldThatSendingBackCorrectsTheReturnAndItDoes() throws Exception {
        scenario = CycleScenario.of(context, 7533).open(ChasePolicy.DEFAULT);
        ServiceReturn housing = scenario.housingPublishedAsSubmitted(workflow, approval);
        at(7533, 8, 5, 10, 0);

        signIn("dir.housing");
        open(ReturnView.path(housing.id()));
        assertThat(_get(Paragraph.class, s -> s.withClasses("correction-note")).getText()).startsWith("The published"
                + " report prints this return as submitted, so nothing in it can be changed here. To correct it, or"
                + " to give what it now lacks, send it back with the reason");
        _setValue(_get(TextArea.class, s -> s.withLabel("Reason for the correction (needed to send it back)")),
                "H-1 was the April count");
        _click(_get(Button.class, s -> s.withText("Send back to the service")));
        ConfirmDialog ask = _get(ConfirmDialog.class);
        assertThat(ask.getElement().getProperty("header")).isEqualTo("Send Housing's return back for correction?");
        assertThat(ask.getElement().getProperty("message")).contains("is published as the next version");
        ConfirmDialogKt._fireConfirm(ask);

        ServiceReturn reopened = scenario.reload(housing);
        assertThat(reopened.status()).isEqualTo(ReturnStatus.REOPENED);
        assertThat(reopened.sentBackComment()).isEqualTo("H-1 was the April count");
        assertThat(scenario.status()).as("a correction has started").isEqualTo(CycleStatus.OPEN);
    }
}
