package uk.quarterlyreturns.people.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.quarterlyreturns.people.ForgottenPasswords;

/**
 * "Forgot your password?": a username or email address, and always the same answer, so that the page tells nobody
 * who has an account. Not offered when the council signs in with its own accounts only.
 */
@Route(value = "forgot-password", autoLayout = false)
@PageTitle("Forgot your password? | Quarterly Returns")
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout implements BeforeEnterObserver {

    public static final String ANSWER = "If that matches an account, we have sent a link to its email address. It"
            + " works once, for " + ForgottenPasswords.VALID.toMinutes() + " minutes.";

    private final ForgottenPasswords passwords;
    private final TextField who = new TextField("Username or email address");
    private final Paragraph answer = new Paragraph();

    public ForgotPasswordView(ForgottenPasswords passwords) {
        this.passwords = passwords;
        setAlignItems(Alignment.CENTER);
        who.setWidth("22em");
        answer.getElement().setAttribute("role", "status");
        Button send = new Button("Send me a link", e -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        who.setAutofocus(true);
        send.setDisableOnClick(true);
        send.addClickListener(e -> send.setEnabled(true));
        add(new H1("Forgot your password?"), new Paragraph("Type your username or email address: we send a link"
                + " to choose a new password to the email address we have for you."), who, send, answer,
                new Anchor("login", "Back to sign in"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!passwords.offered()) {
            event.forwardTo("login");
        }
    }

    private void send() {
        passwords.request(who.getValue(), VaadinRequest.getCurrent().getRemoteAddr());
        answer.setText(ANSWER);
    }
}
