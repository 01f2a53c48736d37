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
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.CycleStatus;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.AcceptedReturn;
import uk.quarterlyreturns.support.ViewTest;

/**
 * Reopening an accepted return undoes its acceptance, mails the service and, once the report is published, starts a
 * corrected version: the performance team is asked first, told which, and Cancel changes nothing.
 */
class ReopeningAskedFirstTest extends ViewTest {

    private static final String REASON = "RH-1 counted jobs finished after the quarter end: recount them";

    @Autowired ApplicationContext context;
    @Autowired ReturnRepository returns;
    @Autowired CycleRepository cycles;

    @Test
    void reopeningAsksFirstSayingWhatFollowsAndCancelLeavesTheReturnAccepted() {
        ServiceReturn housing = AcceptedReturn.housing(context, "3802-03");
        signIn("perf");
        open(QualityCheckView.path(housing.id()));
        _click(reopenButton());
        TextArea reason = _get(_get(DecisionPanel.class), TextArea.class);
        assertThat(_find(ConfirmDialog.class)).as("no reason: nothing to ask yet").isEmpty();
        assertThat(reason.getErrorMessage()).isEqualTo("Say why the return is reopened");

        _setValue(reason, REASON);
        _click(reopenButton());
        ConfirmDialog ask = _get(ConfirmDialog.class);
        assertThat(ask.getElement().getProperty("message")).isEqualTo("It goes back to the service with your"
                + " reason, its director and data officers are emailed, and it goes round sign-off and the quality"
                + " check again.");
        assertThat(status(housing)).as("nothing done before the answer").isEqualTo(ReturnStatus.ACCEPTED);
        ConfirmDialogKt._fireCancel(ask);
        assertThat(status(housing)).isEqualTo(ReturnStatus.ACCEPTED);
        assertThat(reason.getValue()).as("what was typed is kept").isEqualTo(REASON);

        _click(reopenButton());
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(status(housing)).isEqualTo(ReturnStatus.REOPENED);
        assertThat(returns.find(housing.id()).orElseThrow().sentBackComment()).isEqualTo(REASON);
    }

    @Test
    void onceTheReportIsPublishedTheQuestionSaysACorrectedVersionFollows() {
        ServiceReturn housing = AcceptedReturn.housing(context, "3803-04");
        cycles.setStatus(housing.cycleId(), CycleStatus.PUBLISHED); // as once approved
        signIn("perf");
        open(ReturnView.path(housing.id()));
        _setValue(_get(_get(DecisionPanel.class), TextArea.class), REASON);
        _click(reopenButton());

        ConfirmDialog ask = _get(ConfirmDialog.class);
        assertThat(ask.getElement().getProperty("message")).endsWith("The report is already published: once the"
                + " return is accepted again, the corrected report goes to the chief executive and is published as"
                + " the next version.");
        ConfirmDialogKt._fireCancel(ask);
        assertThat(status(housing)).isEqualTo(ReturnStatus.ACCEPTED);
        assertThat(cycles.find(housing.cycleId()).orElseThrow().status()).as("no correction started")
                .isEqualTo(CycleStatus.PUBLISHED);
    }

    private static Button reopenButton() {
        return _get(_get(DecisionPanel.class), Button.class, 
                s -> s.withPredicate(b -> b.getText().startsWith("Reopen return")));
    }

    private ReturnStatus status(ServiceReturn r) {
        return returns.find(r.id()).orElseThrow().status();
    }
}
