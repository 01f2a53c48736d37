package uk.quarterlyreturns.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.base.ui.FormDialog;

/** A person's own settings: one daily digest email instead of one email per event; their password. */
public class MySettingsDialog extends FormDialog {

    public MySettingsDialog(PeopleService people, String username) {
        Person me = people.find(username).orElseThrow();
        setHeaderTitle("My settings");
        Checkbox digest = new Checkbox("Send me one daily digest instead of an email for each event",
                me.dailyDigest());
        Button save = new Button("Save", e -> {
            people.setDailyDigest(username, digest.getValue());
            Notification.show(digest.getValue() ? "You will get one digest each morning" : "You will get each email"
                    + " as it happens");
            close();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(digest, new Paragraph("Overdue notices and escalations always come at once."));
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    /** For someone signed in with a password kept here. */
    void offerPasswordChange(Runnable change) {
        add(new Button("Change my password", e -> {
            close();
            change.run();
        }));
    }
}
