package uk.quarterlyreturns.people.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.people.PasswordRule;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.base.ui.FormDialog;

/** The administrator gives someone a new password, for when they have forgotten theirs. */
class PasswordDialog extends FormDialog {

    PasswordDialog(UserAdministration admin, Person person, String by) {
        setHeaderTitle("Reset " + person.displayName() + "'s password");
        PasswordField password = new PasswordField("New password");
        password.setHelperText("At least " + PasswordRule.SHORTEST + " characters; pass it on privately");
        password.setWidthFull();
        Button save = new Button("Set password", e -> {
            try {
                admin.resetPassword(person.username(), password.getValue(), by);
                Notification.show(person.displayName() + " has a new password", 5000,
                        Notification.Position.TOP_CENTER);
                close();
            } catch (IllegalArgumentException | NotAllowedException ex) {
                password.setErrorMessage(ex.getMessage());
                password.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        password.setAutofocus(true);
        add(password);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
