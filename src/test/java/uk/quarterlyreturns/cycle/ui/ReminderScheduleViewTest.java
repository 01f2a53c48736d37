package uk.quarterlyreturns.cycle.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.quarterlyreturns.cycle.ChaseDefaults;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.compliance.ui.ComplianceView;
import uk.quarterlyreturns.support.ViewTest;

/** The administrator sets the schedule new cycles start from; the open-cycle dialog starts from it. */
class ReminderScheduleViewTest extends ViewTest {

    @Autowired ChaseDefaults defaults;

    @AfterEach
    void builtInAgain() {
        defaults.restoreBuiltIn("admin");
    }

    @Test
    void savesValidatedDefaultsThatANewCycleStartsFrom() {
        signIn("admin");
        open("admin/reminders");
        ReminderScheduleView view = _get(ReminderScheduleView.class);
        assertThat(view.getElement().getTextRecursively()).contains("does not change cycles already open")
                .contains("The built-in schedule is in use");
        TextField days = _get(TextField.class, s -> s.withLabel("Reminder days before the deadline"));
        assertThat(days.getValue()).isEqualTo("7, 2");

        _setValue(days, "10, 10");
        _click(_get(Button.class, s -> s.withText("Save defaults")));
        assertThat(view.getElement().getTextRecursively()).contains("Reminder days must not repeat: 10");
        assertThat(defaults.current()).isEqualTo(ChasePolicy.DEFAULT);
        assertThat(days.getValue()).isEqualTo("10, 10");

        _setValue(days, "3 10");
        _setValue(_get(TimePicker.class, s -> s.withLabel("Reminder time")), LocalTime.of(8, 0));
        _setValue(_get(IntegerField.class, s -> s.withLabel("Further working days before the chief executive is"
                + " told")), 2);
        _click(_get(Button.class, s -> s.withText("Save defaults")));
        ChasePolicy saved = ChasePolicy.parse("10, 3", LocalTime.of(8, 0), 5, 2);
        assertThat(defaults.current()).isEqualTo(saved);
        assertThat(days.getValue()).isEqualTo("10, 3");
        assertThat(view.getElement().getTextRecursively()).contains("Last changed by System Administrator");

        signIn("perf");
        UI.getCurrent().navigate(ComplianceView.class);
        _click(_get(Button.class, s -> s.withText("Open a cycle…")));
        OpenCycleDialog dialog = _get(OpenCycleDialog.class);
        assertThat(_get(dialog, TextField.class, s -> s.withLabel("Reminder days before the deadline")).getValue())
                .isEqualTo("10, 3");
        assertThat(_get(dialog, TimePicker.class, s -> s.withLabel("Reminder time")).getValue())
                .isEqualTo(LocalTime.of(8, 0));
    }

    @Test
    void restoresTheBuiltInSchedule() {
        defaults.save(ChasePolicy.parse("1", LocalTime.of(12, 0), 1, 1), "admin", defaults.read());
        signIn("admin");
        open("admin/reminders");
        ChasePolicy own = defaults.current();
        _click(_get(Button.class, s -> s.withText("Restore the built-in schedule")));
        // The council's own schedule is replaced only once the administrator confirms.
        assertThat(defaults.current()).isEqualTo(own);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt._getText(confirm)).contains("7, 2 days before the deadline")
                .contains("replaces the schedule last changed by System Administrator");
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(defaults.current()).isEqualTo(own);

        _click(_get(Button.class, s -> s.withText("Restore the built-in schedule")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(defaults.current()).isEqualTo(ChasePolicy.DEFAULT);
        assertThat(_get(TextField.class, s -> s.withLabel("Reminder days before the deadline")).getValue())
                .isEqualTo("7, 2");
    }

    /** A page read before a colleague saved refuses to save over their schedule, keeping what was typed. */
    @Test
    void aScheduleSavedSinceThePageWasReadIsNotOverwritten() {
        signIn("admin");
        open("admin/reminders");
        ReminderScheduleView view = _get(ReminderScheduleView.class);
        TextField days = _get(TextField.class, s -> s.withLabel("Reminder days before the deadline"));
        _setValue(days, "3");

        ChasePolicy colleagues = ChasePolicy.parse("14, 7", LocalTime.of(8, 0), 3, 1);
        defaults.save(colleagues, "admin", defaults.read());
        _click(_get(Button.class, s -> s.withText("Save defaults")));

        assertThat(defaults.current()).as("their schedule stands").isEqualTo(colleagues);
        assertThat(view.getElement().getTextRecursively()).contains("Not saved: System Administrator saved the"
                + " schedule on ").contains("What you typed is still here");
        assertThat(days.getValue()).as("nothing typed is lost").isEqualTo("3");

        _click(_get(Button.class, s -> s.withText("Reload the saved schedule")));
        assertThat(days.getValue()).isEqualTo("14, 7");
        assertThat(view.getElement().getTextRecursively()).doesNotContain("Not saved");
        _setValue(days, "3");
        _click(_get(Button.class, s -> s.withText("Save defaults")));
        assertThat(defaults.current().reminderDaysText()).as("saved over the schedule now read").isEqualTo("3");
    }
}
