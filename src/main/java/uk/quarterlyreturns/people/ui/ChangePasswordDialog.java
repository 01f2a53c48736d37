package uk.quarterlyreturns.people.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;
import uk.quarterlyreturns.base.security.PasswordSession;
import uk.quarterlyreturns.people.OwnPassword;
import uk.quarterlyreturns.base.ui.FormDialog;

/** Someone changes their own password, under My settings (OwnPasswordForm). */
class ChangePasswordDialog extends FormDialog {

    ChangePasswordDialog(OwnPassword passwords, PasswordSession session, String username) {
        setHeaderTitle("Change my password");
        OwnPasswordForm form = new OwnPasswordForm("Current password");
        add(form);
        Button change = new Button("Change password", e -> {
            if (form.change(passwords, session, username)) {
                close();
                Notification.show("Your password is changed; you are signed out everywhere else", 5000,
                        Notification.Position.TOP_CENTER);
            }
        });
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickShortcut(Key.ENTER);
        getFooter().add(new Button("Cancel", e -> close()), change);
    }
}
