package uk.quarterlyreturns.cycle.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import uk.quarterlyreturns.base.ui.Confirmations;
import uk.quarterlyreturns.base.AppClock;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.security.PersonNames;
import uk.quarterlyreturns.base.ui.CurrentUser;
import uk.quarterlyreturns.cycle.ChaseDefaults;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.base.calendar.UkDateFormat;
import uk.quarterlyreturns.framework.SavedMeanwhileException;

/** The administrator sets the reminder schedule that each new cycle starts from. */
@Route("admin/reminders")
@PageTitle("Reminder schedule | Quarterly Returns")
@Menu(order = 23, title = "Reminder schedule")
@RolesAllowed("ADMIN")
public class ReminderScheduleView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = UkDateFormat.ofPattern("d MMM yyyy HH:mm")
            .withZone(AppClock.LONDON);

    private final ChaseDefaults defaults;
    private final CurrentUser user;
    private final PersonNames names;
    private final ChasePolicyFields fields;
    private final Paragraph source = new Paragraph();
    private final Paragraph problem = new Paragraph();
    private final Button reload = new Button("Reload the saved schedule", e -> show());
    /** The defaults the fields were filled from: a save goes over these only. */
    private ChaseDefaults.Reading read;

    public ReminderScheduleView(ChaseDefaults defaults, CurrentUser user, PersonNames names) {
        this.defaults = defaults;
        this.names = names;
        this.user = user;
        this.read = defaults.read();
        this.fields = new ChasePolicyFields(read.policy());
        fields.setMaxWidth("48rem");
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        Button save = new Button("Save defaults", e -> act(() -> defaults.save(fields.read(), user.username(), read),
                "Saved: new cycles start from this schedule"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button builtIn = new Button("Restore the built-in schedule", e -> confirmRestore());
        reload.setVisible(false);
        add(new H2("Reminder schedule"),
                new Paragraph("Each new cycle starts from this schedule, whether the performance team opens it"
                        + " (who may still change it for that cycle) or it opens by itself after quarter end."),
                new Paragraph("Changing it does not change cycles already open: each keeps the schedule it was"
                        + " opened with."),
                fields, problem, new HorizontalLayout(save, builtIn, reload), source);
        showSource();
    }

    /** The council's own schedule is lost on restoring, so it is asked first. */
    private void confirmRestore() {
        String replaced = defaults.lastChange()
                .map(c -> " This replaces the schedule last changed by " + name(c.by()) + " on "
                        + WHEN.format(c.at()) + ".")
                .orElse("");
        Confirmations.ask("Restore the built-in schedule?", "New cycles will send reminders "
                + ChasePolicy.DEFAULT.reminderDaysText() + " days before the deadline." + replaced
                + " Cycles already open keep their own schedule.", "Restore",
                () -> act(() -> defaults.restoreBuiltIn(user.username()),
                        "New cycles start from the built-in schedule"));
    }

    private void act(Runnable action, String outcome) {
        problem.setText("");
        try {
            action.run();
            show();
            Notification.show(outcome, 5000, Notification.Position.TOP_CENTER);
        } catch (IllegalArgumentException | NotAllowedException e) {
            problem.setText(e.getMessage());
        } catch (SavedMeanwhileException e) {
            // what was typed stays in the fields until they choose to reload
            problem.setText("Not saved: " + (e.savedBy() == null ? "the built-in schedule was restored"
                    : name(e.savedBy()) + " saved the schedule on " + WHEN.format(e.savedAt()))
                    + " after this page read it. What you typed is still here: reload to see the saved schedule,"
                    + " then make your change again.");
            reload.setVisible(true);
        }
    }

    /** The defaults as stored now, read again; what the next save goes over. */
    private void show() {
        read = defaults.read();
        fields.show(read.policy());
        problem.setText("");
        reload.setVisible(false);
        showSource();
    }

    private String name(String username) {
        return names.nameOf(username);
    }

    private void showSource() {
        source.setText(Optional.ofNullable(read.change())
                .map(c -> "Last changed by " + name(c.by()) + " on " + WHEN.format(c.at()) + ".")
                .orElse("The built-in schedule is in use: reminders " + ChasePolicy.DEFAULT.reminderDaysText()
                        + " days before the deadline at " + ChasePolicy.DEFAULT.reminderTime() + ", "
                        + ChasePolicy.DEFAULT.graceWorkingDays() + " working days' grace, then "
                        + ChasePolicy.DEFAULT.secondEscalationWorkingDays() + " more."));
    }
}
