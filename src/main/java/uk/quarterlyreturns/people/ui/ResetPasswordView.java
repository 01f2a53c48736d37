package uk.quarterlyreturns.people.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.people.ForgottenPasswords;
import uk.quarterlyreturns.people.PasswordRule;
import uk.quarterlyreturns.people.UserRejectedException;

/**
 * Where the emailed link leads: the new password twice, under the password rule. A link expired, used or replaced
 * by a newer one says so and leads back to ask for another.
 */
@Route(value = "reset-password/:token", autoLayout = false)
@PageTitle("Choose a new password | Quarterly Returns")
@AnonymousAllowed
public class ResetPasswordView extends VerticalLayout implements BeforeEnterObserver {

    private final ForgottenPasswords passwords;
    private final PasswordField next = new PasswordField("New password");
    private final PasswordField repeated = new PasswordField("New password again");
    private final Paragraph problem = new Paragraph();
    private final Map<String, PasswordField> fields = Map.of(UserRejectedException.PASSWORD, next,
            UserRejectedException.REPEATED_PASSWORD, repeated);
    private String token;

    public ResetPasswordView(ForgottenPasswords passwords) {
        this.passwords = passwords;
        setAlignItems(Alignment.CENTER);
        problem.getElement().setAttribute("role", "alert");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!passwords.offered()) {
            event.forwardTo("login");
            return;
        }
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        add(new H1("Choose a new password"));
        String username = passwords.whose(token).orElse(null);
        if (username == null) {
            ended(ForgottenPasswords.EXPIRED + ".");
            return;
        }
        next.setHelperText("At least " + PasswordRule.SHORTEST + " characters; a few unrelated words are easy to"
                + " remember");
        FormLayout form = new FormLayout(next, repeated);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("22em");
        Button set = new Button("Set password", e -> set());
        set.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        set.addClickShortcut(Key.ENTER);
        next.setAutofocus(true);
        add(new Paragraph("For the account " + username + ". You will be signed out everywhere."), form, problem,
                set);
    }

    private void set() {
        fields.values().forEach(f -> f.setInvalid(false));
        problem.setText("");
        try {
            passwords.reset(token, next.getValue(), repeated.getValue());
            removeAll();
            add(new H1("Your password is set"), new Paragraph("Sign in with it now."),
                    new Anchor("login", "Sign in"));
        } catch (UserRejectedException e) {
            e.problems().forEach((field, message) -> {
                fields.get(field).setErrorMessage(message);
                fields.get(field).setInvalid(true);
            });
            problem.setText("Not set: " + e.getMessage());
        } catch (NotAllowedException e) {
            removeAll();
            add(new H1("Choose a new password"));
            ended(e.getMessage() + ".");
        }
    }

    private void ended(String why) {
        add(new Paragraph(why), new Anchor("forgot-password", "Ask for a new link"), new Anchor("login", "Sign in"));
    }
}
