package uk.quarterlyreturns.people.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.framework.Organisation.Directorate;
import uk.quarterlyreturns.framework.Organisation.ServiceUnit;
import uk.quarterlyreturns.people.ApiAccounts;
import uk.quarterlyreturns.people.PasswordRule;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.people.UserFields;
import uk.quarterlyreturns.people.UserRejectedException;
import uk.quarterlyreturns.base.ui.FormDialog;

/**
 * Creates a user (with an initial password, where they may have one: {@link ApiAccounts}) or changes one. A refused
 * save keeps everything typed and marks each field at fault.
 */
class UserDialog extends FormDialog {

    private final TextField username = new TextField("Username");
    private final TextField displayName = new TextField("Name");
    private final TextField email = new TextField("Email");
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles", Role.values());
    private final ComboBox<ServiceUnit> service = new ComboBox<>("Service");
    private final ComboBox<Directorate> directorate = new ComboBox<>("Directorate");
    private final PasswordField password = new PasswordField("Initial password");
    private final Checkbox apiAccount = new Checkbox(ApiAccounts.WORDS);
    private final Paragraph problem = new Paragraph();
    /** The user as this dialog showed them: a save is refused if someone has changed them since. */
    private final UserFields shown;
    private final Map<String, HasValidation> fields = Map.of(UserRejectedException.USERNAME, username,
            UserRejectedException.DISPLAY_NAME, displayName, UserRejectedException.EMAIL, email,
            UserRejectedException.ROLES, roles, UserRejectedException.SERVICE, service,
            UserRejectedException.DIRECTORATE, directorate, UserRejectedException.PASSWORD, password);

    /** A new user when {@code person} is null. */
    UserDialog(UserAdministration admin, Organisation organisation, ApiAccounts apiAccounts, Person person,
            String by, Consumer<Person> saved) {
        boolean creating = person == null;
        shown = creating ? null : UserFields.of(person);
        setHeaderTitle(creating ? "New user" : "Change " + person.displayName());
        setWidth("min(92vw, 720px)");
        roles.setItemLabelGenerator(Role::label);
        List<ServiceUnit> services = organisation.services();
        service.setItems(services);
        service.setItemLabelGenerator(ServiceUnit::name);
        service.setHelperText("For a service director or data officer" + (services.isEmpty()
                ? ". " + Organisation.NO_SERVICES_YET : ""));
        service.setClearButtonVisible(true);
        directorate.setItems(directorates(admin, organisation, person));
        directorate.setItemLabelGenerator(Directorate::name);
        directorate.setHelperText("For a strategic director; a service's directorate is its own");
        directorate.setClearButtonVisible(true);
        password.setHelperText("At least " + PasswordRule.SHORTEST + " characters; pass it on privately");
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        FormLayout form = new FormLayout(username, displayName, email, roles, service, directorate);
        form.setColspan(roles, 2);
        if (!apiAccounts.passwordsForPeople()) {
            offerApiAccount(form);
        }
        if (creating) {
            username.setHelperText("Lower-case letters, digits, dots, dashes or underscores; cannot change later");
            form.add(password);
        } else {
            show(person, organisation);
            apiAccount.setValue(apiAccounts.marked(person.username()));
        }
        add(form, problem);
        Button save = new Button(creating ? "Create user" : "Save changes",
                e -> save(admin, creating, !apiAccounts.passwordsForPeople(), by, saved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    /**
     * With the council's accounts alone people have no password here: only an account for another system has one, so
     * the password is asked for once the account is marked as one.
     */
    private void offerApiAccount(FormLayout form) {
        apiAccount.setHelperText("Not a person: another system calling the API with a password (a values feed, a"
                + " monitoring check). People sign in with their council account and have no password here");
        form.add(apiAccount);
        form.setColspan(apiAccount, 2);
        password.setVisible(false);
        apiAccount.addValueChangeListener(e -> password.setVisible(e.getValue()));
    }

    /**
     * Those a save accepts, and the user's own even if no longer one of them (a save that leaves it unchanged keeps
     * it): an old directorate offered would only be refused.
     */
    private static List<Directorate> directorates(UserAdministration admin, Organisation organisation,
            Person person) {
        List<Directorate> offered = new ArrayList<>(admin.placeableDirectorates());
        if (person != null && person.directorateId() != null
                && offered.stream().noneMatch(d -> d.id() == person.directorateId())) {
            organisation.directorates().stream().filter(d -> d.id() == person.directorateId()).findFirst()
                    .ifPresent(offered::add);
        }
        return offered;
    }

    private void show(Person person, Organisation organisation) {
        username.setValue(person.username());
        username.setReadOnly(true);
        displayName.setValue(person.displayName());
        email.setValue(Objects.requireNonNullElse(person.email(), ""));
        roles.setValue(person.roles());
        if (person.serviceId() != null) {
            organisation.findService(person.serviceId()).ifPresent(service::setValue);
        }
        organisation.directorates().stream().filter(d -> Long.valueOf(d.id()).equals(person.directorateId()))
                .findFirst().ifPresent(directorate::setValue);
    }

    private void save(UserAdministration admin, boolean creating, boolean marking, String by,
            Consumer<Person> saved) {
        UserFields user = new UserFields(username.getValue(), displayName.getValue(), email.getValue(),
                roles.getValue(), service.getValue() == null ? null : service.getValue().id(),
                directorate.getValue() == null ? null : directorate.getValue().id());
        Consumer<Person> done = p -> {
            close();
            saved.accept(p);
        };
        boolean marked = marking && apiAccount.getValue();
        if (creating) {
            // a person's is sent none: the hidden field may hold one typed before the mark was taken off
            String typed = marking && !marked ? null : password.getValue();
            saving(() -> admin.create(user, typed, marked, by), done);
            return;
        }
        Boolean mark = marking ? marked : null;
        // a change that takes work from them (a director leaving the post, a data officer moved) is asked about first
        List<String> taken = saving(() -> admin.workTaken(user, by, shown), t -> { });
        if (taken != null && taken.isEmpty()) {
            saving(() -> admin.update(user, by, shown, mark), done);
        } else if (taken != null) {
            WorkTakenQuestion.ask("Take work from " + shown.displayName() + "?", "Saving this change takes work from "
                    + shown.displayName() + ":", taken, "Save and make this change",
                    () -> saving(() -> admin.update(user, by, shown, mark), done));
        }
    }

    /** Runs the step, showing a refusal on the fields at fault with all that was typed kept; null when refused. */
    private <T> T saving(Supplier<T> step, Consumer<T> done) {
        fields.values().forEach(f -> f.setInvalid(false));
        problem.setText("");
        try {
            T result = step.get();
            done.accept(result);
            return result;
        } catch (UserRejectedException e) {
            e.problems().forEach((field, message) -> {
                fields.get(field).setErrorMessage(message);
                fields.get(field).setInvalid(true);
            });
            problem.setText("Not saved: " + e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException | NotAllowedException e) {
            problem.setText("Not saved: " + e.getMessage());
        }
        return null;
    }
}
