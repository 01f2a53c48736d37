package uk.quarterlyreturns.people.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Map;
import uk.quarterlyreturns.base.security.PasswordSession;
import uk.quarterlyreturns.people.OwnPassword;
import uk.quarterlyreturns.people.PasswordRule;
import uk.quarterlyreturns.people.UserRejectedException;

/**
 * Someone's own password changed: the current one, then the new one twice. A refusal keeps what was typed and marks
 * each field at fault; a change signs them out everywhere else, and this session carries on.
 */
class OwnPasswordForm extends Div {

    private final PasswordField current;
    private final PasswordField next = new PasswordField("New password");
    private final PasswordField repeated = new PasswordField("New password again");
    private final Paragraph problem = new Paragraph();
    private final Map<String, PasswordField> fields;

    OwnPasswordForm(String currentLabel) {
        current = new PasswordField(currentLabel);
        current.setAutofocus(true);
        fields = Map.of(UserRejectedException.CURRENT_PASSWORD, current, UserRejectedException.PASSWORD, next,
                UserRejectedException.REPEATED_PASSWORD, repeated);
        next.setHelperText("At least " + PasswordRule.SHORTEST + " characters; a few unrelated words are easy to"
                + " remember");
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        FormLayout form = new FormLayout(current, next, repeated);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, new Paragraph("You will be signed out everywhere else, in other browsers and devices too."),
                problem);
    }

    /** Whether the password was changed; when refused, the fields at fault say why. */
    boolean change(OwnPassword passwords, PasswordSession session, String username) {
        fields.values().forEach(f -> f.setInvalid(false));
        problem.setText("");
        try {
            int version = passwords.change(username, current.getValue(), next.getValue(), repeated.getValue());
            session.carryOn(version);
            return true;
        } catch (UserRejectedException e) {
            e.problems().forEach((field, message) -> {
                fields.get(field).setErrorMessage(message);
                fields.get(field).setInvalid(true);
            });
            problem.setText("Not changed: " + e.getMessage());
            return false;
        }
    }
}
