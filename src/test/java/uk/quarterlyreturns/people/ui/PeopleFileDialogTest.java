package uk.quarterlyreturns.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.support.ViewTest;

/**
 * The administrator imports the people file on the users screen, as through the API: a file with one bad row is
 * refused whole, naming the row and column, and nobody is created; the corrected file creates everyone.
 */
class PeopleFileDialogTest extends ViewTest {

    private static final String HEADER = "username,name,email,roles,service,directorate\n";

    @Autowired PeopleService people;

    @Test
    void thePeopleFileIsImportedOnTheUsersScreenAllOrNothing() {
        signIn("admin");
        open("admin/users");
        _click(_get(Button.class, s -> s.withText("Import people file…")));
        PeopleFileDialog dialog = _get(PeopleFileDialog.class);
        Button importButton = _get(dialog, Button.class, s -> s.withText("Import"));

        dialog.read((HEADER + "file.reader.2967,Fern File,file.reader.2967@council.test,READER,,\n"
                + "file.officer.2967,Olly Officer,file.officer.2967@council.test,DATA_OFFICER,,\n")
                .getBytes(StandardCharsets.UTF_8), "people.csv");
        _click(importButton);

        Grid<?> errors = _get(dialog, Grid.class);
        assertThat(GridKt._getFormattedRow(errors, 0)).containsExactly("3", "service",
                "A service director or data officer needs their service");
        assertThat(people.find("file.reader.2967")).as("all or nothing").isEmpty();
        assertThat(dialog.isOpened()).isTrue();

        dialog.read((HEADER + "file.reader.2967,Fern File,file.reader.2967@council.test,READER,,\n"
                + "file.officer.2967,Olly Officer,file.officer.2967@council.test,DATA_OFFICER,Housing,\n")
                .getBytes(StandardCharsets.UTF_8), "people.csv");
        _click(importButton);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(NotificationsKt.getNotifications()).singleElement()
                .satisfies(n -> assertThat(n.getElement().getProperty("text")).isEqualTo("2 created, 0 updated. A new"
                        + " user signs in once they choose a password with \"Forgot your password?\" on the sign-in"
                        + " page, or you reset theirs"));
        assertThat(people.find("file.reader.2967").orElseThrow().roles()).containsExactly(Role.READER);
        assertThat(people.find("file.officer.2967").orElseThrow().serviceId()).isNotNull();
    }

    @Test
    void theImportSaysHowNewPeopleSignInHere() {
        assertThat(PeopleFileDialog.howNewPeopleSignIn(true, false))
                .isEqualTo("A new user signs in with their council account");
        assertThat(PeopleFileDialog.howNewPeopleSignIn(true, true))
                .startsWith("A new user signs in with their council account, or once they choose a password");
        assertThat(PeopleFileDialog.howNewPeopleSignIn(false, true))
                .isEqualTo("A new user signs in once they choose a password with \"Forgot your password?\" on the"
                        + " sign-in page, or you reset theirs");
    }
}
