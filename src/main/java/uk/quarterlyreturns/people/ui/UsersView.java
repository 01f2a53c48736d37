package uk.quarterlyreturns.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.quarterlyreturns.base.ui.Finding;
import uk.quarterlyreturns.base.ui.Confirmations;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.ui.CurrentUser;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.base.ui.Downloads;
import uk.quarterlyreturns.people.AccountHistoryReader;
import uk.quarterlyreturns.people.ApiAccounts;
import uk.quarterlyreturns.people.PeopleFile;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.base.security.Names;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.security.SingleSignOn;
import uk.quarterlyreturns.people.UserAdministration;

/**
 * Everyone who may sign in: create, change, reset a password, disable or enable, or import the people file. Nobody is
 * deleted. With the council's accounts alone only an account for another system has a password ({@link ApiAccounts}).
 */
@Route("admin/users")
@PageTitle("Users | Quarterly Returns")
@Menu(order = 20, title = "Users")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout {

    private final PeopleService people;
    private final UserAdministration admin;
    private final Organisation organisation;
    private final AccountHistoryReader history;
    private final ApiAccounts apiAccounts;
    private Set<String> marked = Set.of();
    private final String me;
    private final Grid<Person> grid = new Grid<>(Person.class, false);
    private Names names = Names.NONE;
    private final TextField find = new TextField("Find a person");
    private final Paragraph listed = new Paragraph();
    private int everyone;

    public UsersView(PeopleService people, UserAdministration admin, Organisation organisation, CurrentUser user,
            AccountHistoryReader history, PeopleFile peopleFile, SingleSignOn singleSignOn, ApiAccounts apiAccounts) {
        this.people = people;
        this.apiAccounts = apiAccounts;
        this.history = history;
        this.admin = admin;
        this.organisation = organisation;
        this.me = user.username();
        // Widths that fit 1,400 pixels with the menu open, the actions included; a username or address longer than
        // its column breaks where it must. Fixed: sized to the rows first shown, a longer one found later outgrew it.
        grid.addColumn(Person::username).setHeader("Username").setSortable(true).setWidth("10rem");
        grid.addColumn(Person::displayName).setHeader("Name").setSortable(true).setWidth("10rem");
        grid.addColumn(Person::email).setHeader("Email").setWidth("14rem").setFlexGrow(2);
        grid.addColumn(this::roles).setHeader("Roles").setSortable(true).setWidth("10rem");
        // wide enough for "Disabled": an automatic width fits the rows first shown, often all active
        grid.addColumn(p -> p.enabled() ? "Active" : "Disabled").setHeader("Status").setSortable(true)
                .setWidth("8rem").setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("Actions").setKey("actions").setWidth("15rem")
                .setFlexGrow(0);
        grid.setAriaLabel("Users");
        Button create = new Button("New user…", e -> new UserDialog(admin, organisation, apiAccounts, null, me,
                this::saved).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setSizeFull();
        Button importFile = new Button("Import people file…", e -> new PeopleFileDialog(peopleFile, me,
                PeopleFileDialog.howNewPeopleSignIn(singleSignOn.enabled(), singleSignOn.localPasswords()),
                this::refresh).open());
        // hundreds of people at a national collection: found by username, name or email address
        find.setPlaceholder("Username, name or email");
        find.setWidth("22em");
        find.setClearButtonVisible(true);
        find.setValueChangeMode(ValueChangeMode.LAZY);
        find.addValueChangeListener(e -> applyFilter());
        listed.addClassName("listed-count");
        add(new HorizontalLayout(new H2("Users"), create, importFile, Downloads.link("Download account history (CSV)",
                "account-history.csv", "text/csv", () -> history.csv(me))), find, listed, grid);
        refresh();
    }

    private HorizontalLayout actions(Person p) {
        Button edit = new Button("Change", e -> new UserDialog(admin, organisation, apiAccounts, p, me, this::saved)
                .open());
        Button password = new Button("Reset password", e -> new PasswordDialog(admin, p, me).open());
        // a person signing in with their council account has no password here to reset
        password.setVisible(apiAccounts.mayHavePassword(marked.contains(p.username())));
        Button status = p.enabled() ? new Button("Disable", e -> confirmDisable(p))
                : new Button("Enable", e -> setEnabled(p, true));
        status.setEnabled(!p.username().equals(me));
        Button past = new Button("History…",
                e -> new AccountHistoryDialog(p, history.of(p.username(), me), names).open());
        for (Button b : new Button[] {edit, password, status, past}) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            b.setAriaLabel(b.getText() + " " + p.displayName());
        }
        HorizontalLayout actions = new HorizontalLayout(edit, password, status, past);
        actions.addClassName("row-actions");
        return actions;
    }

    /** Their roles, and the mark of an account for another system. */
    private String roles(Person p) {
        String roles = p.roles().stream().map(Role::label).collect(Collectors.joining(", "));
        return marked.contains(p.username()) ? roles + "; " + ApiAccounts.WORDS : roles;
    }

    private void confirmDisable(Person p) {
        Confirmations.askDestructive("Disable " + p.displayName() + "?", p.displayName()
                + " will no longer be able to sign in. Their name stays on everything they did, and you can enable"
                + " them again." + admin.leftWithoutThem(p.username()).map(left -> " " + left).orElse(""),
                "Disable", () -> setEnabled(p, false));
    }

    private void setEnabled(Person p, boolean enabled) {
        try {
            admin.setEnabled(p.username(), enabled, me);
            Notification.show(p.displayName() + (enabled ? " may sign in again" : " can no longer sign in"), 5000,
                    Notification.Position.TOP_CENTER);
        } catch (IllegalArgumentException | NotAllowedException e) {
            Notification.show("Not done: " + e.getMessage(), 8000, Notification.Position.TOP_CENTER);
        }
        refresh();
    }

    private void saved(Person p) {
        boolean wasMarked = marked.contains(p.username());
        refresh();
        // unmarked, its password went with the mark (UserAdministration): said, so nobody expects it back
        String unmarked = wasMarked && !marked.contains(p.username()) && !apiAccounts.passwordsForPeople()
                ? ". It is no longer an API account and its password is removed: marked again, it needs a new one"
                + " (Reset password)" : "";
        Notification.show("Saved " + p.displayName() + unmarked, unmarked.isEmpty() ? 5000 : 10000,
                Notification.Position.TOP_CENTER);
    }

    private void refresh() {
        List<Person> all = people.all();
        marked = apiAccounts.marked();
        names = new Names(all.stream().collect(Collectors.toMap(Person::username, Person::displayName)));
        grid.setItems(all);
        everyone = all.size();
        applyFilter(); // kept after a change, which reads everyone again
    }

    private void applyFilter() {
        String words = Finding.words(find.getValue());
        grid.getListDataView().setFilter(p -> Finding.matches(words, p.username(), p.displayName(), p.email()));
        listed.setText(Finding.listed(grid.getListDataView().getItemCount(), everyone, !words.isEmpty(), "person",
                "people"));
    }
}
