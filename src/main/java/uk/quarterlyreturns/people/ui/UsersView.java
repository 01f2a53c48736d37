package uk.quarterlyreturns.people.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.people.Role;

@Route("admin/users")
@PageTitle("Users | Quarterly Returns")
@Menu(order = 20, title = "Users")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout {

    public UsersView(PeopleService people) {
        Grid<Person> grid = new Grid<>(Person.class, false);
        grid.addColumn(Person::username).setHeader("Username").setSortable(true);
        grid.addColumn(Person::displayName).setHeader("Name").setSortable(true);
        grid.addColumn(Person::email).setHeader("Email");
        grid.addColumn(p -> p.roles().stream().map(Role::label).collect(Collectors.joining(", ")))
                .setHeader("Roles").setSortable(true);
        grid.addColumn(p -> p.enabled() ? "Active" : "Disabled").setHeader("Status");
        grid.setItems(people.all());
        grid.setAriaLabel("Users");
        setSizeFull();
        add(new H2("Users"), grid);
    }
}
