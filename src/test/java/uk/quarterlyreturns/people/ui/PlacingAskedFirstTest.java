package uk.quarterlyreturns.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.base.mail.MailOutbox;
import uk.quarterlyreturns.base.mail.OutboxEntry;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.people.Delegations;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.ViewTest;

/**
 * Naming a service's director takes the service from whoever directed it and mails the new one about its open
 * return: the services screen asks first, naming who, where, as what and who is emailed; Cancel changes and mails
 * nothing, the answer places them. A placing that would be refused is refused before any question.
 */
class PlacingAskedFirstTest extends ViewTest {

    private static final String YEAR = "3920-21";
    private static final String SERVICE = "Placing Asked First 3920";

    @Autowired FrameworkImport imports;
    @Autowired Organisation organisation;
    @Autowired PeopleService people;
    @Autowired ReturnRepository returns;
    @Autowired MailOutbox outbox;
    @Autowired RuntimeService runtime;
    @Autowired ApplicationContext context;
    @Autowired Delegations delegations;
    @Autowired Clock clock;

    @Test
    void namingADirectorIsAskedFirstAndCancelChangesAndMailsNothing() {
        imports.importMeasures(YEAR, TabularFile.read(("code,title,directorate,service,theme,unit,polarity,frequency,"
                + "aggregation,target,floor,tolerance_pct,rag_scheme\nPA-1,Placed,Economy and Infrastructure,"
                + SERVICE + ",Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,20,,,NONE\n")
                .getBytes(StandardCharsets.UTF_8), "f.csv"));
        Organisation.ServiceUnit service = organisation.findService(SERVICE).orElseThrow();
        person("old.dir.3920", "Olwen Outgoing", Role.SERVICE_DIRECTOR, service);
        person("new.dir.3920", "Nico Incoming", Role.READER, null);
        long cycle = OpenedCycles.openSecondQuarter(context, YEAR, 1);
        try {
            ServiceReturn open = returns.forCycle(cycle).get(0);
            signIn("admin");
            open("admin/services");
            @SuppressWarnings("unchecked")
            Grid<Organisation.ServiceUnit> grid = _get(Grid.class);
            grid.select(service);
            @SuppressWarnings("unchecked")
            ComboBox<Person> person = _get(ComboBox.class, s -> s.withLabel("Person"));
            _setValue(person, people.find("new.dir.3920").orElseThrow());
            @SuppressWarnings("unchecked")
            ComboBox<Role> role = _get(ComboBox.class, s -> s.withLabel("As"));
            _setValue(role, Role.SERVICE_DIRECTOR);

            _click(_get(Button.class, s -> s.withText("Assign to the selected service")));
            ConfirmDialog ask = _get(ConfirmDialog.class);
            assertThat(ask.getElement().getProperty("header")).isEqualTo("Make Nico Incoming director of " + SERVICE
                    + "?");
            assertThat(ask.getElement().getProperty("message")).isEqualTo("Nico Incoming becomes the director of "
                    + SERVICE + ", in place of Olwen Outgoing, and signs off its returns. Any other role or service"
                    + " they have now is taken from them. Nico Incoming is emailed now about any return " + SERVICE
                    + " has open.");
            assertThat(ask.getElement().getProperty("confirmText")).isEqualTo("Make director");
            assertThat(ask.getElement().getProperty("cancelText")).isEqualTo("Cancel");
            assertThat(ask.getElement().getProperty("cancelButtonVisible", false)).as("it has a Cancel button (Escape answers it)").isTrue();
            assertThat(people.find("new.dir.3920").orElseThrow().roles()).as("nothing done before the answer")
                    .containsExactly(Role.READER);

            ConfirmDialogKt._fireCancel(ask);
            assertThat(people.find("new.dir.3920").orElseThrow().roles()).containsExactly(Role.READER);
            assertThat(people.inService(service.id(), Role.SERVICE_DIRECTOR)).extracting(Person::username)
                    .containsExactly("old.dir.3920");
            assertThat(sentTo(open, "new.dir.3920")).isEmpty();
            assertThat(person.getValue().username()).as("the choice is kept").isEqualTo("new.dir.3920");

            _click(_get(Button.class, s -> s.withText("Assign to the selected service")));
            ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
            assertThat(people.inService(service.id(), Role.SERVICE_DIRECTOR)).extracting(Person::username)
                    .containsExactly("new.dir.3920");
            assertThat(sentTo(open, "new.dir.3920")).containsExactly("RETURN_ISSUED");
        } finally {
            OpenedCycles.end(runtime, returns, cycle);
        }
    }

    /** Nobody is asked about a placing that would be refused: the reason is given at once, on the person. */
    @Test
    void aPlacingThatWouldBeRefusedIsRefusedBeforeAnyQuestion() {
        people.create(new Person("checker.3920", "Cora Checker", "checker.3920@demo.council.test",
                EnumSet.of(Role.READER, Role.PERFORMANCE_TEAM), null, null, true, false, false), "a-long-password");
        signIn("admin");
        open("admin/services");
        @SuppressWarnings("unchecked")
        Grid<Organisation.ServiceUnit> grid = _get(Grid.class);
        grid.select(organisation.findService("Housing").orElseThrow());
        @SuppressWarnings("unchecked")
        ComboBox<Person> person = _get(ComboBox.class, s -> s.withLabel("Person"));
        _setValue(person, people.find("checker.3920").orElseThrow());

        _click(_get(Button.class, s -> s.withText("Assign to the selected service")));
        assertThat(_find(ConfirmDialog.class)).isEmpty();
        assertThat(person.isInvalid()).isTrue();
        assertThat(person.getErrorMessage()).isEqualTo("Cora Checker is in the performance team, so cannot also be"
                + " a service's director or data officer: give the service someone else");
        assertThat(people.find("checker.3920").orElseThrow().serviceId()).isNull();
    }

