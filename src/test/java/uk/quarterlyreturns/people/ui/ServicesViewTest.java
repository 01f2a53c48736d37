package uk.quarterlyreturns.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.support.ViewTest;

/** The administrator gives a service a new data officer from the services screen. */
class ServicesViewTest extends ViewTest {

    @Autowired PeopleService people;
    @Autowired Organisation organisation;

    @Test
    void assignsADataOfficerToTheSelectedService() {
        if (people.find("new.officer").isEmpty()) {
            people.create(new Person("new.officer", "Nia Newcomer", "new.officer@demo.council.test",
                    EnumSet.of(Role.READER), null, null, true, false, false), "a-long-password");
        }
        signIn("admin");
        open("admin/services");
        @SuppressWarnings("unchecked")
        Grid<Organisation.ServiceUnit> grid = _get(Grid.class);
        Organisation.ServiceUnit governance = organisation.findService("Governance and Commissioning").orElseThrow();
        grid.select(governance);
        @SuppressWarnings("unchecked")
        ComboBox<Person> person = _get(ComboBox.class, s -> s.withLabel("Person"));
        _setValue(person, people.find("new.officer").orElseThrow());
        _click(_get(Button.class, s -> s.withText("Assign to the selected service")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        Person placed = people.find("new.officer").orElseThrow();
        assertThat(placed.serviceId()).isEqualTo(governance.id());
        assertThat(placed.directorateId()).isEqualTo(governance.directorateId());
        assertThat(placed.roles()).containsExactly(Role.DATA_OFFICER);
        assertThat(people.inService(governance.id(), Role.DATA_OFFICER)).extracting(Person::username)
                .contains("new.officer", "data.governance");
    }
}
