package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.framework.FigureRevision.Decision;
import uk.quarterlyreturns.support.ProvisionalFirstQuarter;
import uk.quarterlyreturns.support.ViewTest;

/**
 * Revising Q1's provisional figure on Housing's Q2 form re-rates the cumulative measure at once: its Q1 figure, year to
 * date and RAG as the return leaves them, and the reasons and actions a Red asks for.
 */
class RevisedYearToDateOnTheFormTest extends ViewTest {

    @Autowired ApplicationContext context;

    @Test
    void theMeasureFollowsTheRevisionAsItIsSaved() throws Exception {
        try (ProvisionalFirstQuarter scenario = ProvisionalFirstQuarter.homesLetProvisional(context, 7333)) {
            scenario.enter("HF-9", 2, "50");
            signIn("data.housing");
            open(ReturnView.path(scenario.q2.id()));
            MeasureEditor homesLet = _find(MeasureEditor.class).stream()
                    .filter(e -> e.measure().code().equals("HF-9")).findFirst().orElseThrow();
            assertThat(rating(homesLet)).contains("Year to date: 100. RAG: Green");
            assertThat(reasons(homesLet)).as("asked for only at Amber or worse").isEmpty();

            EarlierFigure q1 = _find(EarlierFigure.class).stream()
                    .filter(f -> f.getElement().getTextRecursively().contains("HF-9")).findFirst().orElseThrow();
            _setValue(q1.decision, Decision.REVISED);
            _setValue(q1.revised, "40");
            _setValue(q1.reason, "Lettings double-counted");
            assertThat(q1.status.getText()).startsWith("Saved at");

            assertThat(rating(homesLet)).contains("Year to date: 90. RAG: Red");
            assertThat(reasons(homesLet)).singleElement().matches(TextArea::isRequiredIndicatorVisible);
            assertThat(_get(homesLet, NativeTable.class).getElement().getTextRecursively()).as("Q1 as revised")
                    .contains("40").doesNotContain("50");

            _setValue(q1.decision, null);
            assertThat(rating(homesLet)).as("the choice cleared").contains("Year to date: 100. RAG: Green");
        }
    }

    private static String rating(MeasureEditor editor) {
        return _get(editor, RatingLine.class).getElement().getTextRecursively();
    }

    /** The reasons field, when shown. */
    private static List<TextArea> reasons(MeasureEditor editor) {
        return _find(editor, TextArea.class, s -> s.withLabel("Reasons for performance"));
    }
}
