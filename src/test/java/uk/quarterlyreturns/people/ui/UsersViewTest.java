package uk.quarterlyreturns.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.quarterlyreturns.framework.DirectorateContinuations;
import uk.quarterlyreturns.framework.Organisation.Directorate;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.people.UserFields;
import uk.quarterlyreturns.support.ViewTest;
import uk.quarterlyreturns.support.WebSession;
import uk.quarterlyreturns.base.calendar.UkDateFormat;

/** The administrator creates, changes, resets and disables users on the users screen. */
class UsersViewTest extends ViewTest {

    private static final AtomicInteger N = new AtomicInteger();

    @Autowired PeopleService people;
    @Autowired UserAdministration admin;
    @Autowired uk.quarterlyreturns.framework.FrameworkImport imports;
    @Autowired uk.quarterlyreturns.framework.Organisation organisation;
    @Autowired DirectorateContinuations continuations;
    @Autowired YearRepository years;
    @Autowired uk.quarterlyreturns.people.Covers covers;
    @Autowired uk.quarterlyreturns.people.Delegations delegations;
    @Autowired java.time.Clock clock;

    @Test
    void aUserCreatedOnTheScreenSignsIn() {
        String username = "screen.user" + N.incrementAndGet();
        UserDialog dialog = newUserAsAdministrator();
        _setValue(_get(dialog, TextField.class, s -> s.withLabel("Username")), username);
        _setValue(_get(dialog, TextField.class, s -> s.withLabel("Name")), "Sasha Screen");
        TextField email = _get(dialog, TextField.class, s -> s.withLabel("Email"));
        _setValue(email, "not an address");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(dialog, CheckboxGroup.class, s -> s.withLabel("Roles"));
        _setValue(roles, Set.of(Role.READER));
        _setValue(_get(dialog, PasswordField.class), "pear tree lane 9");
        _click(_get(dialog, Button.class, s -> s.withText("Create user")));

        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).startsWith("Give an email address");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(people.find(username)).isEmpty();

