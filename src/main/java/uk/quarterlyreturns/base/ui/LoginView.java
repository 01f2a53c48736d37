package uk.quarterlyreturns.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.web.WebAttributes;
import uk.quarterlyreturns.base.security.SingleSignOn;
import uk.quarterlyreturns.base.security.SingleSignOnRefused;

/**
 * The sign-in page: the password form, the council account's button when single sign-on is configured (the
 * button alone when local passwords are off), and why a sign-in with the council account was refused.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | Quarterly Returns")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();
    private final Paragraph refused = new Paragraph();
    private final SingleSignOn singleSignOn;

    public LoginView(SingleSignOn singleSignOn) {
        this.singleSignOn = singleSignOn;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getErrorMessage().setTitle("Wrong username or password");
        i18n.getForm().setForgotPassword("Forgot your password?");
        i18n.getErrorMessage().setMessage("Check them and try again. After five failures in a row, wait 15 minutes.");
        login.setI18n(i18n);
        login.setAction("login");
        // Only passwords kept here can be forgotten here (ForgotPasswordView); the council resets its own accounts.
        login.setForgotPasswordButtonVisible(singleSignOn.localPasswords());
        login.addForgotPasswordListener(e -> login.getUI().ifPresent(ui -> ui.navigate("forgot-password")));

        refused.addClassName("sign-in-refused");
        refused.getElement().setAttribute("role", "alert");
        refused.setVisible(false);

        add(new H1("Quarterly Returns"),
                new Paragraph("Performance returns, sign-off and the corporate report, quarter by quarter."),
                refused);
        if (singleSignOn.enabled()) {
            // A full page load (not Vaadin's router): the provider's sign-in page is elsewhere.
            Anchor button = new Anchor(SingleSignOn.START.substring(1), singleSignOn.buttonText());
            button.setRouterIgnore(true);
            button.addClassName("sso-sign-in");
            add(button);
        }
        if (singleSignOn.localPasswords()) {
            add(login);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        login.setError(parameters.containsKey("error"));
        if (parameters.containsKey("refused") && singleSignOn.enabled()) {
            refused.setText(refusal());
            refused.setVisible(true);
        }
    }

    /** The reason the last sign-in with the council account was refused, as Spring Security left it. */
    private String refusal() {
        VaadinRequest request = VaadinRequest.getCurrent();
        WrappedSession session = request == null ? null : request.getWrappedSession(false);
        Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (failure instanceof SingleSignOnRefused refusal) {
            return refusal.getError().getDescription();
        }
        return "Signing in with " + singleSignOn.label() + " did not work. Try again; if it goes on failing,"
                + " ask your IT team.";
    }
}
