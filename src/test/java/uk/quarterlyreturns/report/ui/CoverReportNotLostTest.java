package uk.quarterlyreturns.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.returns.ui.InboxView;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/** The cover report is saved by its button: leaving the report's page with it changed and not saved asks first. */
class CoverReportNotLostTest extends ViewTest {

    @Autowired
    ApplicationContext context;

    @Test
    void leavingWithTheCoverTypedAndNotSavedAsksFirst() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 7492);
        signIn("perf");
        open("reports/" + scenario.cycle.id() + "/approval");
        _setValue(_get(TextField.class, s -> s.withLabel("Name of meeting")), "Cabinet");
        UI.getCurrent().navigate(InboxView.class);

        ConfirmDialog question = _get(ConfirmDialog.class);
        assertThat(question.getElement().getProperty("message")).startsWith("Not saved: the cover report.");
        assertThat(_find(ReportApprovalView.class)).as("still on the page until the person chooses").hasSize(1);
        question.close();

        _click(_get(Button.class, s -> s.withText("Save cover report")));
        UI.getCurrent().navigate(InboxView.class);
        assertThat(_find(InboxView.class)).as("saved: nothing to ask").hasSize(1);
    }
}
