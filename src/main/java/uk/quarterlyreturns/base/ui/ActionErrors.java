package uk.quarterlyreturns.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.Faults;

/**
 * A click whose step fails for a reason nobody foresaw says so over the page, which stays as it was with what was
 * typed: Vaadin's own handler puts the error page ("the page could not be shown") in its place. A step that met
 * another change to the same process at the same moment (a return's notice going out as it is submitted, say) says to
 * try again; anything else gives a reference to quote, as the error page does, the exception in the log under it.
 */
@Component
class ActionErrors implements VaadinServiceInitListener {

    static final String FAULT = "Something went wrong and that was not done. Try again; if it keeps happening, tell"
            + " the administrator the reference ";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new Said()));
    }

    /**
     * Kept in each session, so it holds nothing but its class. What Vaadin's own handler does it still does for a
     * browser gone away (nothing) and for a refusal that has its page (not found, not allowed); the rest keeps the
     * page as it was, with what was typed, and says what happened over it.
     */
    static final class Said extends DefaultErrorHandler {

        private static final Logger log = LoggerFactory.getLogger(ActionErrors.class);

        @Override
        public void error(ErrorEvent event) {
            Throwable t = findRelevantThrowable(event.getThrowable());
            if (!shouldHandle(t) || UI.getCurrent() == null || t instanceof NotFoundException
                    || t instanceof AccessDeniedException) {
                super.error(event);
                return;
            }
            String words;
            if (causedBy(t, OptimisticLockingException.class)) {
                log.info("A step met another change at the same moment: {}", t.toString());
                words = Faults.AT_THE_SAME_MOMENT;
            } else {
                String reference = Faults.reference();
                log.error("A step failed (reference {})", reference, t);
                words = FAULT + reference + ".";
            }
            Notification shown = Notification.show(words, 15_000, Notification.Position.MIDDLE);
            shown.addThemeVariants(NotificationVariant.LUMO_ERROR);
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
