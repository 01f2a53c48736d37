package uk.quarterlyreturns.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import uk.quarterlyreturns.base.ui.Finding;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.ui.Confirmations;
import uk.quarterlyreturns.base.ui.CurrentUser;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.base.security.Role;

/** Services with their director and data officers; name a director or add a data officer. */
@Route("admin/services")
@PageTitle("Services | Quarterly Returns")
@Menu(order = 22, title = "Services and people")
@RolesAllowed({"ADMIN", "PERFORMANCE_TEAM"})
public class ServicesView extends VerticalLayout {

    private final PeopleService people;
    private final Organisation organisation;
    private final String me;
    private final Grid<Organisation.ServiceUnit> grid = new Grid<>();
    private final ComboBox<Person> person = new ComboBox<>("Person");
    private final ComboBox<Role> role = new ComboBox<>("As", Role.SERVICE_DIRECTOR, Role.DATA_OFFICER);
    private final TextField find = new TextField("Find a service");
    private final Paragraph listed = new Paragraph();
    private List<Organisation.ServiceUnit> services = List.of();

    public ServicesView(PeopleService people, Organisation organisation, CurrentUser user) {
        this.people = people;
        this.organisation = organisation;
        this.me = user.username();
        setSizeFull();
        grid.addColumn(Organisation.ServiceUnit::directorateName).setHeader("Directorate").setSortable(true);
        grid.addColumn(Organisation.ServiceUnit::name).setHeader("Service").setSortable(true);
        grid.addColumn(s -> names(s, Role.SERVICE_DIRECTOR)).setHeader("Director");
        grid.addColumn(s -> names(s, Role.DATA_OFFICER)).setHeader("Data officers").setFlexGrow(2);
        grid.setAriaLabel("Services");
        // a national collection has hundreds of services: found by name, or all of one directorate
        find.setPlaceholder("Service or directorate");
        find.setClearButtonVisible(true);
        find.setValueChangeMode(ValueChangeMode.LAZY);
        find.addValueChangeListener(e -> applyFilter());
        listed.addClassName("listed-count");

        person.setItemLabelGenerator(p -> p.displayName() + " (" + p.username() + ")");
        person.setWidth("20em");
        role.setItemLabelGenerator(Role::label);
        role.setValue(Role.DATA_OFFICER);
        Button assign = new Button("Assign to the selected service", e -> assign());
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(person, role, assign);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);

        add(new H2("Services and people"));
        if (organisation.services().isEmpty()) {
            add(new Paragraph(Organisation.NO_SERVICES_YET)); // a new council's first visit: say what comes first
        }
        add(find, listed, grid, new H3("Assign someone"), form);
        refresh();
    }

    private void assign() {
        Organisation.ServiceUnit service = grid.asSingleSelect().getValue();
        if (service == null || person.getValue() == null || role.getValue() == null) {
            Notification.show("Choose a service in the table, a person and a role");
            return;
        }
        Person chosen = person.getValue();
        Role as = role.getValue();
        try {
            people.placeable(chosen.username(), as, me); // refused at once, not after the question
        } catch (IllegalArgumentException | NotAllowedException ex) {
            refused(ex);
            return;
        }
        PlacingQuestion question = PlacingQuestion.of(chosen.displayName(), service.name(), as,
                people.inService(service.id(), Role.SERVICE_DIRECTOR).stream()
                        .filter(d -> !d.username().equals(chosen.username())).map(Person::displayName).toList(),
                people.deputiesEnding(chosen.username(), service.id(), as));
        Confirmations.ask(question.header(), question.text(), question.confirm(), () -> place(chosen, service, as));
    }

    private void place(Person chosen, Organisation.ServiceUnit service, Role as) {
        try {
            people.assignToService(chosen.username(), service.id(), service.directorateId(), as, me);
            Notification.show(chosen.displayName() + " is now " + as.label().toLowerCase() + " of " + service.name());
            refresh();
        } catch (IllegalArgumentException | NotAllowedException ex) {
            refused(ex);
        }
    }

    private void refused(RuntimeException ex) {
        person.setInvalid(true);
        person.setErrorMessage(ex.getMessage());
    }

    private void refresh() {
        services = organisation.services();
        grid.setItems(services);
        applyFilter(); // kept after an assignment, which reads the services again
        person.setItems(people.all().stream().filter(Person::enabled).filter(p -> p.has(Role.SERVICE_DIRECTOR)
                || p.has(Role.DATA_OFFICER) || p.has(Role.READER)).toList());
    }

    private void applyFilter() {
        String words = Finding.words(find.getValue());
        GridListDataView<Organisation.ServiceUnit> view = grid.getListDataView();
        view.setFilter(s -> Finding.matches(words, s.name(), s.directorateName()));
        listed.setText(Finding.listed(view.getItemCount(), services.size(), !words.isEmpty(), "service",
                "services"));
    }

    private String names(Organisation.ServiceUnit service, Role r) {
        return people.inService(service.id(), r).stream().map(Person::displayName).collect(Collectors.joining(", "));
    }
}
