package uk.quarterlyreturns.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.returns.ui.InboxView;

/**
 * A step of the report's approval taken from the page: its outcome is shown and the person goes back to their inbox,
 * as the report has left their hands; refused, they are told why and stay where they are.
 */
final class ApprovalOutcome {

    private ApprovalOutcome() {
    }

    static void carryOut(Component from, Runnable action, String outcome) {
        try {
            action.run();
            Notification.show(outcome, 6000, Notification.Position.TOP_CENTER);
            from.getUI().ifPresent(ui -> ui.navigate(InboxView.class));
        } catch (IllegalArgumentException | IllegalStateException | NotAllowedException ex) {
            Notification.show("Not done: " + ex.getMessage(), 8000, Notification.Position.TOP_CENTER);
        }
    }
}
