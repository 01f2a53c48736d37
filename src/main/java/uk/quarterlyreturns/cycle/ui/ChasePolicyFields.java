package uk.quarterlyreturns.cycle.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.util.Locale;
import uk.quarterlyreturns.cycle.ChasePolicy;

/** The four settings of a reminder schedule, read back through ChasePolicy's own rules. */
public class ChasePolicyFields extends FormLayout {

    private final TextField reminderDays = new TextField("Reminder days before the deadline");
    private final TimePicker reminderTime = new TimePicker("Reminder time");
    private final IntegerField grace = new IntegerField("Working days after the deadline before the strategic"
            + " director is told");
    private final IntegerField second = new IntegerField("Further working days before the chief executive is told");

    public ChasePolicyFields(ChasePolicy policy) {
        reminderDays.setHelperText("Whole days, such as 7, 2; leave empty for no reminders");
        reminderTime.setHelperText("London time");
        reminderTime.setLocale(Locale.UK); // 09:00, not 9:00 AM
        for (IntegerField days : new IntegerField[] {grace, second}) {
            days.setMin(0);
            days.setMax(ChasePolicy.MOST_DAYS);
            days.setStepButtonsVisible(true);
        }
        add(reminderDays, reminderTime, grace, second);
        show(policy);
    }

    public final void show(ChasePolicy policy) {
        reminderDays.setValue(policy.reminderDaysText());
        reminderTime.setValue(policy.reminderTime());
        grace.setValue(policy.graceWorkingDays());
        second.setValue(policy.secondEscalationWorkingDays());
    }

    /** The schedule as typed; an IllegalArgumentException says what is wrong with it. */
    public ChasePolicy read() {
        if (reminderTime.getValue() == null) {
            throw new IllegalArgumentException("Give the time of day reminders go out");
        }
        if (grace.getValue() == null || second.getValue() == null) {
            throw new IllegalArgumentException("Give both escalation periods, in working days (0 for none)");
        }
        return ChasePolicy.parse(reminderDays.getValue(), reminderTime.getValue(), grace.getValue(),
                second.getValue());
    }
}
