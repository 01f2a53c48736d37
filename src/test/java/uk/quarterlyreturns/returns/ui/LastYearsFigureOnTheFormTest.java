package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.ListItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.framework.FigureRevision.Decision;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.support.AcceptedReturn;
import uk.quarterlyreturns.support.ProvisionalYearEnd;
import uk.quarterlyreturns.support.ViewTest;

/**
 * Last year's provisional Q4 figures on Housing's Q1 form, under the year they belong to, confirmed or revised as
 * in-year ones are, and shown so at the quality check.
 */
class LastYearsFigureOnTheFormTest extends ViewTest {

    @Autowired ApplicationContext context;
    @Autowired ReturnWorkflow workflow;

    @Test
    void lastYearsFourthQuarterIsOfferedUnderItsYearAndShownAtTheQualityCheck() throws Exception {
        try (ProvisionalYearEnd scenario = ProvisionalYearEnd.accepted(context, 4844)) {
            long id = scenario.q1.id();
            signIn("data.housing");
            open(ReturnView.path(id));

            List<EarlierFigure> figures = _find(EarlierFigure.class);
            assertThat(figures).extracting(f -> f.getElement().getTextRecursively()).satisfiesExactly(
                    t -> assertThat(t).contains("YE-1", "Q4 4844/45 figure 82% (provisional)"),
                    t -> assertThat(t).contains("YE-2", "Q4 4844/45 figure 120 (provisional)"));
            EarlierFigure ye1 = figures.get(0);
            _setValue(ye1.decision, Decision.REVISED);
            _setValue(ye1.revised, "84");
            assertThat(ye1.status.getText()).contains("Not saved", "YE-1: the Q4 4844/45 figure revised needs a reason");
            _setValue(ye1.reason, "Outturn confirmed after audit");
            assertThat(ye1.status.getText()).startsWith("Saved at");
            _setValue(figures.get(1).decision, Decision.CONFIRMED);
            assertThat(figures.get(1).status.getText()).startsWith("Saved at");

            scenario.completeAndSubmit();
            workflow.signOff(id, "dir.housing");
            AcceptedReturn.awaitStep(context, id, ReturnProcess.TASK_QUALITY_CHECK);
            signIn("perf");
            open(QualityCheckView.path(id));
            assertThat(_find(ListItem.class).stream().map(ListItem::getText)).contains(
                    "YE-1: Q4 4844/45 figure revised from 82% to 84%: Outturn confirmed after audit. Q4 4844/45 RAG Green,"
                        + " unchanged",
                    "YE-2: Q4 4844/45 figure confirmed final (120)");
        }
    }
}
