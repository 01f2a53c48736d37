package uk.quarterlyreturns.compliance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.api.ConfirmationRequiredException;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.ui.Confirmations;
import uk.quarterlyreturns.base.ui.UkDates;
import uk.quarterlyreturns.chasing.CycleDateChanges;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.returns.DeadlineExtension;
import uk.quarterlyreturns.base.ui.FormDialog;

/**
 * The performance team changes an open cycle's deadline and compilation date, with a reason; asked first, the
 * question naming the effects. A refusal is said in the dialog, and what was typed stays.
 */
class ChangeDatesDialog extends FormDialog {

    private final CycleDateChanges changes;
    private final Person me;
    private final Cycle cycle;
    private final Runnable changed;
    final DateTimePicker deadline = UkDates.dateTimePicker("Submission deadline");
    final DateTimePicker compilation = UkDates.dateTimePicker("Report compiled on");
    final TextArea reason = new TextArea("Reason (services told of a new deadline are sent it)");
    final Paragraph error = new Paragraph();

    ChangeDatesDialog(CycleDateChanges changes, Person me, Cycle cycle, Runnable changed) {
        this.changes = changes;
        this.me = me;
        this.cycle = cycle;
        this.changed = changed;
        addClassName("change-dates");
        setHeaderTitle("Change the dates of " + cycle.shortName());
        setWidth("min(92vw, 640px)");
        deadline.setValue(local(cycle.submissionDeadline()));
        compilation.setValue(local(cycle.compilationDate()));
        reason.setWidthFull();
        reason.setMaxLength(DeadlineExtension.REASON_MAX);
        reason.setRequired(true);
        error.addClassNames("dates-error", "form-problem");
        error.getElement().setAttribute("role", "alert");
        add(deadline, compilation, reason, error);
        Button change = new Button("Change dates…", e -> ask());
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), change);
    }

    /** The effects and any question, asked before anything changes. */
    void ask() {
        error.setText(""); // a refusal mended since is not left beside the question
        Optional<String> unread = UkDates.unread(deadline, compilation); // else refused as no date given
        if (unread.isPresent()) {
            error.setText("The dates were not changed: " + unread.get());
            return;
        }
        Instant newDeadline = instant(deadline.getValue());
        Instant newCompilation = instant(compilation.getValue());
        List<String> questions;
        try {
            questions = changes.questions(cycle.id(), newDeadline, newCompilation, reason.getValue());
        } catch (IllegalArgumentException | IllegalStateException e) {
            error.setText(e.getMessage());
            return;
        }
        List<String> said = new ArrayList<>(questions);
        if (!newDeadline.equals(cycle.submissionDeadline())) {
            said.add("Every return not yet in is then due " + DeadlineExtension.when(newDeadline) + " (one with an"
                    + " agreed extension keeps it): its reminders, overdue notice and escalations follow, its task"
                    + " falls due then, and its service is emailed the new deadline and the reason");
            said.addAll(changes.onTimeChanges(cycle.id(), newDeadline));
        }
        said.add("The report is compiled " + DeadlineExtension.when(newCompilation) + " with whatever is in");
        Confirmations.ask("Change the dates of " + cycle.shortName() + "?", String.join(". ", said) + ".",
                "Change dates", () -> change(newDeadline, newCompilation, questions));
    }

    /** Agreeing to the questions asked, and only those: one that arose since is asked before anything changes. */
    private void change(Instant newDeadline, Instant newCompilation, List<String> asked) {
        try {
            changes.change(cycle.id(), me, newDeadline, newCompilation, reason.getValue(), cycle.submissionDeadline(),
                    cycle.compilationDate(), asked);
        } catch (ConfirmationRequiredException more) {
            ask();
            error.setText("The dates were not changed: since you were asked, something changed that you have not"
                    + " agreed to. " + String.join(". ", more.effects()) + ". Confirm again if you agree.");
            return;
        } catch (IllegalArgumentException | IllegalStateException | NotAllowedException e) {
            error.setText(e.getMessage());
            return;
        }
        close();
        Notification.show(cycle.shortName() + "'s dates are changed", 6000, Notification.Position.TOP_CENTER);
        changed.run();
    }

    private static LocalDateTime local(Instant at) {
        return at.atZone(LondonTime.ZONE).toLocalDateTime();
    }

    private static Instant instant(LocalDateTime at) {
        return at == null ? null : at.atZone(LondonTime.ZONE).toInstant();
    }
}
