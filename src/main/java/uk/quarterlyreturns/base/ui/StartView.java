package uk.quarterlyreturns.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The root sends each person to their role's start page. */
@Route("")
@PermitAll
public class StartView extends Div implements BeforeEnterObserver {

    private final CurrentUser user;

    public StartView(CurrentUser user) {
        this.user = user;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(StartPages.forRoles(user.roles()));
    }
}
