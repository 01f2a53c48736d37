package uk.quarterlyreturns.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import org.springframework.stereotype.Component;

/**
 * An open tab's heartbeat kept a session alive for ever, past its 60 minutes, on an unattended screen. Vaadin closes
 * a session idle that long (vaadin.closeIdleSessions: a heartbeat is not use); ending the HTTP session with it ends
 * the sign-in too, which a reload would otherwise find still there.
 */
@Component
class IdleSessionsEnd implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(destroyed -> end(destroyed.getSession()));
    }

    private static void end(VaadinSession session) {
        WrappedSession http = session.getSession();
        if (http == null) {
            return;
        }
        try {
            http.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            // signed out, or timed out: the sign-in ended with it
        }
    }
}
