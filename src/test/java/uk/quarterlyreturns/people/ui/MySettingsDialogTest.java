package uk.quarterlyreturns.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.support.ViewTest;

/** A person chooses the daily digest for themselves. */
class MySettingsDialogTest extends ViewTest {

    @Autowired PeopleService people;

    @Test
    void choosingTheDailyDigestIsSaved() {
        if (people.find("settings.reader").isEmpty()) {
            people.create(new Person("settings.reader", "Sol Settings", "settings.reader@demo.council.test",
                    EnumSet.of(Role.READER), null, null, true, false, false), "a-long-password");
        }
        signIn("settings.reader");
        MySettingsDialog dialog = new MySettingsDialog(people, "settings.reader");
        dialog.open();
        assertThat(_get(dialog, Checkbox.class).getValue()).isFalse();
        _setValue(_get(dialog, Checkbox.class), true);
        _click(_get(dialog, Button.class, s -> s.withText("Save")));
        assertThat(people.find("settings.reader").orElseThrow().dailyDigest()).isTrue();
    }
}
