package uk.quarterlyreturns.people.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import uk.quarterlyreturns.base.security.PasswordSession;
import uk.quarterlyreturns.base.security.PasswordToChoose;
import uk.quarterlyreturns.base.ui.CurrentUser;
import uk.quarterlyreturns.people.OwnPassword;

/**
 * Where someone signed in with a password an administrator set for them must go first: they choose their own,
 * proving the one they were given, and then go on to their start page. Nobody else has business here.
 */
@Route(value = PasswordToChoose.ROUTE, autoLayout = false)
@PageTitle("Choose your own password | Quarterly Returns")
@PermitAll
public class ChoosePasswordView extends VerticalLayout implements BeforeEnterObserver {

    static final String WHY = "The password you signed in with was set for you by an administrator. Choose one that"
            + " only you know before you go on.";

    public ChoosePasswordView(OwnPassword passwords, PasswordSession session, CurrentUser user) {
        setAlignItems(Alignment.CENTER);
        OwnPasswordForm form = new OwnPasswordForm("The password you were given");
        form.setMaxWidth("24em");
        Button choose = new Button("Choose password", e -> {
            if (form.change(passwords, session, user.username())) {
                UI.getCurrent().navigate("");
            }
        });
        choose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        choose.addClickShortcut(Key.ENTER);
        add(new H1("Choose your own password"), new Paragraph(WHY), form,
                new HorizontalLayout(choose, new Button("Sign out", e -> user.logout())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!PasswordToChoose.pending(VaadinSession.getCurrent().getSession())) {
            event.forwardTo("");
        }
    }
}
