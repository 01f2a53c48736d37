package uk.quarterlyreturns.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.report.CabinetCoverService;
import uk.quarterlyreturns.returns.ui.InboxView;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.UnreadDates;
import uk.quarterlyreturns.support.ViewTest;

/**
 * The cover report is saved by its button: leaving the report's page with it changed and not saved asks first, and a
 * save with a meeting date that cannot be read is refused rather than wiping the date stored.
 */
class CoverReportNotLostTest extends ViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CabinetCoverService covers;

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

    /** A meeting date typed so that it cannot be read is not saved as no date, wiping the one stored. */
    @Test
    void theCoverIsNotSavedWhileTheMeetingDateCannotBeRead() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 7494);
        long cycleId = scenario.cycle.id();
        signIn("perf");
        open("reports/" + cycleId + "/approval");
        _setValue(_get(DatePicker.class, s -> s.withLabel("Date of meeting")), LocalDate.of(2017, 11, 21));
        _click(_get(Button.class, s -> s.withText("Save cover report")));

        _setValue(_get(TextField.class, s -> s.withLabel("Name of meeting")), "Cabinet");
        UnreadDates.type(_get(DatePicker.class, s -> s.withLabel("Date of meeting")), "the 21st");
        _click(_get(Button.class, s -> s.withText("Save cover report")));

        assertThat(_get(CabinetCoverEditor.class).getElement().getTextRecursively()).contains("Not saved: Date of"
                + " meeting: Type the date as day/month/year, such as 21/11/2017");
        assertThat(covers.read(cycleId).meetingDate()).as("the date stored kept").isEqualTo(LocalDate.of(2017, 11, 21));
        assertThat(covers.read(cycleId).meeting()).as("nothing of the cover saved until the date is put right")
                .isNull();
    }
}