    @Test
    void aDataOfficerIsAskedForAndToldTheyAreNotEmailed() {
        assertThat(PlacingQuestion.of("Nia Newcomer", "Housing", Role.DATA_OFFICER, List.of("Dan Director"),
                List.of()))
                .isEqualTo(new PlacingQuestion("Make Nia Newcomer a data officer of Housing?", "Nia Newcomer becomes"
                        + " a data officer of Housing and prepares its returns for its director. Any other role or"
                        + " service they have now is taken from them. Nia Newcomer is not emailed: they find"
                        + " Housing's return in their inbox while it is being prepared.", "Make data officer"));
    }

    @Test
    void theDeputiesNamedForTheDirectorWhoLeavesAreNamedInTheQuestion() {
        assertThat(PlacingQuestion.of("Nia Newcomer", "Housing", Role.SERVICE_DIRECTOR, List.of("Dan Director"),
                List.of("Dora Deputy stops being deputy for Housing: named for Dan Director, they no longer sign off"
                        + " its returns")).text()).contains(" Dora Deputy stops being deputy for Housing: named for Dan"
                        + " Director, they no longer sign off its returns. Nia Newcomer is emailed now");
    }

    /**
     * A director of another service moved in as this one's director takes the deputies named for them there with
     * them, as the director they replace takes theirs: the question names each, with the service they stop covering
     * and the director they were named for.
     */
    @Test
    void theDeputiesOfTheServiceAMovedDirectorLeavesAreNamedInTheQuestion() {
        imports.importMeasures("4192-93", TabularFile.read(("code,title,directorate,service,theme,unit,polarity,"
                + "frequency,aggregation,target,floor,tolerance_pct,rag_scheme\n"
                + "PM-1,Left,Economy and Infrastructure,Moved From 4192,Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,"
                + "SNAPSHOT,20,,,NONE\n"
                + "PM-2,Joined,Economy and Infrastructure,Moved To 4192,Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,"
                + "SNAPSHOT,20,,,NONE\n").getBytes(StandardCharsets.UTF_8), "f.csv"));
        Organisation.ServiceUnit from = organisation.findService("Moved From 4192").orElseThrow();
        Organisation.ServiceUnit to = organisation.findService("Moved To 4192").orElseThrow();
        person("mover.4192", "Mo Mover", Role.SERVICE_DIRECTOR, from);
        person("old.dir.4192", "Olwen Outgoing", Role.SERVICE_DIRECTOR, to);
        for (String[] deputy : new String[][] {{"left.deputy.4192", "Lee Leftbehind"}, {"to.deputy.4192",
                "Tess Tocover"}}) {
            people.create(new Person(deputy[0], deputy[1], deputy[0] + "@demo.council.test",
                    EnumSet.of(Role.STRATEGIC_DIRECTOR), null, from.directorateId(), true, false, false),
                    "a-long-password");
        }
        LocalDate today = LocalDate.now(clock);
        delegations.name(from.id(), "left.deputy.4192", today, today.plusDays(7), "mover.4192");
        delegations.name(to.id(), "to.deputy.4192", today, today.plusDays(7), "old.dir.4192");
        signIn("admin");
        open("admin/services");
        @SuppressWarnings("unchecked")
        Grid<Organisation.ServiceUnit> grid = _get(Grid.class);
        grid.select(to);
        @SuppressWarnings("unchecked")
        ComboBox<Person> person = _get(ComboBox.class, s -> s.withLabel("Person"));
        _setValue(person, people.find("mover.4192").orElseThrow());
        @SuppressWarnings("unchecked")
        ComboBox<Role> role = _get(ComboBox.class, s -> s.withLabel("As"));
        _setValue(role, Role.SERVICE_DIRECTOR);

        _click(_get(Button.class, s -> s.withText("Assign to the selected service")));

        assertThat(_get(ConfirmDialog.class).getElement().getProperty("message")).contains(
                " Lee Leftbehind stops being deputy for Moved From 4192: named for Mo Mover, they no longer sign off"
                        + " its returns.",
                " Tess Tocover stops being deputy for Moved To 4192: named for Olwen Outgoing, they no longer sign"
                        + " off its returns.");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(delegations.activeDeputies(from.id(), today)).as("they do end").isEmpty();
        assertThat(delegations.activeDeputies(to.id(), today)).isEmpty();
    }

    private List<String> sentTo(ServiceReturn r, String username) {
        return outbox.forReturn(r.id()).stream().filter(m -> m.recipient().equals(username + "@demo.council.test"))
                .map(OutboxEntry::kind).toList();
    }

    private void person(String username, String name, Role role, Organisation.ServiceUnit unit) {
        people.create(new Person(username, name, username + "@demo.council.test", EnumSet.of(role),
                unit == null ? null : unit.id(), unit == null ? null : unit.directorateId(), true, false, false),
                "a-long-password");
    }
}
