package uk.quarterlyreturns.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.people.AccountHistoryReader;
import uk.quarterlyreturns.people.AccountWay;
import uk.quarterlyreturns.people.PeopleFile;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.people.UserFields;
import uk.quarterlyreturns.people.WorkNotAgreedException;
import uk.quarterlyreturns.support.ViewTest;

/**
 * A people file that replaces a service's director, or moves a data officer, is asked about first, as placing someone
 * on the services screen is: the question names whom it takes work from; Cancel changes nothing, the answer imports.
 * An answer given to a question the people have changed under since is not taken as agreement to the new one.
 */
class PeopleFileAsksFirstTest extends ViewTest {

    private static final String HEADER = "username,name,email,roles,service,directorate\n";

    @Autowired FrameworkImport imports;
    @Autowired Organisation organisation;
    @Autowired PeopleService people;
    @Autowired PeopleFile peopleFile;
    @Autowired UserAdministration users;
    @Autowired AccountHistoryReader history;

    @Test
    void aFileReplacingADirectorAndMovingADataOfficerIsAskedFirstAndCancelChangesNothing() {
        Organisation.ServiceUnit roads = service("Roads 3980");
        Organisation.ServiceUnit bridges = service("Bridges 3980");
        person("old.dir.3980", "Olwen Outgoing", Role.SERVICE_DIRECTOR, roads);
        person("officer.3980", "Omar Officer", Role.DATA_OFFICER, roads);
        String file = HEADER
                + "old.dir.3980,Olwen Outgoing,old.dir.3980@council.test,READER,,\n"
                + "new.dir.3980,Nico Incoming,new.dir.3980@council.test,SERVICE_DIRECTOR,Roads 3980,\n"
                + "officer.3980,Omar Officer,officer.3980@council.test,DATA_OFFICER,Bridges 3980,\n";
        signIn("admin");
        open("admin/users");
        _click(_get(Button.class, s -> s.withText("Import people file…")));
        PeopleFileDialog dialog = _get(PeopleFileDialog.class);
        Button importButton = _get(dialog, Button.class, s -> s.withText("Import"));
        dialog.read(file.getBytes(StandardCharsets.UTF_8), "people.csv");

        _click(importButton);
        ConfirmDialog ask = _get(ConfirmDialog.class);
        assertThat(ask.getElement().getProperty("header")).isEqualTo("Take work from these people?");
        assertThat(_find(ask, ListItem.class)).extracting(ListItem::getText).containsExactly(
                "Nico Incoming replaces Olwen Outgoing as director of Roads 3980",
                "Omar Officer stops being a data officer of Roads 3980");
        assertThat(_find(ask, Paragraph.class)).extracting(Paragraph::getText).containsExactly(
                "Importing this file takes work from people who hold it now:", "Steps they claimed come back to the"
                        + " inboxes of those who may take them now, and a new director is emailed about any return"
                        + " their service has open. Nothing has changed yet: Cancel leaves everyone as they are.");
        assertThat(ask.getElement().getProperty("confirmText")).isEqualTo("Import and make these changes");
        assertThat(people.inService(roads.id(), Role.SERVICE_DIRECTOR)).as("nothing done before the answer")
                .extracting(Person::username).containsExactly("old.dir.3980");

        ConfirmDialogKt._fireCancel(ask);
        assertThat(people.inService(roads.id(), Role.SERVICE_DIRECTOR)).extracting(Person::username)
                .containsExactly("old.dir.3980");
        assertThat(people.find("new.dir.3980")).isEmpty();
        assertThat(people.find("officer.3980").orElseThrow().serviceId()).isEqualTo(roads.id());
        assertThat(dialog.isOpened()).as("the file is kept, to import after all").isTrue();
        assertThat(importButton.isEnabled()).isTrue();

        _click(importButton);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(people.inService(roads.id(), Role.SERVICE_DIRECTOR)).extracting(Person::username)
                .containsExactly("new.dir.3980");
        assertThat(people.find("officer.3980").orElseThrow().serviceId()).isEqualTo(bridges.id());
    }

