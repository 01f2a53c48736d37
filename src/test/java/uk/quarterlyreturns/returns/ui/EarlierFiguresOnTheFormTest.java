package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.framework.FigureRevision;
import uk.quarterlyreturns.framework.FigureRevision.Decision;
import uk.quarterlyreturns.returns.EarlierFigures;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.support.AcceptedReturn;
import uk.quarterlyreturns.support.ProvisionalFirstQuarter;
import uk.quarterlyreturns.support.ViewTest;

/**
 * Q1's provisional HF-1 shown on Housing's Q2 form, saved as typed (a revision needs its figure and reason, said on
 * the page with nothing typed lost), read only once submitted, and shown at the quality check.
 */
class EarlierFiguresOnTheFormTest extends ViewTest {

    @Autowired ApplicationContext context;
    @Autowired EarlierFigures earlier;
    @Autowired ReturnWorkflow workflow;


    @Test
    void revisedAsTypedThenReadOnlyOnceSubmittedAndShownAtTheQualityCheck() throws Exception {
        try (ProvisionalFirstQuarter scenario = ProvisionalFirstQuarter.accepted(context, 4760)) {
            long id = scenario.q2.id();
            signIn("data.housing");
            open(ReturnView.path(id));

            EarlierFigure hf1 = _get(EarlierFigure.class);
            assertThat(hf1.getElement().getTextRecursively()).contains("HF-1", "Q1 figure 82% (provisional)");
            // each measure's boxes read out with their measure and quarter; the figure saved as typing pauses
            assertThat(hf1.revised.getAriaLabel()).hasValueSatisfying(label -> assertThat(label)
                    .startsWith("HF-1 Q1 figure: final figure (").contains("%"));
            assertThat(hf1.reason.getAriaLabel()).contains("HF-1 Q1 figure: reason for the revision");
            assertThat(hf1.revised.getValueChangeMode()).isEqualTo(ValueChangeMode.LAZY);
            assertThat(hf1.revised.getValueChangeTimeout()).isEqualTo(400);
            _setValue(hf1.decision, Decision.REVISED);
            _setValue(hf1.revised, "84");
            assertThat(hf1.status.getText()).contains("Not saved", "needs a reason");
            assertThat(hf1.revised.getValue()).as("nothing typed lost").isEqualTo("84");
            _click(_get(Button.class, s -> s.withText("Submit return")));
            assertThat(_get(Dialog.class).getElement().getTextRecursively())
                    .as("held back while the page shows what is not saved")
                    .contains("HF-1 Q1: Not saved: HF-1: the Q1 figure revised needs a reason");
            _click(_get(Button.class, s -> s.withText("Close")));
            _setValue(hf1.reason, "Repairs logged late");
            assertThat(hf1.status.getText()).startsWith("Saved at");
            assertThat(earlier.forReturn(id)).singleElement().extracting(EarlierFigures.Offered::said)
                    .isEqualTo(new FigureRevision(1, new BigDecimal("82"), Decision.REVISED, new BigDecimal("84"),
                            "Repairs logged late"));

            scenario.completeAndSubmit(scenario.q2, 2);
            // the page left open (another tab) after the return was submitted: refused, saying why, nothing lost
            _setValue(hf1.reason, "Repairs logged after submission");
            assertThat(hf1.status.getText()).contains("Not saved", "can no longer be changed");
            assertThat(hf1.reason.getValue()).isEqualTo("Repairs logged after submission");
            assertThat(earlier.forReturn(id)).singleElement().extracting(o -> o.said().reason())
                    .isEqualTo("Repairs logged late");
            open(ReturnView.path(id));
            hf1 = _get(EarlierFigure.class);
            assertThat(hf1.decision.isReadOnly()).isTrue();
            assertThat(hf1.reason.isReadOnly()).isTrue();
            assertThat(hf1.reason.getValue()).isEqualTo("Repairs logged late");

            workflow.signOff(id, "dir.housing");
            AcceptedReturn.awaitStep(context, id, ReturnProcess.TASK_QUALITY_CHECK);
            signIn("perf");
            open(QualityCheckView.path(id));
            assertThat(_find(ListItem.class).stream().map(ListItem::getText))
                    .contains("HF-1: Q1 figure revised from 82% to 84%: Repairs logged late. Q1 RAG Green, unchanged");
        }
    }
}
