package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.framework.QuarterValue;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.framework.ui.RagBadge;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * A figure the form cannot read ("75%") is not saved, and the form says so rather than "Saved", while the words typed
 * beside it are saved with the figure as stored; one typed to more places than the measure keeps says under the field
 * how it is rated and reported; one that cannot be read shows no RAG, not the one of the figure typed before it, and
 * words typed for a figure not had ("tbc") point to "Not available this quarter".
 */
class UnreadableFigureTest extends ViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ValueRepository values;

    @Test
    void wordsTypedWhileTheFigureCannotBeReadAreSavedAndOnlyTheFigureHeldBack() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2744);
        signIn("data.housing");
        open(ReturnView.path(scenario.housing.id()));
        MeasureEditor repairs = _find(MeasureEditor.class).stream().filter(e -> e.measure().code().equals("HF-1"))
                .findFirst().orElseThrow();
        _setValue(_get(repairs, TextField.class), "75");
        assertThat(saveStatus(repairs)).startsWith("Saved at");

        _setValue(_get(repairs, TextField.class), "75%");
        _setValue(_get(repairs, TextArea.class, s -> s.withLabel("Reasons for performance")), "Two surveyors off sick");

        assertThat(saveStatus(repairs)).startsWith("Not saved: the value typed cannot be read")
                .contains("Write a plain number, without £ or %").endsWith("Your words are saved");
        QuarterValue saved = values.find(scenario.measureId("HF-1"), 2).orElseThrow();
        assertThat(saved.reasons()).as("the words kept though the figure is not").isEqualTo("Two surveyors off sick");
        assertThat(saved.value()).as("the stored figure as it was").isEqualByComparingTo("75");

        // Once the figure is put right, it is saved too.
        _setValue(_get(repairs, TextField.class), "70");
        assertThat(saveStatus(repairs)).startsWith("Saved at");
        saved = values.find(scenario.measureId("HF-1"), 2).orElseThrow();
        assertThat(saved.value()).isEqualByComparingTo("70");
        assertThat(saved.reasons()).isEqualTo("Two surveyors off sick");
    }

    private static String saveStatus(MeasureEditor editor) {
        return _get(editor, Span.class, s -> s.withClasses("save-status")).getText();
    }

    @Test
    void aFigureTypedToMorePlacesThanTheMeasureKeepsSaysHowItIsReported() throws Exception {
        signIn("data.housing");
        open(ReturnView.path(ReturnScenario.open(context, 3480).housing.id()));
        MeasureEditor repairs = HousingForm.editor("HF-1");

        // the target is 80: at the two places HF-1 keeps, 79.996 is 80, as every page and the report print it
        _setValue(_get(repairs, TextField.class), "79.996");

        assertThat(_get(repairs, TextField.class).getHelperText())
                .isEqualTo("Reported as 80%: HF-1 is kept to 2 decimal places");
        assertThat(repairs.getElement().getTextRecursively()).contains("Green");

        _setValue(_get(repairs, TextField.class), "79.5");
        assertThat(_get(repairs, TextField.class).getHelperText()).isNullOrEmpty();
    }

    @Test
    void aFigureThatCannotBeReadLeavesNoRatingOfTheFigureTypedBefore() throws Exception {
        signIn("data.housing");
        open(ReturnView.path(ReturnScenario.open(context, 3862).housing.id()));
        MeasureEditor repairs = HousingForm.editor("HF-1");
        _setValue(_get(repairs, TextField.class), "60");
        assertThat(HousingForm.status(repairs)).contains("Red").contains("Worsened");
        assertThat(problems(repairs)).contains("Red: give the reasons for performance");

        _setValue(_get(repairs, TextField.class), "£60");

        assertThat(_get(repairs, TextField.class).isInvalid()).isTrue();
        assertThat(_get(repairs, RagBadge.class).getText()).as("not \"Not yet entered\": one was typed")
                .isEqualTo("Not worked out: the value typed cannot be read");
        assertThat(HousingForm.status(repairs)).doesNotContain("Red").doesNotContain("Worsened");
        assertThat(problems(repairs)).isEmpty();
    }

    @Test
    void wordsForAFigureNotHadPointToNotAvailableAndANegativeIsTypedWithAMinus() throws Exception {
        signIn("data.housing");
        open(ReturnView.path(ReturnScenario.open(context, 7493).housing.id()));
        TextField households = _get(HousingForm.editor("HF-2"), TextField.class);
        for (String typed : new String[] {"tbc", "n/a", "N/A", "not available"}) {
            _setValue(households, typed);
            assertThat(households.getErrorMessage()).as(typed).isEqualTo("Not a number: if there is no figure this"
                    + " quarter, leave the value empty and tick \"Not available this quarter\", with the reason");
        }
        _setValue(households, "(5)");
        assertThat(households.getErrorMessage()).isEqualTo("Write a negative number with a minus sign, such as -5,"
                + " not in brackets");
        _setValue(households, "\u221255");
        assertThat(households.isInvalid()).as("the minus sign U+2212 is read").isFalse();
    }

    private static String problems(MeasureEditor editor) {
        return _find(editor, ProblemList.class).stream().filter(ProblemList::isVisible)
                .map(p -> p.getElement().getTextRecursively()).findFirst().orElse("");
    }
}
