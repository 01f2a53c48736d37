package uk.quarterlyreturns.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.security.PasswordToChoose;

/** Every screen, typed address or link alike, leads to choosing one's own password while a session must do that. */
@Component
class PasswordToChooseFirst implements VaadinServiceInitListener {

    private static final Set<String> OPEN = Set.of(PasswordToChoose.ROUTE, "login");

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinService service = event.getSource();
        service.addUIInitListener(init -> init.getUI().addBeforeEnterListener(PasswordToChooseFirst::beforeEnter));
    }

    private static void beforeEnter(BeforeEnterEvent event) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && PasswordToChoose.pending(session.getSession())
                && !OPEN.contains(event.getLocation().getPath())) {
            event.forwardTo(PasswordToChoose.ROUTE);
        }
    }
}
