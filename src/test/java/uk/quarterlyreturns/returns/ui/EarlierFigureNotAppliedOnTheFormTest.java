package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.ListItem;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.framework.FigureRevision.Decision;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.returns.EarlierFigures;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.AcceptedReturn;
import uk.quarterlyreturns.support.ProvisionalFirstQuarter;
import uk.quarterlyreturns.support.ViewTest;

/**
 * Q2 revised Q1's HF-1, but Q1 was corrected in its own return before Q2 was accepted: the Q2 form must not say the
 * figure was made final, when it was left as corrected and is still provisional, nor the quality check that it was
 * revised.
 */
class EarlierFigureNotAppliedOnTheFormTest extends ViewTest {

    @Autowired ApplicationContext context;
    @Autowired EarlierFigures earlier;
    @Autowired ReturnWorkflow workflow;
    @Autowired ValueRepository values;

    @Test
    void theFormSaysTheRevisionWasNotApplied() throws Exception {
        try (ProvisionalFirstQuarter scenario = ProvisionalFirstQuarter.accepted(context, 4801)) {
            revisedInTheSecondQuarter(scenario);
            scenario.correctFirstQuarter("HF-1", "83");
            scenario.accept(scenario.q2, 2);

            signIn("data.housing");
            open(ReturnView.path(scenario.q2.id()));
            String shown = _get(EarlierFigure.class).getElement().getTextRecursively();
            assertThat(shown).contains("Q1 figure 83% (not applied when this return was accepted: the Q1 figure "
                    + "had changed meanwhile)").doesNotContain("made final");

            // nor does the quality check, read afterwards, pass off what was said as what happened
            signIn("perf");
            open(QualityCheckView.path(scenario.q2.id()));
            assertThat(_find(ListItem.class).stream().map(ListItem::getText)).contains("HF-1: Q1 figure revised from "
                    + "82% to 84%: Late repairs counted (not applied: the Q1 figure had changed meanwhile)");
        }
    }

    /** Accepted while the Q1 return is reopened for correction, the revision waits for it: the form says so. */
    @Test
    void theFormSaysTheRevisionWaitsForTheEarlierReturnReopened() throws Exception {
        try (ProvisionalFirstQuarter scenario = ProvisionalFirstQuarter.accepted(context, 4922)) {
            acceptedWhileTheFirstQuarterIsReopened(scenario);

            signIn("data.housing");
            open(ReturnView.path(scenario.q2.id()));
            assertThat(_get(EarlierFigure.class).getElement().getTextRecursively())
                    .contains("Q1 figure 82% (provisional: this return's word is applied when the Q1 return, "
                            + "reopened for correction, is accepted again)").doesNotContain("made final");
        }
    }

    /** Accepting the Q1 return, corrected, applies the Q2 revision waiting for it: its quality check says so first. */
    @Test
    void theEarlierReturnsQualityCheckShowsTheRevisionItsAcceptanceApplies() throws Exception {
        try (ProvisionalFirstQuarter scenario = ProvisionalFirstQuarter.accepted(context, 4928)) {
            acceptedWhileTheFirstQuarterIsReopened(scenario);
            scenario.completeAndSubmit(scenario.q1, 1);
            workflow.signOff(scenario.q1.id(), "dir.housing");
            AcceptedReturn.awaitStep(context, scenario.q1.id(), ReturnProcess.TASK_QUALITY_CHECK);

            signIn("perf");
            open(QualityCheckView.path(scenario.q1.id()));
            assertThat(_find(ListItem.class).stream().map(ListItem::getText)).contains("HF-1: 82% (provisional) to"
                    + " 84%, revised in the Q2 return by data.housing (Late repairs counted)");
        }
    }

    /**
     * Q3 revised Q1's HF-1 too, and was accepted first: the Q2 form and quality check say Q2's word will not be
     * applied, and show no RAG change for it.
     */
    @Test
    void aRevisionOvertakenByAnotherReturnIsShownSoAtTheQualityCheck() throws Exception {
        try (ProvisionalFirstQuarter scenario = ProvisionalFirstQuarter.accepted(context, 4924)) {
            revisedInTheSecondQuarter(scenario);
            ServiceReturn q3 = scenario.open(3);
            earlier.save(q3.id(), scenario.measureId("HF-1"), 1, new BigDecimal("82"), null, Decision.REVISED,
                    new BigDecimal("86"), "Cancelled jobs taken out", "data.housing");
            scenario.accept(q3, 3);
            assertThat(atTheQualityCheck(scenario)).contains("HF-1: Q1 figure revised from 82% to 84%: Late repairs"
                    + " counted (will not be applied: the Q1 figure has changed since, now 86%)");
        }
    }

    /**
     * Q1 reopened and HF-1's figure there cleared (or said not available) after Q2 revised it: the Q2 form and
     * quality check still open, and say there is no Q1 figure now, rather than failing.
     */
    @Test
    void aRevisedFigureClearedInItsOwnReturnLeavesTheLaterFormAndCheckReadable() throws Exception {
        try (ProvisionalFirstQuarter scenario = ProvisionalFirstQuarter.accepted(context, 4927)) {
            revisedInTheSecondQuarter(scenario);
            scenario.reopenFirstQuarter("HF-1 not yet known");
            values.saveFigure(scenario.measureId("HF-1"), 1, null, null, null, null, "data.housing");

            signIn("data.housing");
            open(ReturnView.path(scenario.q2.id()));
            assertThat(_get(EarlierFigure.class).getElement().getTextRecursively())
                    .contains("Q1 figure none (will not be applied: the Q1 figure has changed since, now none)");
            assertThat(atTheQualityCheck(scenario)).contains("HF-1: Q1 figure revised from 82% to 84%: Late repairs"
                    + " counted (will not be applied: the Q1 figure has changed since, now none)");
        }
    }

    /** Q2 submitted and signed off: what its quality check lists, as the performance team reads it. */
    private java.util.List<String> atTheQualityCheck(ProvisionalFirstQuarter scenario) {
        scenario.completeAndSubmit(scenario.q2, 2);
        workflow.signOff(scenario.q2.id(), "dir.housing");
        AcceptedReturn.awaitStep(context, scenario.q2.id(), ReturnProcess.TASK_QUALITY_CHECK);
        signIn("perf");
        open(QualityCheckView.path(scenario.q2.id()));
        return _find(ListItem.class).stream().map(ListItem::getText).toList();
    }

    /** Revised in Q2, and Q2 accepted while the Q1 return is reopened for correction. */
    private void acceptedWhileTheFirstQuarterIsReopened(ProvisionalFirstQuarter scenario) {
        revisedInTheSecondQuarter(scenario);
        scenario.reopenFirstQuarter("HF-2 corrected");
        scenario.accept(scenario.q2, 2);
    }

    private void revisedInTheSecondQuarter(ProvisionalFirstQuarter scenario) {
        earlier.save(scenario.q2.id(), scenario.measureId("HF-1"), 1, new BigDecimal("82"), null, Decision.REVISED,
                new BigDecimal("84"), "Late repairs counted", "data.housing");
    }
}
