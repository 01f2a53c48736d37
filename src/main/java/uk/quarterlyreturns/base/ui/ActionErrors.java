package uk.quarterlyreturns.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.Faults;

/**
 * A click whose step fails for a reason nobody foresaw says so on the page: Vaadin would only log it, leaving the
 * person to wonder whether it was done. A step that met another change to the same process at the same moment (a
 * return's notice going out as it is submitted, say) says to try again; anything else gives a reference to quote, as
 * the error page does, and the exception goes to the log under it.
 */
@Component
class ActionErrors implements VaadinServiceInitListener {

    static final String FAULT = "Something went wrong and that was not done. Try again; if it keeps happening, tell"
            + " the administrator the reference ";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new Said()));
    }

    /** Kept in each session, so it holds nothing but its class. */
    static final class Said implements ErrorHandler {

        private static final Logger log = LoggerFactory.getLogger(ActionErrors.class);

        @Override
        public void error(ErrorEvent event) {
            Throwable t = event.getThrowable();
            String words;
            if (causedBy(t, OptimisticLockingException.class)) {
                log.info("A step met another change at the same moment: {}", t.toString());
                words = Faults.AT_THE_SAME_MOMENT;
            } else {
                String reference = Faults.reference();
                log.error("A step failed (reference {})", reference, t);
                words = FAULT + reference + ".";
            }
            if (UI.getCurrent() != null) {
                Notification shown = Notification.show(words, 15_000, Notification.Position.MIDDLE);
                shown.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }

        private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
            for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
                if (type.isInstance(c)) {
                    return true;
                }
            }
            return false;
        }
    }
}
