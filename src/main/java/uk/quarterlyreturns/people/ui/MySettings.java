package uk.quarterlyreturns.people.ui;

import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.security.PasswordSession;
import uk.quarterlyreturns.base.ui.SettingsDialog;
import uk.quarterlyreturns.people.OwnPassword;
import uk.quarterlyreturns.people.PeopleService;

/** Opens the signed-in person's own settings (daily digest, password) from the frame's "My settings". */
@Component
class MySettings implements SettingsDialog {

    private final PeopleService people;
    private final OwnPassword passwords;
    private final PasswordSession session;

    MySettings(PeopleService people, OwnPassword passwords, PasswordSession session) {
        this.people = people;
        this.passwords = passwords;
        this.session = session;
    }

    @Override
    public void open(String username) {
        MySettingsDialog dialog = new MySettingsDialog(people, username);
        // Council accounts' passwords are kept by the council, not here.
        if (session.signedInWithPassword()) {
            dialog.offerPasswordChange(() -> new ChangePasswordDialog(passwords, session, username).open());
        }
        dialog.open();
    }
}
