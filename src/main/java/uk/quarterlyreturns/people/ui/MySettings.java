package uk.quarterlyreturns.people.ui;

import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.ui.SettingsDialog;
import uk.quarterlyreturns.people.PeopleService;

/** Opens the signed-in person's own settings (daily digest) from the frame's "My settings". */
@Component
class MySettings implements SettingsDialog {

    private final PeopleService people;

    MySettings(PeopleService people) {
        this.people = people;
    }

    @Override
    public void open(String username) {
        new MySettingsDialog(people, username).open();
    }
}
