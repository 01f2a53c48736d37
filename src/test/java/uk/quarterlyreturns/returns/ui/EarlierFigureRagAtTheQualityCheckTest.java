package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.ListItem;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.framework.FigureRevision.Decision;
import uk.quarterlyreturns.returns.EarlierFigures;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.AcceptedReturn;
import uk.quarterlyreturns.support.ProvisionalFirstQuarter;
import uk.quarterlyreturns.support.ViewTest;

/**
 * A revision turning an earlier figure Red is seen at the quality check, with the RAG it had and the one it will
 * have, before the performance team accepts the return that makes it final; a cumulative measure's year to date too.
 */
class EarlierFigureRagAtTheQualityCheckTest extends ViewTest {

    @Autowired ApplicationContext context;
    @Autowired EarlierFigures earlier;
    @Autowired ReturnWorkflow workflow;

    @Test
    void theQualityCheckShowsTheRevisedFiguresOldAndNewRag() throws Exception {
        try (ProvisionalFirstQuarter scenario = ProvisionalFirstQuarter.accepted(context, 4815,
                ProvisionalFirstQuarter.LETTINGS, (s, q1) -> {
                    s.enter("HF-4", 1, "100");
                    s.markProvisional(q1, "HF-4");
                })) {
            ServiceReturn q2 = scenario.q2;
            scenario.enterExplained("HF-4", 2, "100"); // Red, and a query, once Q1 is revised
            earlier.save(q2.id(), scenario.measureId("HF-4"), 1, new BigDecimal("100"), null, Decision.REVISED,
                    new BigDecimal("60"), "Lettings double-counted", "data.housing");
            scenario.completeAndSubmit(q2, 2);
            workflow.signOff(q2.id(), "dir.housing");
            AcceptedReturn.awaitStep(context, q2.id(), ReturnProcess.TASK_QUALITY_CHECK);

            signIn("perf");
            open(QualityCheckView.path(q2.id()));

            assertThat(_find(ListItem.class).stream().map(ListItem::getText)).contains("HF-4: Q1 figure revised from"
                    + " 100 to 60: Lettings double-counted. Q1 RAG Green to Red (worse). Q2 year to date RAG Green to"
                    + " Red (worse)");
        }
    }
}