    /** The account history says which way a change came: the Users screen's file import is not the API. */
    @Test
    void aFileImportedOnTheUsersScreenIsRecordedAsAFileImport() {
        signIn("admin");
        open("admin/users");
        _click(_get(Button.class, s -> s.withText("Import people file…")));
        PeopleFileDialog dialog = _get(PeopleFileDialog.class);
        dialog.read((HEADER + "reader.3986,Rhys Reader,reader.3986@council.test,READER,,\n")
                .getBytes(StandardCharsets.UTF_8), "people.csv");
        _click(_get(dialog, Button.class, s -> s.withText("Import")));

        assertThat(history.of("reader.3986", "admin")).singleElement().satisfies(e -> {
            assertThat(e.words()).isEqualTo("Created as Reader by admin");
            assertThat(e.way()).isEqualTo(AccountWay.FILE_IMPORT);
        });
    }

    @Test
    void aFileTakingNothingFromAnyoneIsNotAskedAbout() {
        Organisation.ServiceUnit parks = service("Parks 3981");
        person("dir.3981", "Dora Director", Role.SERVICE_DIRECTOR, parks);
        signIn("admin");
        open("admin/users");
        _click(_get(Button.class, s -> s.withText("Import people file…")));
        PeopleFileDialog dialog = _get(PeopleFileDialog.class);
        dialog.read((HEADER + "dir.3981,Dora Director-Jones,dir.3981@council.test,SERVICE_DIRECTOR,Parks 3981,\n"
                + "officer.3981,Ola Officer,officer.3981@council.test,DATA_OFFICER,Parks 3981,\n")
                .getBytes(StandardCharsets.UTF_8), "people.csv");

        _click(_get(dialog, Button.class, s -> s.withText("Import")));
        assertThat(_find(ConfirmDialog.class)).isEmpty();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(people.find("dir.3981").orElseThrow().displayName()).isEqualTo("Dora Director-Jones");
    }

    /** Asked, then another administrator (or another tab) moves people before the answer: the answer is refused. */
    @Test
    void anAnswerToAQuestionThePeopleChangedUnderSinceChangesNothing() {
        Organisation.ServiceUnit lights = service("Lights 3982");
        person("old.dir.3982", "Lior Leaving", Role.SERVICE_DIRECTOR, lights);
        person("officer.3982", "Lea Officer", Role.DATA_OFFICER, lights);
        TabularFile file = csv(HEADER + "old.dir.3982,Lior Leaving,old.dir.3982@council.test,READER,,\n"
                + "new.dir.3982,Nell New,new.dir.3982@council.test,SERVICE_DIRECTOR,Lights 3982,\n"
                + "officer.3982,Lea Officer,officer.3982@council.test,READER,,\n");
        List<String> asked = peopleFile.workTaken(file, "admin");
        assertThat(asked).containsExactly("Nell New replaces Lior Leaving as director of Lights 3982",
                "Lea Officer stops being a data officer of Lights 3982");
        users.update(new UserFields("old.dir.3982", "Lior Leaving", "old.dir.3982@council.test",
                EnumSet.of(Role.READER), null, null), "admin");
        users.update(new UserFields("officer.3982", "Lea Officer", "officer.3982@council.test",
                EnumSet.of(Role.SERVICE_DIRECTOR), lights.id(), null), "admin");

        assertThatThrownBy(() -> peopleFile.importFile(file, "admin", AccountWay.API, () -> { }, asked))
                .isInstanceOfSatisfying(WorkNotAgreedException.class, e -> assertThat(e.taken())
                        .containsExactly("Nell New replaces Lea Officer as director of Lights 3982"));
        assertThat(people.find("new.dir.3982")).as("nothing changed").isEmpty();
        assertThat(people.inService(lights.id(), Role.SERVICE_DIRECTOR)).extracting(Person::username)
                .containsExactly("officer.3982");
    }

    /** A service of its own year, named for it ("Roads 3980" in 3980/81). */
    private Organisation.ServiceUnit service(String name) {
        int year = Integer.parseInt(name.substring(name.length() - 4));
        imports.importMeasures(year + "-" + (year + 1) % 100, csv("code,title,directorate,service,theme,unit,polarity,frequency,aggregation,"
                + "target,floor,tolerance_pct,rag_scheme\n" + name.replace(" ", "-") + ",Measured,Economy and"
                + " Infrastructure," + name + ",Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,20,,,NONE\n"));
        return organisation.findService(name).orElseThrow();
    }

    private void person(String username, String name, Role role, Organisation.ServiceUnit unit) {
        people.create(new Person(username, name, username + "@council.test", EnumSet.of(role), unit.id(),
                unit.directorateId(), true, false, false), "a-long-password");
    }

    private static TabularFile csv(String text) {
        return TabularFile.read(text.getBytes(StandardCharsets.UTF_8), "f.csv");
    }
}
