package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/** Leaving a return's form while it shows something not saved asks first; with all of it saved, it does not. */
class LeavingUnsavedTest extends ViewTest {

    @Autowired
    ApplicationContext context;

    @Test
    void leavingWithAFigureTheFormCannotReadAsksFirst() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 7491);
        signIn("data.housing");
        open(ReturnView.path(scenario.housing.id()));
        _setValue(_get(HousingForm.editor("HF-1"), TextField.class), "85");
        UI.getCurrent().navigate(InboxView.class);
        assertThat(_find(ConfirmDialog.class)).as("everything saved: nothing to ask").isEmpty();
        assertThat(_find(InboxView.class)).hasSize(1);

        open(ReturnView.path(scenario.housing.id()));
        _setValue(_get(HousingForm.editor("HF-1"), TextField.class), "tbc");
        UI.getCurrent().navigate(InboxView.class);

        ConfirmDialog question = _get(ConfirmDialog.class);
        assertThat(question.getElement().getProperty("message")).startsWith("Not saved: HF-1: the value typed cannot"
                + " be read").contains("Cancel to stay and save it");
        assertThat(_find(ReturnView.class)).as("still on the form until the person chooses").hasSize(1);
        ConfirmDialogKt._fireConfirm(question);
        assertThat(_find(InboxView.class)).as("left once they chose to").hasSize(1);
    }
}
