package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.framework.MeasureEntry;
import uk.quarterlyreturns.framework.QuarterValue;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.returns.ReturnEditing;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * A measure marked "not available", then given a figure on the same page: the box is unticked and hidden beside the
 * figure, its reason gone with it; the figure cleared again leaves the measure without a value, not "not available".
 */
class FigureEndsNotAvailableOnTheFormTest extends ViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ValueRepository values;
    @Autowired
    ReturnEditing editing;

    @Test
    void aFigureTypedThenClearedLeavesNoValueNotNotAvailable() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 6125);
        long hf1 = scenario.measureId("HF-1");
        editing.saveMeasure(scenario.housing.id(), hf1, null, new MeasureEntry(null, null, null, null, "System down",
                null), "data.housing");
        signIn("data.housing");
        open(ReturnView.path(scenario.housing.id()));
        MeasureEditor editor = HousingForm.editor("HF-1");
        Checkbox notAvailable = _get(editor, Checkbox.class, s -> s.withLabel("Not available this quarter"));
        TextArea reason = _get(editor, TextArea.class, s -> s.withLabel("Why the figure is not available"));
        assertThat(notAvailable.getValue()).isTrue();

        _setValue(_get(editor, TextField.class), "81");
        assertThat(notAvailable.isVisible()).as("no box beside a figure").isFalse();
        assertThat(notAvailable.getValue()).isFalse();
        assertThat(reason.isVisible()).isFalse();
        assertThat(values.find(hf1, 2).orElseThrow().value()).isEqualByComparingTo("81");

        _setValue(_get(editor, TextField.class), "");
        QuarterValue saved = values.find(hf1, 2).orElseThrow();
        assertThat(saved.value()).isNull();
        assertThat(saved.notAvailable()).as("not said again by clearing the figure").isFalse();
        assertThat(notAvailable.isVisible()).as("offered again, to tick if it is so").isTrue();
        assertThat(notAvailable.getValue()).isFalse();
    }
}
