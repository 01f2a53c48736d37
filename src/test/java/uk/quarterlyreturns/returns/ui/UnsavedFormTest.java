package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.framework.MeasureEntry;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.returns.ReturnEditing;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * A return goes as it is saved. While the form shows a figure it could not save (one it cannot read, or one
 * refused because someone else saved the measure meanwhile), submitting or signing off would hand in another
 * figure than the one on the screen: both are held back, naming the item. What someone else changed since the page
 * was read is named before submitting.
 */
class UnsavedFormTest extends ViewTest {

    private static final AtomicInteger YEAR = new AtomicInteger(3470);

    @Autowired
    ApplicationContext context;
    @Autowired
    ValueRepository values;
    @Autowired
    ReturnEditing editing;

    @Test
    void aFigureTheFormCouldNotReadHoldsBackTheSubmission() throws Exception {
        ReturnScenario scenario = typedByTheDataOfficer();
        // 55 is saved; then the officer corrects it to 58, typed with a spreadsheet's decimal comma
        _setValue(_get(HousingForm.editor("HF-2"), TextField.class), "58,0");

        _click(_get(Button.class, s -> s.withText("Submit return")));

        assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo("Not ready to submit");
        assertThat(_get(Dialog.class).getElement().getTextRecursively())
                .contains("HF-2: Not saved: the value typed cannot be read (Use a dot for decimals and no thousands");
        assertThat(_find(Button.class, s -> s.withText("Confirm submission"))).isEmpty();
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.DRAFT);

        _click(_get(Button.class, s -> s.withText("Close")));
        _setValue(_get(HousingForm.editor("HF-2"), TextField.class), "58");
        _click(_get(Button.class, s -> s.withText("Submit return")));
        _click(_get(Button.class, s -> s.withText("Confirm submission")));
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SUBMITTED);
        assertThat(values.find(scenario.measureId("HF-2"), 2).orElseThrow().value()).isEqualByComparingTo("58");
    }

    @Test
    void aFigureRefusedBecauseSomeoneElseSavedItHoldsBackTheSignOff() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, YEAR.getAndIncrement());
        scenario.completeAndSubmit();
        scenario.awaitTask(ReturnProcess.TASK_SIGN_OFF);
        signIn("dir.housing");
        open(ReturnView.path(scenario.housing.id()));
        // HF-1 saved from another window after this page was opened
        long hf1 = scenario.measureId("HF-1");
        editing.saveMeasure(scenario.housing.id(), hf1, values.find(hf1, 2).orElseThrow().version(),
                new MeasureEntry(new BigDecimal("86"), null, null, null, null, null), "dir.housing");
        _setValue(_get(HousingForm.editor("HF-1"), TextField.class), "88");
        assertThat(HousingForm.editor("HF-1").getElement().getTextRecursively())
                .contains("Not saved: someone else saved this item meanwhile");

        DecisionPanel panel = _get(DecisionPanel.class);
        _click(_get(panel, Button.class, s -> s.withText("Sign off return")));

        assertThat(panel.getElement().getTextRecursively())
                .contains("Not signed off: 1 item needs attention, listed under Completeness above.")
                .contains("HF-1: Not saved: someone else saved this item meanwhile");
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SUBMITTED);

        _click(_get(HousingForm.editor("HF-1"), Button.class, s -> s.withText("Save mine over theirs")));
        _click(_get(panel, Button.class, s -> s.withText("Sign off return")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SIGNED_OFF);
        assertThat(values.find(hf1, 2).orElseThrow().value()).isEqualByComparingTo("88");
    }

    @Test
    void whatSomeoneElseChangedSinceThePageOpenedIsNamedBeforeSubmitting() throws Exception {
        ReturnScenario scenario = typedByTheDataOfficer();
        // the director, in their own window, corrects HF-2 after this page was opened
        long hf2 = scenario.measureId("HF-2");
        editing.saveMeasure(scenario.housing.id(), hf2, values.find(hf2, 2).orElseThrow().version(),
                new MeasureEntry(new BigDecimal("57"), null, null, null, null, null), "dir.housing");

        _click(_get(Button.class, s -> s.withText("Submit return")));

        assertThat(_get(Dialog.class).getElement().getTextRecursively()).contains("Since you opened this return,"
                + " someone else changed HF-2: reload the page to see what goes in before you submit it.");
    }

    /** A Housing return of its own, its quarter typed into the form by the data officer (HousingForm). */
    private ReturnScenario typedByTheDataOfficer() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, YEAR.getAndIncrement());
        signIn("data.housing");
        open(ReturnView.path(scenario.housing.id()));
        HousingForm.typeFigures();
        return scenario;
    }
}
