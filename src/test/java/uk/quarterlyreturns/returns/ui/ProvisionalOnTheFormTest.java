package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.framework.QuarterValue;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ReviewItem;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * The "Provisional" box beside a measure's value is saved as typed, goes when the figure is cleared, and once the
 * return is submitted is read only; the quality check's grid says which figure is provisional.
 */
class ProvisionalOnTheFormTest extends ViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ValueRepository values;
    @Autowired
    ReturnWorkflow workflow;

    @Test
    void theBoxIsSavedAsTickedAndClearedWithTheFigure() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4610);
        long hf1 = scenario.measureId("HF-1");
        signIn("data.housing");
        open(ReturnView.path(scenario.housing.id()));
        MeasureEditor repairs = HousingForm.editor("HF-1");
        Checkbox box = provisional(repairs);
        assertThat(box.isEnabled()).as("nothing to mark before a figure").isFalse();
        assertThat(box.getAriaLabel()).contains("HF-1 Q2 value is provisional");

        _setValue(_get(repairs, TextField.class), "81");
        _setValue(box, true);

        assertThat(values.find(hf1, 2).map(QuarterValue::provisional)).contains(true);

        _setValue(_get(repairs, TextField.class), "");

        assertThat(box.getValue()).isFalse();
        assertThat(box.isEnabled()).isFalse();
        assertThat(values.find(hf1, 2).map(QuarterValue::provisional)).contains(false);
    }

    @Test
    void onceSubmittedTheBoxIsReadOnlyAndTheQualityCheckSaysSo() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4611);
        long id = scenario.housing.id();
        signIn("data.housing");
        open(ReturnView.path(id));
        HousingForm.typeFigures();
        _setValue(provisional(HousingForm.editor("HF-1")), true);
        workflow.submit(id, "data.housing");
        scenario.awaitTask(ReturnProcess.TASK_SIGN_OFF);

        open(ReturnView.path(id));

        Checkbox box = provisional(HousingForm.editor("HF-1"));
        assertThat(box.getValue()).isTrue();
        assertThat(box.isReadOnly()).isTrue();
        assertThat(_find(HousingForm.editor("HF-2"), Checkbox.class, s -> s.withLabel("Provisional")))
                .as("final: nothing to say").isEmpty();

        workflow.signOff(id, "dir.housing");
        scenario.awaitTask(ReturnProcess.TASK_QUALITY_CHECK);
        signIn("perf");
        open(QualityCheckView.path(id));
        _setValue(_get(ReviewGrid.class).show(), ReviewGrid.ALL);
        @SuppressWarnings("unchecked")
        Grid<ReviewItem> grid = _get(Grid.class);
        assertThat(GridKt._get(grid, 0).code()).isEqualTo("HF-1");
        assertThat(GridKt._getFormatted(grid, 0, "value")).isEqualTo("85% (provisional)");
        assertThat(grid.getColumnByKey("value").getWidth()).as("room for \"(provisional)\" whole, 8.3rem in Lumo")
                .isEqualTo("9rem");
        assertThat(GridKt._getFormatted(grid, 1, "value")).isEqualTo("55");
    }

    private static Checkbox provisional(MeasureEditor editor) {
        return _get(editor, Checkbox.class, s -> s.withLabel("Provisional"));
    }
}
