package uk.quarterlyreturns.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Map;
import uk.quarterlyreturns.base.security.PasswordSession;
import uk.quarterlyreturns.people.OwnPassword;
import uk.quarterlyreturns.people.PasswordRule;
import uk.quarterlyreturns.people.UserRejectedException;

/**
 * Someone changes their own password: the current one, then the new one twice. A refusal keeps what was typed
 * and marks each field at fault; a change signs them out everywhere else, and this session carries on.
 */
class ChangePasswordDialog extends Dialog {

    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField next = new PasswordField("New password");
    private final PasswordField repeated = new PasswordField("New password again");
    private final Paragraph problem = new Paragraph();
    private final Map<String, PasswordField> fields = Map.of(UserRejectedException.CURRENT_PASSWORD, current,
            UserRejectedException.PASSWORD, next, UserRejectedException.REPEATED_PASSWORD, repeated);

    ChangePasswordDialog(OwnPassword passwords, PasswordSession session, String username) {
        setHeaderTitle("Change my password");
        next.setHelperText("At least " + PasswordRule.SHORTEST + " characters; a few unrelated words are easy to"
                + " remember");
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        FormLayout form = new FormLayout(current, next, repeated);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, new Paragraph("You will be signed out everywhere else, in other browsers and devices too."),
                problem);
        Button change = new Button("Change password", e -> change(passwords, session, username));
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), change);
    }

    private void change(OwnPassword passwords, PasswordSession session, String username) {
        fields.values().forEach(f -> f.setInvalid(false));
        problem.setText("");
        try {
            int version = passwords.change(username, current.getValue(), next.getValue(), repeated.getValue());
            session.carryOn(version);
            close();
            Notification.show("Your password is changed; you are signed out everywhere else", 5000,
                    Notification.Position.TOP_CENTER);
        } catch (UserRejectedException e) {
            e.problems().forEach((field, message) -> {
                fields.get(field).setErrorMessage(message);
                fields.get(field).setInvalid(true);
            });
            problem.setText("Not changed: " + e.getMessage());
        }
    }
}
