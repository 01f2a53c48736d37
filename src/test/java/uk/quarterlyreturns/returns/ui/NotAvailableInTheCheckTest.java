package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.framework.MeasureEntry;
import uk.quarterlyreturns.returns.ReturnEditing;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ReviewItem;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/** The quality check reads why a figure is not available, as the report prints it instead of the figure. */
class NotAvailableInTheCheckTest extends ViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ReturnEditing editing;
    @Autowired
    ReturnWorkflow workflow;

    @Test
    void aRowOpenedInFullSaysWhyItsFigureIsNotAvailable() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2746);
        long id = scenario.housing.id();
        editing.saveMeasure(id, scenario.measureId("HF-1"), null, new MeasureEntry(null, null, null, null,
                "The repairs system is being replaced; figures return in Q3", null), "data.housing");
        editing.saveMeasure(id, scenario.measureId("HF-2"), null,
                new MeasureEntry(new BigDecimal("55"), null, null, null, null, null), "data.housing");
        scenario.keyActionOnTrack(2);
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
        _click((Button) GridKt._getCellComponent(grid, 0, "open"));

        assertThat(_get(Dialog.class).getElement().getTextRecursively())
                .contains("Not available: The repairs system is being replaced; figures return in Q3");
    }
}
