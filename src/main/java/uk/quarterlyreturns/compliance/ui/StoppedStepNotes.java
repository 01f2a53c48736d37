package uk.quarterlyreturns.compliance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import java.util.Objects;
import uk.quarterlyreturns.base.ui.UkDates;
import uk.quarterlyreturns.compliance.StoppedSteps;
import uk.quarterlyreturns.compliance.StoppedSteps.Retry;
import uk.quarterlyreturns.compliance.StoppedSteps.StoppedStep;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.people.Person;

/**
 * Each stopped step of the cycle, said to the performance team above its figures with a button to try it again: a
 * report that failed to compile on its date would otherwise wait unseen until someone wondered why it had not come.
 */
final class StoppedStepNotes {

    static final String TRY_AGAIN = "Try again";

    private StoppedStepNotes() {
    }

    /** A note for each, found by its class; afterwards draws the cycle again once one was tried. */
    static List<Component> of(StoppedSteps steps, Cycle c, Person me, Runnable afterwards) {
        List<StoppedStep> stopped = steps.of(c.id());
        if (stopped.isEmpty()) {
            return List.of();
        }
        List<Retry> retries = steps.retries(c.id());
        return stopped.stream().map(step -> (Component) note(steps, c, me, step, retries, afterwards)).toList();
    }

    private static Div note(StoppedSteps steps, Cycle c, Person me, StoppedStep step, List<Retry> retries,
            Runnable afterwards) {
        String said = step.words() + " stopped: it failed each time it was tried, last on "
                + UkDates.WHEN.format(step.failedAt()) + " (" + step.failure() + "). It waits until it is tried"
                + " again; nothing is lost meanwhile." + retries.stream()
                .filter(r -> r.step().equals(step.activityId()) && Objects.equals(r.returnId(), step.returnId()))
                .findFirst().map(r -> " It was last tried again by " + r.by() + " on " + UkDates.WHEN.format(r.at())
                        + ".").orElse("");
        Button again = new Button(TRY_AGAIN, e -> {
            try {
                steps.tryAgain(c.id(), step.incidentId(), me.username());
                Notification.show(step.words() + " will be tried again within a minute; this page shows how it went"
                        + " when drawn again.", 8000, Notification.Position.TOP_CENTER);
            } catch (IllegalStateException refused) {
                Notification.show(refused.getMessage(), 8000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            afterwards.run();
        });
        again.setAriaLabel(TRY_AGAIN + ": " + step.words());
        Div note = new Div(new Paragraph(said), again);
        note.addClassName("stopped-step");
        note.getElement().setAttribute("role", "alert");
        return note;
    }
}