        _setValue(email, username + "@council.test");
        _click(_get(dialog, Button.class, s -> s.withText("Create user")));
        assertThat(dialog.isOpened()).isFalse();
        Person created = people.find(username).orElseThrow();
        assertThat(created.displayName()).isEqualTo("Sasha Screen");
        assertThat(created.roles()).containsExactly(Role.READER);
        assertThat(rowOf(username)).isGreaterThanOrEqualTo(0);
        assertThat(WebSession.succeeded(new WebSession(url("")).signIn(username, "pear tree lane 9"))).isTrue();
    }

    /** With local passwords on, as by default, every new user is given a password and none is marked as a system. */
    @Test
    void withLocalPasswordsEveryNewUserIsGivenAPasswordAndAnyonesCanBeReset() {
        UserDialog dialog = newUserAsAdministrator();
        assertThat(_get(dialog, PasswordField.class).getLabel()).isEqualTo("Initial password");
        assertThat(_get(dialog, PasswordField.class).isVisible()).isTrue();
        assertThat(_find(dialog, com.vaadin.flow.component.checkbox.Checkbox.class,
                s -> s.withLabel(uk.quarterlyreturns.people.ApiAccounts.WORDS))).isEmpty();
        _click(_get(dialog, Button.class, s -> s.withText("Cancel")));
        assertThat(button("ceo", "Reset password").isVisible()).isTrue();
    }

    /** The chief executive approves what an administrator can change; an address is one person's. */
    @Test
    void theChiefExecutiveIsNotMadeAnAdministratorNorGivenSomeoneElsesEmailAddress() {
        signIn("admin");
        open("admin/users");
        _click(button("ceo", "Change"));
        UserDialog dialog = _get(UserDialog.class);
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(dialog, CheckboxGroup.class, s -> s.withLabel("Roles"));
        _setValue(roles, Set.of(Role.CHIEF_EXECUTIVE, Role.ADMIN));
        TextField email = _get(dialog, TextField.class, s -> s.withLabel("Email"));
        _setValue(email, "Admin@Demo.Council.Test");
        _click(_get(dialog, Button.class, s -> s.withText("Save changes")));

        assertThat(dialog.isOpened()).isTrue();
        assertThat(roles.isInvalid()).isTrue();
        assertThat(roles.getErrorMessage()).isEqualTo("An administrator can change the framework and feed figures"
                + " into returns, and the chief executive approves the report made from them: one person cannot do"
                + " both");
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).startsWith("Admin@Demo.Council.Test is already the email address of"
                + " System Administrator (admin)");
        Person ceo = people.find("ceo").orElseThrow();
        assertThat(ceo.roles()).containsExactly(Role.CHIEF_EXECUTIVE);
        assertThat(ceo.email()).isEqualTo("ceo@demo.council.test");
    }

    @Test
    void disablingAsksFirstAndNobodyDisablesThemselves() {
        String username = "screen.user" + N.incrementAndGet();
        admin.create(new UserFields(username, "Dora Disabled", username + "@council.test", EnumSet.of(Role.READER),
                null, null), "pear tree lane 9", "admin");
        signIn("admin");
        open("admin/users");
        assertThat(button("admin", "Disable").isEnabled()).isFalse();

        _click(button(username, "Disable"));
        assertThat(people.find(username).orElseThrow().enabled()).isTrue();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(people.find(username).orElseThrow().enabled()).isFalse();
        assertThat(WebSession.succeeded(new WebSession(url("")).signIn(username, "pear tree lane 9"))).isFalse();

        _click(button(username, "Enable"));
        assertThat(people.find(username).orElseThrow().enabled()).isTrue();
    }

    @Test
    void theAdministratorCannotDropTheirOwnRoleButChangesOthers() {
        signIn("admin");
        open("admin/users");
        _click(button("admin", "Change"));
        UserDialog dialog = _get(UserDialog.class);
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(dialog, CheckboxGroup.class, s -> s.withLabel("Roles"));
        _setValue(roles, Set.of(Role.READER));
        _click(_get(dialog, Button.class, s -> s.withText("Save changes")));
        assertThat(roles.isInvalid()).isTrue();
        assertThat(roles.getErrorMessage()).contains("You cannot remove your own administrator role");
        assertThat(people.find("admin").orElseThrow().roles()).containsExactly(Role.ADMIN);
        _click(_get(dialog, Button.class, s -> s.withText("Cancel")));

        String username = "screen.user" + N.incrementAndGet();
        admin.create(new UserFields(username, "Ray Renamed", username + "@council.test", EnumSet.of(Role.READER),
                null, null), "pear tree lane 9", "admin");
        open("admin/outbox");
        open("admin/users");
        _click(button(username, "Change"));
        UserDialog change = _get(UserDialog.class);
        assertThat(_get(change, TextField.class, s -> s.withLabel("Username")).isReadOnly()).isTrue();
        _setValue(_get(change, TextField.class, s -> s.withLabel("Name")), "Ray Renamed-Smith");
        _click(_get(change, Button.class, s -> s.withText("Save changes")));
        assertThat(people.find(username).orElseThrow().displayName()).isEqualTo("Ray Renamed-Smith");

        _click(button(username, "Reset password"));
        PasswordDialog reset = _get(PasswordDialog.class);
        _setValue(_get(reset, PasswordField.class), "short");
        _click(_get(reset, Button.class, s -> s.withText("Set password")));
        assertThat(_get(reset, PasswordField.class).isInvalid()).isTrue();
        _setValue(_get(reset, PasswordField.class), "walnut grove 1234");
        _click(_get(reset, Button.class, s -> s.withText("Set password")));
        assertThat(_find(PasswordDialog.class)).isEmpty();
        assertThat(WebSession.succeeded(new WebSession(url("")).signIn(username, "walnut grove 1234"))).isTrue();
    }

    @Test
    void aChangeFromAPageOpenedBeforeAnotherAdministratorsChangeIsRefusedAndKeepsWhatWasTyped() {
        String username = "screen.user" + N.incrementAndGet();
        admin.create(new UserFields(username, "Tess Twotabs", username + "@council.test", EnumSet.of(Role.READER),
                null, null), "pear tree lane 9", "admin");
        signIn("admin");
        open("admin/users");
        // meanwhile, in another tab or by another administrator: Tess joins the performance team
        admin.update(new UserFields(username, "Tess Twotabs", username + "@council.test",
                EnumSet.of(Role.READER, Role.PERFORMANCE_TEAM), null, null), "admin");

        _click(button(username, "Change"));
        UserDialog dialog = _get(UserDialog.class);
        TextField name = _get(dialog, TextField.class, s -> s.withLabel("Name"));
        _setValue(name, "Tess Twotabs-Jones");
        _click(_get(dialog, Button.class, s -> s.withText("Save changes")));

        assertThat(dialog.isOpened()).isTrue();
        assertThat(name.getValue()).isEqualTo("Tess Twotabs-Jones");
        assertThat(_get(dialog, com.vaadin.flow.component.html.Paragraph.class,
                s -> s.withClasses("form-problem")).getText()).startsWith("Not saved: Tess Twotabs was changed by"
                + " someone else after this page showed them");
        assertThat(people.find(username).orElseThrow()).satisfies(p -> {
            assertThat(p.roles()).as("the other change kept").contains(Role.PERFORMANCE_TEAM);
            assertThat(p.displayName()).isEqualTo("Tess Twotabs");
        });
    }

    @Test
    void disablingTheOnlyOneWhoMaySignOffAServicesReturnSaysSoAndWhatToDo() {
        imports.importMeasures("2967-68", uk.quarterlyreturns.base.tabular.TabularFile.read(("code,title,directorate,"
                + "service,theme,unit,polarity,frequency,aggregation,target,floor,tolerance_pct,rag_scheme\n"
                + "LW-1,Visits made,Left Directorate 2967,Left Service 2967,Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,"
                + "SNAPSHOT,50,,10,TOLERANCE\n").getBytes(java.nio.charset.StandardCharsets.UTF_8), "f.csv"));
        long service = organisation.findService("Left Service 2967").orElseThrow().id();
        String director = "screen.user" + N.incrementAndGet();
        admin.create(new UserFields(director, "Lou Lastone", director + "@council.test",
                EnumSet.of(Role.SERVICE_DIRECTOR), service, null), "pear tree lane 9", "admin");
        String reader = "screen.user" + N.incrementAndGet();
        admin.create(new UserFields(reader, "Rita Reads", reader + "@council.test", EnumSet.of(Role.READER), null,
                null), "pear tree lane 9", "admin");
        signIn("admin");
        open("admin/users");

        _click(button(director, "Disable"));
        assertThat(ConfirmDialogKt._getText(_get(ConfirmDialog.class))).contains("Lou Lastone is the only one who may"
                + " sign off Left Service 2967's returns: until you name its new director under Services and people,"
                + " or a deputy under Deputies, nobody can sign off a return waiting for it.");
        _get(ConfirmDialog.class).close();

        // someone who signs nothing off is disabled with the usual words
        _click(button(reader, "Disable"));
        assertThat(ConfirmDialogKt._getText(_get(ConfirmDialog.class))).doesNotContain("sign off");
    }

    /**
     * Disabling a strategic director ends the cover named for them, and disabling their cover ends it too: the question
     * says so, in the words of the question before a change of roles, as it names a director's deputies.
     */
    @Test
    void disablingAStrategicDirectorOrTheirCoverNamesTheCoverThatEnds() {
        framework("4381-82", "Covered Directorate 4381", "Covered Service 4381");
        long directorate = organisation.findDirectorate("Covered Directorate 4381").orElseThrow();
        String director = "sd.covered.4381";
        String cover = "sd.cover.4381";
        admin.create(new UserFields(director, "Cora Covered 4381", director + "@council.test",
                EnumSet.of(Role.STRATEGIC_DIRECTOR), null, directorate), "pear tree lane 9", "admin");
        admin.create(new UserFields(cover, "Colin Cover 4381", cover + "@council.test",
                EnumSet.of(Role.STRATEGIC_DIRECTOR), null, directorate), "pear tree lane 9", "admin");
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        covers.name(director, cover, today, today.plusDays(5), director);
        signIn("admin");
        open("admin/users");

        String ends = "Colin Cover 4381 stops covering Cora Covered 4381: their cover for escalations ends.";
        _click(button(director, "Disable"));
        assertThat(ConfirmDialogKt._getText(_get(ConfirmDialog.class))).contains(ends);
        _get(ConfirmDialog.class).close();
        _click(button(cover, "Disable"));
        assertThat(ConfirmDialogKt._getText(_get(ConfirmDialog.class))).contains(ends);
        _get(ConfirmDialog.class).close();
        assertThat(covers.forDirector(director)).singleElement().satisfies(c -> assertThat(c.state(today))
                .as("asking changes nothing").isEqualTo(uk.quarterlyreturns.people.DelegationState.CURRENT));
    }

    /** Disabling a deputy ends the cover they hold: the question names it, and confirming ends it, saying why. */
    @Test
    void disablingADeputyNamesTheirCoverThatEnds() {
        framework("4431-32", "Deputised Directorate 4431", "Deputised Service 4431");
        long service = organisation.findService("Deputised Service 4431").orElseThrow().id();
        String deputy = "deputy.4431";
        admin.create(new UserFields(deputy, "Dan Deputy 4431", deputy + "@council.test",
                EnumSet.of(Role.STRATEGIC_DIRECTOR), null, organisation.findDirectorate("Deputised Directorate 4431")
                        .orElseThrow()), "pear tree lane 9", "admin");
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        long named = delegations.name(service, deputy, today, today.plusDays(5), "admin");
        signIn("admin");
        open("admin/users");

        _click(button(deputy, "Disable"));
        assertThat(ConfirmDialogKt._getText(_get(ConfirmDialog.class))).contains("Their cover as deputy for Deputised"
                + " Service 4431 (until " + UkDateFormat.ofPattern("d MMM yyyy").format(today.plusDays(5)) + ") ends.");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(delegations.find(named)).satisfies(d -> {
            assertThat(d.state(today)).isEqualTo(uk.quarterlyreturns.people.DelegationState.WITHDRAWN);
            assertThat(d.endReason()).isEqualTo("Dan Deputy 4431 was disabled");
        });
    }

    /**
     * Last year's directorate, renamed in a restructure, is refused on save: the directorate choice offers only the
     * current structure's, and the user's own when they are still placed in an old one (a reader
     * does not move with the strategic directors).
     */
    @Test
    void theDirectorateChoiceOffersNoDirectorateRenamedSince() {
        framework("3640-41", "Harbours 3640", "Docks 3640");
        framework("3641-42", "Waterfront 3641", "Docks 3640");
        String stayed = "screen.user" + N.incrementAndGet();
        admin.create(new UserFields(stayed, "Sid Stayed", stayed + "@council.test", EnumSet.of(Role.READER), null,
                organisation.findDirectorate("Harbours 3640").orElseThrow()), "pear tree lane 9", "admin");
        continuations.record(years.find("3641-42").orElseThrow(), "Harbours 3640", "Waterfront 3641", "perf");
        continuations.follow(java.time.LocalDate.of(3641, 4, 1));
        signIn("admin");
        open("admin/users");

        _click(_get(Button.class, s -> s.withText("New user…")));
        assertThat(directoratesOffered(_get(UserDialog.class))).contains("Waterfront 3641")
                .doesNotContain("Harbours 3640");
        _click(_get(_get(UserDialog.class), Button.class, s -> s.withText("Cancel")));

        _click(button(stayed, "Change"));
        UserDialog change = _get(UserDialog.class);
        assertThat(directoratesOffered(change)).contains("Harbours 3640", "Waterfront 3641");
        _setValue(_get(change, TextField.class, s -> s.withLabel("Name")), "Sid Stayed-Put");
        _click(_get(change, Button.class, s -> s.withText("Save changes")));
        assertThat(people.find(stayed).orElseThrow().displayName()).isEqualTo("Sid Stayed-Put");
    }

    private void framework(String year, String directorate, String service) {
        imports.importMeasures(year, uk.quarterlyreturns.base.tabular.TabularFile.read(("code,title,directorate,"
                + "service,theme,unit,polarity,frequency,aggregation,target,floor,tolerance_pct,rag_scheme\n"
                + "DK-1,Ships berthed," + directorate + "," + service + ",Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,"
                + "SNAPSHOT,50,,10,TOLERANCE\n").getBytes(java.nio.charset.StandardCharsets.UTF_8), "f.csv"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> directoratesOffered(UserDialog dialog) {
        ComboBox<Directorate> choice = _get(dialog, ComboBox.class, s -> s.withLabel("Directorate"));
        return choice.getListDataView().getItems().map(Directorate::name).toList();
    }

    @SuppressWarnings("unchecked")
    private static Grid<Person> grid() {
        return _get(Grid.class);
    }

    /** The New user dialog, opened by the administrator on the Users screen. */
    private UserDialog newUserAsAdministrator() {
        signIn("admin");
        open("admin/users");
        _click(_get(Button.class, s -> s.withText("New user…")));
        return _get(UserDialog.class);
    }

    private static int rowOf(String username) {
        Grid<Person> grid = grid();
        return grid.getListDataView().getItems().map(Person::username).toList().indexOf(username);
    }

    private static Button button(String username, String text) {
        HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(grid(), rowOf(username), "actions");
        return _get(actions, Button.class, s -> s.withText(text));
    }
}
