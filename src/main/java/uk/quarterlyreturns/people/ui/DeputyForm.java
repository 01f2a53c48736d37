package uk.quarterlyreturns.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import uk.quarterlyreturns.base.ui.UkDates;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.framework.Organisation.ServiceUnit;
import uk.quarterlyreturns.people.Delegations;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.base.security.Role;

/** Names a deputy for the chosen service from one day to another, both included. */
class DeputyForm extends VerticalLayout {

    private final ComboBox<Person> deputy = new ComboBox<>("Deputy");
    private final DatePicker from = UkDates.datePicker("From");
    private final DatePicker to = UkDates.datePicker("To (last day)");
    private final Paragraph problem = new Paragraph();
    private final PeopleService people;
    private ServiceUnit service;

    DeputyForm(Delegations delegations, PeopleService people, Clock clock, String me, Runnable named) {
        this.people = people;
        setPadding(false);
        deputy.setItemLabelGenerator(p -> p.displayName() + " (" + p.username() + ")");
        deputy.setWidth("20em");
        deputy.setHelperText("A service or strategic director: never a data officer, the performance team, the"
                + " chief executive or an administrator");
        from.setValue(LocalDate.now(clock));
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        Button name = new Button("Name deputy", e -> {
            problem.setText("");
            if (service == null || deputy.getValue() == null) {
                problem.setText("Choose the deputy");
                return;
            }
            Optional<String> unread = UkDates.unread(from, to); // an unread last day would be taken as none
            if (unread.isPresent()) {
                problem.setText("Not named: " + unread.get());
                return;
            }
            try {
                delegations.name(service.id(), deputy.getValue().username(), from.getValue(), to.getValue(), me);
                Notification.show(deputy.getValue().displayName() + " is deputy for " + service.name(), 5000,
                        Notification.Position.TOP_CENTER);
                deputy.clear();
                to.clear();
                named.run();
            } catch (IllegalArgumentException | NotAllowedException ex) {
                problem.setText("Not named: " + ex.getMessage());
            }
        });
        name.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(deputy, from, to, name);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        add(row, problem);
    }

    /** Offers the people who may deputise for this service: other directors, not its own director. */
    void forService(ServiceUnit chosen) {
        this.service = chosen;
        deputy.setItems(people.all().stream().filter(Delegations::mayBeDeputy)
                .filter(p -> chosen == null || !(p.has(Role.SERVICE_DIRECTOR)
                        && Long.valueOf(chosen.id()).equals(p.serviceId())))
                .toList());
    }
}
