package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * Every measure and key action has fields of the same labels: a screen reader listing the form's fields hears each
 * with its code ("HF-1 Reasons for performance"), not a list of "Reasons for performance" it cannot tell apart; the
 * labels on the screen stay as they were.
 */
class FieldsReadWithTheirCodeTest extends ViewTest {

    @Autowired
    ApplicationContext context;

    @Test
    void eachFieldIsReadWithItsMeasureOrKeyAction() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 7642);
        signIn("dir.housing");
        open(ReturnView.path(scenario.housing.id()));
        MeasureEditor repairs = HousingForm.editor("HF-1");
        MeasureEditor households = HousingForm.editor("HF-2");

        TextField figure = _get(repairs, TextField.class);
        assertThat(read(figure)).isEqualTo("HF-1 Q2 value (%)");
        assertThat(figure.getLabel()).as("the label on the screen").isEqualTo("Q2 value (%)");
        _setValue(figure, "75"); // Amber: the reasons and the actions planned are asked for
        assertThat(read(_get(repairs, TextArea.class, s -> s.withLabel("Reasons for performance"))))
                .isEqualTo("HF-1 Reasons for performance");
        assertThat(read(_get(repairs, TextArea.class, s -> s.withLabel("Actions planned to address issues"))))
                .isEqualTo("HF-1 Actions planned to address issues");
        assertThat(read(_get(repairs, Select.class, s -> s.withLabel("RAG to report instead"))))
                .isEqualTo("HF-1 RAG to report instead");
        assertThat(read(_get(repairs, TextArea.class, s -> s.withLabel("Justification for the override"))))
                .isEqualTo("HF-1 Justification for the override");

        Checkbox notAvailable = _get(households, Checkbox.class, s -> s.withLabel("Not available this quarter"));
        assertThat(read(notAvailable)).isEqualTo("HF-2 Not available this quarter");
        _setValue(notAvailable, true);
        assertThat(read(_get(households, TextArea.class, s -> s.withLabel("Why the figure is not available"))))
                .isEqualTo("HF-2 Why the figure is not available");

        KeyActionEditor action = _get(KeyActionEditor.class);
        assertThat(read(_get(action, Select.class, s -> s.withLabel("Status this quarter"))))
                .isEqualTo(action.code() + " Status this quarter");
        assertThat(read(_get(action, TextArea.class, s -> s.withLabel("Commentary"))))
                .isEqualTo(action.code() + " Commentary");
    }

    private static String read(HasAriaLabel field) {
        return field.getAriaLabel().orElse("(its label alone)");
    }
}
