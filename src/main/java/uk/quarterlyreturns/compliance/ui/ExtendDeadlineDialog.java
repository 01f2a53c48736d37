package uk.quarterlyreturns.compliance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.ui.Confirmations;
import uk.quarterlyreturns.base.ui.UkDates;
import uk.quarterlyreturns.chasing.DeadlineExtensions;
import uk.quarterlyreturns.compliance.ReturnCompliance;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.returns.DeadlineExtension;
import uk.quarterlyreturns.base.ui.FormDialog;

/**
 * The performance team agrees a later deadline for one return, or withdraws one, with a reason; the dialog names
 * whom the service's mail goes to. A refusal is said in the dialog, and what was typed stays.
 */
class ExtendDeadlineDialog extends FormDialog {

    private final DeadlineExtensions extensions;
    private final Person me;
    private final Cycle cycle;
    private final ReturnCompliance row;
    private final Runnable changed;
    final DateTimePicker extendTo = UkDates.dateTimePicker("New deadline");
    final TextArea reason = new TextArea();
    final Paragraph error = new Paragraph();

    ExtendDeadlineDialog(DeadlineExtensions extensions, Person me, Cycle cycle, ReturnCompliance row,
            Runnable changed) {
        this.extensions = extensions;
        this.me = me;
        this.cycle = cycle;
        this.row = row;
        this.changed = changed;
        addClassName("extend-deadline");
        setHeaderTitle("Extend the deadline of " + row.service());
        setWidth("min(92vw, 640px)");
        Instant proposed = row.isExtended() ? row.extendedTo() : extensions.proposed(cycle);
        extendTo.setValue(proposed.atZone(LondonTime.ZONE).toLocalDateTime());
        extendTo.setHelperText("The cycle's deadline is " + DeadlineExtension.when(cycle.submissionDeadline())
                + "; no later than the compilation date, " + DeadlineExtension.when(cycle.compilationDate())
                + ", when a return not in is printed as Missing.");
        reason.setWidthFull();
        reason.setMaxLength(DeadlineExtension.REASON_MAX);
        reason.setRequired(true);
        // one field serves both buttons of an extended return's dialog, so its words cover withdrawing too
        reason.setLabel(row.isExtended() ? "Reason for the new deadline, or for withdrawing the extension"
                : "Reason for the new deadline");
        reason.setHelperText("The service is sent it, and the return's history keeps it.");
        error.addClassNames("extension-error", "form-problem");
        error.getElement().setAttribute("role", "alert");
        List<Person> told = extensions.toldOfIt(row.returnId());
        Paragraph who = new Paragraph(told.isEmpty()
                ? "Nobody in the service has an email address: tell them yourself."
                : "Extending emails " + String.join(", ", told.stream().map(Person::displayName).toList())
                        + " with the new deadline and the reason. Reminders, the overdue notice and escalations then"
                        + " follow the new deadline.");
        who.addClassName("extension-told");
        if (row.isExtended()) {
            add(new Paragraph("Extended now to " + DeadlineExtension.when(row.extendedTo()) + ": "
                    + row.extensionReason()));
        }
        add(extendTo, reason, who, error);
        Button extend = new Button("Extend deadline", e -> extend());
        extend.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel);
        if (row.isExtended()) {
            Button withdraw = new Button("Withdraw the extension…", e -> withdraw());
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            getFooter().add(withdraw);
        }
        getFooter().add(extend);
    }

    void extend() {
        Optional<String> unread = UkDates.unread(extendTo); // else refused as no deadline given
        if (unread.isPresent()) {
            error.setText("Not extended: " + unread.get());
            return;
        }
        Instant to = extendTo.getValue() == null ? null
                : extendTo.getValue().atZone(LondonTime.ZONE).toInstant();
        attempt(() -> extensions.extend(row.returnId(), me, to, reason.getValue(), row.extendedTo()),
                row.service() + "'s deadline is extended to " + (to == null ? "" : DeadlineExtension.when(to)));
    }

    /**
     * Asked first: when the cycle's deadline has passed, the return becomes overdue at once and is escalated. The
     * reason is checked before the question, so that agreeing to it is not followed by a refusal.
     */
    void withdraw() {
        try {
            DeadlineExtension.checkReason(reason.getValue());
        } catch (IllegalArgumentException e) {
            reason.setInvalid(true);
            reason.setErrorMessage(e.getMessage());
            error.setText(e.getMessage());
            return;
        }
        error.setText("");
        String when = extensions.whenWithdrawn(row.returnId());
        Confirmations.askDestructive("Withdraw " + row.service() + "'s extension?", when
                + " The reason you gave is kept in its history.", "Withdraw the extension",
                () -> attempt(() -> extensions.withdraw(row.returnId(), me, reason.getValue(), row.extendedTo()),
                        row.service() + "'s extension is withdrawn"));
    }

    private void attempt(Runnable change, String done) {
        try {
            change.run();
        } catch (IllegalArgumentException | IllegalStateException | NotAllowedException e) {
            error.setText(e.getMessage());
            return;
        }
        close();
        Notification.show(done, 6000, Notification.Position.TOP_CENTER);
        changed.run();
    }
}
