package uk.quarterlyreturns.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.people.AccountEvent;
import uk.quarterlyreturns.people.AccountHistoryReader;
import uk.quarterlyreturns.people.Covers;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.people.UserFields;
import uk.quarterlyreturns.support.ViewTest;

/** Changes made on the users screen are in the person's history dialog and the CSV for auditors. */
class AccountHistoryViewTest extends ViewTest {

    @Autowired UserAdministration admin;
    @Autowired AccountHistoryReader history;
    @Autowired Covers covers;
    @Autowired Organisation organisation;
    @Autowired Clock clock;

    @Test
    void changesOnTheScreenShowInThePersonsHistoryNewestFirst() {
        String username = "screen.history2861";
        admin.create(new UserFields(username, "Hana History", username + "@council.test", EnumSet.of(Role.READER),
                null, null), "pear tree lane 2861", "admin");
        signIn("admin");
        open("admin/users");
        _click(button(username, "Change"));
        UserDialog change = _get(UserDialog.class);
        _setValue(_get(change, TextField.class, s -> s.withLabel("Name")), "Hana History-Jones");
        _click(_get(change, Button.class, s -> s.withText("Save changes")));
        _click(button(username, "Disable"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        _click(button(username, "History…"));
        AccountHistoryDialog dialog = _get(AccountHistoryDialog.class);
        @SuppressWarnings("unchecked")
        Grid<AccountEvent> events = _get(dialog, Grid.class);
        assertThat(IntStream.range(0, GridKt._size(events)).mapToObj(i -> GridKt._getFormattedRow(events, i).get(1)))
                .containsExactly("Disabled by System Administrator",
                        "Name changed from Hana History to Hana History-Jones by System Administrator",
                        "Created as Reader by System Administrator");
        assertThat(GridKt._getFormattedRow(events, 0).get(0)).matches("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d");
        assertThat(GridKt._getFormattedRow(events, 0).get(2)).isEqualTo("screen");

        Anchor download = _get(Anchor.class, s -> s.withText("Download account history (CSV)"));
        assertThat(download.getElement().getAttribute("download")).isNotNull();
        String csv = new String(history.csv("admin"), StandardCharsets.UTF_8);
        assertThat(csv).contains("," + username + ",Disabled,,,admin,screen\n",
                "," + username + ",Name changed,Hana History,Hana History-Jones,admin,screen\n");
    }

    @Test
    void aStrategicDirectorsCoverShowsInTheHistoryOfBoth() {
        long children = organisation.findDirectorate("Children and Families").orElseThrow();
        admin.create(new UserFields("sd.cover.4342", "Cleo Cover 4342", "sd.cover.4342@council.test",
                EnumSet.of(Role.STRATEGIC_DIRECTOR), null, children), "pear tree lane 4342", "admin");
        LocalDate from = LocalDate.now(clock).plusDays(3);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
        String period = day.format(from) + " to " + day.format(from.plusDays(1));
        long id = covers.name("sd.economy", "sd.cover.4342", from, from.plusDays(1), "admin");
        try {
            signIn("admin");
            open("admin/users");
            assertThat(history("sd.cover.4342")).first().isEqualTo("Named cover for Graham Sutcliffe (sd.economy) of"
                    + " Economy and Infrastructure, " + period + " by System Administrator");
            _get(AccountHistoryDialog.class).close();
            assertThat(history("sd.economy")).contains("Cover named for them: Cleo Cover 4342 (sd.cover.4342) for"
                    + " Economy and Infrastructure, " + period + " by System Administrator");
        } finally {
            covers.end(id, "admin"); // withdrawn before it begins: sd.economy's escalations are as before
        }
    }

    private static List<String> history(String username) {
        _click(button(username, "History…"));
        @SuppressWarnings("unchecked")
        Grid<AccountEvent> events = _get(_get(AccountHistoryDialog.class), Grid.class);
        return IntStream.range(0, GridKt._size(events)).mapToObj(i -> GridKt._getFormattedRow(events, i).get(1))
                .toList();
    }

    @Test
    void onlyAnAdministratorOpensTheUsersScreen() {
        for (String notAdmin : List.of("perf", "reader", "dir.housing")) {
            signIn(notAdmin);
            open("admin/users");
            assertThat(_find(UsersView.class)).as(notAdmin).isEmpty();
            assertThat(_find(AccountHistoryDialog.class)).as(notAdmin).isEmpty();
        }
    }

    @SuppressWarnings("unchecked")
    private static Grid<Person> grid() {
        return _get(Grid.class);
    }

    private static Button button(String username, String text) {
        Grid<Person> grid = grid();
        int row = grid.getListDataView().getItems().map(Person::username).toList().indexOf(username);
        HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(grid, row, "actions");
        return _get(actions, Button.class, s -> s.withText(text));
    }
}
