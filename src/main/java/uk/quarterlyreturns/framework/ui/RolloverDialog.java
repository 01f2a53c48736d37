package uk.quarterlyreturns.framework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.function.Consumer;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRollover;

/** Asks before making next year's framework from this year's, and says what it made or why it could not. */
class RolloverDialog extends Dialog {

    static final String CARRY = "Carry this year's targets";
    static final String BLANK = "Leave targets blank, to agree later";

    RolloverDialog(YearRollover rollover, ReportingYear from, String by, Consumer<String> done) {
        String next = YearRollover.nextLabel(from.label());
        setHeaderTitle("Roll over to " + next.replace('-', '/'));
        RadioButtonGroup<String> targets = new RadioButtonGroup<>("Targets", CARRY, BLANK);
        targets.setValue(CARRY);
        Paragraph problem = new Paragraph();
        problem.addClassName("form-problems");
        add(new Paragraph("Makes the " + next.replace('-', '/') + " framework from " + from.display()
                + ": the same measures, key actions, directorates and services. " + from.display()
                + "'s figures become history, so next year's tables show its outturn. A measure reported until a"
                + " quarter of " + from.display() + " is not carried."), targets, problem);
        Button confirm = new Button("Roll over", e -> {
            try {
                var result = rollover.rollover(from.label(), next, CARRY.equals(targets.getValue()), by);
                Notification.show(result.year().display() + " made: " + result.measures() + " measures, "
                        + result.keyActions() + " key actions, " + result.outturns() + " outturns moved to history"
                        + (result.notCarried().isEmpty() ? "" : "; not carried, as reported until a quarter of "
                        + from.display() + ": " + String.join(", ", result.notCarried())));
                close();
                done.accept(result.year().label());
            } catch (IllegalStateException | IllegalArgumentException refused) {
                problem.setText(refused.getMessage());
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }
}
