package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.framework.FigureRevision.Decision;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ReviewItem;
import uk.quarterlyreturns.support.AcceptedReturn;
import uk.quarterlyreturns.support.ProvisionalFirstQuarter;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * A measure reported a quarter in arrears says on the Q2 return's form that its figure is Q1's, and the quality
 * check's grid says so beside the figure; a measure reported in its own quarter is asked for as before.
 */
class InArrearsOnTheFormTest extends ViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ReturnWorkflow workflow;

    @Test
    void theFormAndTheQualityCheckSayWhichQuarterTheFigureIsFor() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4873, "fixtures/framework-arrears.csv",
                "fixtures/actions-form.csv", Map.of("HF-1", "70", "HF-2", "50"));
        long id = scenario.housing.id();
        signIn("data.housing");
        open(ReturnView.path(id));

        assertThat(_get(HousingForm.editor("HF-1"), TextField.class).getLabel())
                .isEqualTo("Figure for Q1 (Apr-Jun 4873), reported a quarter in arrears (%)");
        assertThat(_get(HousingForm.editor("HF-2"), TextField.class).getLabel()).isEqualTo("Q2 value (count)");
        assertThat(provisional("HF-1").getAriaLabel()).as("read by a screen reader")
                .hasValue("HF-1 Q2 value (for Q1 (Apr-Jun 4873), reported a quarter in arrears) is provisional");
        assertThat(provisional("HF-2").getAriaLabel()).hasValue("HF-2 Q2 value is provisional");

        HousingForm.typeFigures();
        workflow.submit(id, "data.housing");
        scenario.awaitTask(ReturnProcess.TASK_SIGN_OFF);
        workflow.signOff(id, "dir.housing");
        scenario.awaitTask(ReturnProcess.TASK_QUALITY_CHECK);
        signIn("perf");
        open(QualityCheckView.path(id));
        _setValue(_get(ReviewGrid.class).show(), ReviewGrid.ALL);
        @SuppressWarnings("unchecked")
        Grid<ReviewItem> grid = _get(Grid.class);
        assertThat(GridKt._get(grid, 0).code()).isEqualTo("HF-1");
        assertThat(GridKt._getFormatted(grid, 0, "value")).isEqualTo("85% (for Q1)");
        assertThat(GridKt._getFormatted(grid, 1, "value")).isEqualTo("55");
    }

    /**
     * Q1's provisional HF-1, confirmed or revised in the Q2 return: in arrears, the Q1 return's figure is last year's
     * Q4 (January to March), and the earlier figures section says so beside "Q1 figure".
     */
    @Test
    void anEarlierProvisionalFigureSaysWhichQuarterItIsFor() throws Exception {
        try (ProvisionalFirstQuarter scenario = ProvisionalFirstQuarter.accepted(context, 4954,
                "fixtures/framework-arrears.csv", "", (s, q1) -> { })) {
            signIn("data.housing");
            open(ReturnView.path(scenario.q2.id()));
            EarlierFigure hf1 = _get(EarlierFigure.class);
            String covers = "Q1 figure (for Q4 4953/54 (Jan-Mar 4954), reported a quarter in arrears)";
            assertThat(hf1.getElement().getTextRecursively()).contains(covers + " 82% (provisional)");
            assertThat(hf1.decision.getLabel()).isEqualTo(covers);
            assertThat(hf1.decision.getAriaLabel()).hasValue("HF-1 " + covers);

            _setValue(hf1.decision, Decision.CONFIRMED);
            scenario.completeAndSubmit(scenario.q2, 2);
            workflow.signOff(scenario.q2.id(), "dir.housing");
            AcceptedReturn.awaitStep(context, scenario.q2.id(), ReturnProcess.TASK_QUALITY_CHECK);
            signIn("perf");
            open(QualityCheckView.path(scenario.q2.id()));
            assertThat(_find(ListItem.class).stream().map(ListItem::getText)).as("and at the quality check")
                    .anyMatch(t -> t.startsWith("HF-1 (for Q4 4953/54 (Jan-Mar 4954), reported a quarter in arrears):"
                            + " Q1 figure"));
        }
    }

    private static Checkbox provisional(String code) {
        return _get(HousingForm.editor(code), Checkbox.class, s -> s.withClasses("provisional"));
    }
}
