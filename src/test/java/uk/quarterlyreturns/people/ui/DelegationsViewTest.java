package uk.quarterlyreturns.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.framework.Organisation.ServiceUnit;
import uk.quarterlyreturns.people.Delegation;
import uk.quarterlyreturns.people.DelegationState;
import uk.quarterlyreturns.people.Delegations;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.people.UserFields;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.TaskClaims;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;
import uk.quarterlyreturns.base.calendar.UkDateFormat;

/** A director names a deputy for their service and withdraws them; an administrator sees every service. */
class DelegationsViewTest extends ViewTest {

    private static final AtomicInteger N = new AtomicInteger();

    @Autowired PeopleService people;
    @Autowired Delegations delegations;
    @Autowired Organisation organisation;
    @Autowired Clock clock;
    @Autowired UserAdministration admin;
    @Autowired ApplicationContext context;
    @Autowired TaskService tasks;
    @Autowired TaskClaims claims;
    @Autowired RuntimeService runtime;
    @Autowired ReturnRepository returns;

    @Test
    void theDirectorNamesADeputyAndWithdrawsThem() {
        String deputy = "screen.deputy" + N.incrementAndGet();
        people.create(new Person(deputy, "Dev Deputy", deputy + "@council.test", EnumSet.of(Role.STRATEGIC_DIRECTOR), null,
                null, true, false, false), "a-long-password");
        LocalDate today = LocalDate.now(clock);
        signIn("dir.housing");
        open("inbox");
        assertThat(menu()).contains("Deputies");
        open("delegations");
        assertThat(services().getListDataView().getItems().map(ServiceUnit::name)).containsExactly("Housing");

        @SuppressWarnings("unchecked")
        ComboBox<Person> who = _get(ComboBox.class, s -> s.withLabel("Deputy"));
        assertThat(who.getListDataView().getItems().map(Person::username)).contains(deputy)
                .doesNotContain("data.housing", "dir.housing");
        _setValue(who, people.find(deputy).orElseThrow());
        _setValue(_get(DatePicker.class, s -> s.withLabel("From")), today.plusDays(2));
        _setValue(_get(DatePicker.class, s -> s.withLabel("To (last day)")), today.plusDays(1));
        _click(_get(Button.class, s -> s.withText("Name deputy")));
        assertThat(_get(DeputyForm.class).getElement().getTextRecursively())
                .contains("The period ends before it starts");
        assertThat(delegations.heldBy(deputy, today)).isEmpty();

        _setValue(_get(DatePicker.class, s -> s.withLabel("To (last day)")), today.plusDays(9));
        _click(_get(Button.class, s -> s.withText("Name deputy")));
        Delegation named = delegations.heldBy(deputy, today).get(0);
        assertThat(named.createdBy()).isEqualTo("dir.housing");
        assertThat(named.startsOn()).isEqualTo(today.plusDays(2));

        @SuppressWarnings("unchecked")
        Grid<Delegation> grid = _get(Grid.class);
        int row = grid.getListDataView().getItems().map(Delegation::id).toList().indexOf(named.id());
        assertThat(String.join(" | ", GridKt._getFormattedRow(grid, row))).contains("Dev Deputy", "Coming",
                "Imran Hussain");
        _click((Button) GridKt._getCellComponent(grid, row, "actions"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(delegations.find(named.id()).state(today)).isEqualTo(DelegationState.WITHDRAWN);
        assertThat(delegations.find(named.id()).endedBy()).isEqualTo("dir.housing");
    }

    /**
     * A deputy named from today is already deputy: withdrawing them stops them now, and the question says so
     * rather than "before it begins".
     */
    @Test
    void withdrawingADeputyWhosePeriodBeganTodaySaysTheyStopNow() {
        String deputy = "screen.deputy" + N.incrementAndGet();
        people.create(new Person(deputy, "Dora Today", deputy + "@council.test", EnumSet.of(Role.STRATEGIC_DIRECTOR),
                null, null, true, false, false), "a-long-password");
        LocalDate today = LocalDate.now(clock);
        long housing = organisation.findService("Housing").orElseThrow().id();
        long id = delegations.name(housing, deputy, today, today.plusDays(3), "dir.housing");
        signIn("dir.housing");
        open("delegations");

        @SuppressWarnings("unchecked")
        Grid<Delegation> grid = _get(Grid.class);
        int row = grid.getListDataView().getItems().map(Delegation::id).toList().indexOf(id);
        _click((Button) GridKt._getCellComponent(grid, row, "actions"));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt._getText(confirm)).contains("Dora Today stops being deputy now")
                .doesNotContain("before it begins");
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(delegations.activeDeputies(housing, today)).doesNotContain(deputy);
    }

    /**
     * A deputy who claimed a step of the service's return lets go of it when their cover ends: the question before says
     * so, naming the return, and the step is free afterwards.
     */
    @Test
    void theQuestionBeforeEndingADeputySaysWhichClaimsAreReleased() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4250);
        try {
            String deputy = "screen.deputy" + N.incrementAndGet();
            people.create(new Person(deputy, "Cal Claimant", deputy + "@council.test",
                    EnumSet.of(Role.STRATEGIC_DIRECTOR), null, null, true, false, false), "a-long-password");
            LocalDate today = LocalDate.now(clock);
            long id = delegations.name(scenario.housing.serviceId(), deputy, today, today.plusDays(3), "dir.housing");
            String step = tasks.createTaskQuery().processVariableValueEquals(ReturnProcess.VAR_RETURN_ID,
                    scenario.housing.id()).taskDefinitionKey(ReturnProcess.TASK_COMPLETE_RETURN).active()
                    .singleResult().getId();
            claims.claim(step, deputy);
            signIn("dir.housing");
            open("delegations");

            @SuppressWarnings("unchecked")
            Grid<Delegation> grid = _get(Grid.class);
            int row = grid.getListDataView().getItems().map(Delegation::id).toList().indexOf(id);
            _click((Button) GridKt._getCellComponent(grid, row, "actions"));
            ConfirmDialog confirm = _get(ConfirmDialog.class);
            assertThat(ConfirmDialogKt._getText(confirm)).contains("Cal Claimant stops being deputy now")
                    .endsWith(" Their claim on the Q2 4250/51 return of Housing (Complete return) will be released,"
                            + " for others to take.");
            ConfirmDialogKt._fireConfirm(confirm);

            assertThat(tasks.createTaskQuery().taskId(step).singleResult().getAssignee()).isNull();
        } finally {
            OpenedCycles.end(runtime, returns, scenario.cycle.id());
        }
    }

    /**
     * The page left open by a director moved to another service since: withdrawing a deputy from it is refused, and
     * the list it shows again no longer holds the former service's deputies.
     */
    @Test
    void aDirectorMovedToAnotherServiceNoLongerSeesTheFormerServicesDeputies() {
        long directorate = organisation.findService("Housing").orElseThrow().directorateId();
        long former = organisation.service("Tenancy Support 3763", directorate);
        long now = organisation.service("Estate Services 3763", directorate);
        String director = "moved.director3763";
        String deputy = "screen.deputy" + N.incrementAndGet();
        people.create(new Person(deputy, "Dee Former", deputy + "@council.test", EnumSet.of(Role.STRATEGIC_DIRECTOR),
                null, null, true, false, false), "a-long-password");
        LocalDate today = LocalDate.now(clock);
        // named before the post was filled, so covering nobody in particular: it stays when the director moves on
        long named = delegations.name(former, deputy, today.plusDays(1), today.plusDays(5), "admin");
        admin.create(new UserFields(director, "Mo Moved", director + "@council.test",
                EnumSet.of(Role.SERVICE_DIRECTOR), former, null), "a long enough password", "admin");
        signIn(director);
        open("delegations");
        @SuppressWarnings("unchecked")
        Grid<Delegation> grid = _get(Grid.class);
        assertThat(grid.getListDataView().getItems().map(Delegation::id)).containsExactly(named);

        admin.update(new UserFields(director, "Mo Moved", director + "@council.test",
                EnumSet.of(Role.SERVICE_DIRECTOR), now, null), "admin");
        _click((Button) GridKt._getCellComponent(grid, 0, "actions"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(delegations.find(named).state(today)).as("refused").isEqualTo(DelegationState.COMING);
        assertThat(grid.getListDataView().getItems()).as("the former service's deputies").isEmpty();
        assertThat(_get(Paragraph.class, s -> s.withClasses("no-longer-theirs")).getText())
                .isEqualTo("You no longer name deputies for Tenancy Support 3763: open the page again to see the"
                        + " services you do.");
    }

    /**
     * A deputy named from a day gone by would show someone deputising on days nobody asked them to, and a year mistyped
     * (2207 for 2027) would hand them the sign-off for decades: both refused on the screen, what was chosen kept.
     */
    @Test
    void aDeputyIsNotNamedFromADayGoneByNorForMoreThanAYear() {
        String deputy = "screen.deputy" + N.incrementAndGet();
        people.create(new Person(deputy, "Dev Deputy", deputy + "@council.test", EnumSet.of(Role.STRATEGIC_DIRECTOR), null,
                null, true, false, false), "a-long-password");
        LocalDate today = LocalDate.now(clock);
        java.time.format.DateTimeFormatter day = UkDateFormat.ofPattern("d MMM yyyy");
        signIn("dir.housing");
        open("delegations");
        @SuppressWarnings("unchecked")
        ComboBox<Person> who = _get(ComboBox.class, s -> s.withLabel("Deputy"));
        _setValue(who, people.find(deputy).orElseThrow());
        _setValue(_get(DatePicker.class, s -> s.withLabel("From")), today.minusDays(3));
        _setValue(_get(DatePicker.class, s -> s.withLabel("To (last day)")), today.plusDays(4));
        _click(_get(Button.class, s -> s.withText("Name deputy")));
        assertThat(_get(DeputyForm.class).getElement().getTextRecursively()).contains("Not named: The deputy starts"
                + " on " + day.format(today.minusDays(3)) + ", in the past: name it from today or later");

        _setValue(_get(DatePicker.class, s -> s.withLabel("From")), today);
        _setValue(_get(DatePicker.class, s -> s.withLabel("To (last day)")), today.plusYears(180));
        _click(_get(Button.class, s -> s.withText("Name deputy")));
        assertThat(_get(DeputyForm.class).getElement().getTextRecursively()).contains("longer than a year");
        assertThat(who.getValue().username()).as("what was chosen is kept").isEqualTo(deputy);
        assertThat(delegations.heldBy(deputy, today)).isEmpty();

        _setValue(_get(DatePicker.class, s -> s.withLabel("To (last day)")), today.plusYears(1));
        _click(_get(Button.class, s -> s.withText("Name deputy")));
        assertThat(delegations.heldBy(deputy, today)).as("a year to the day is allowed").hasSize(1);
        delegations.end(delegations.heldBy(deputy, today).get(0).id(), "dir.housing"); // Housing's mail is counted
    }

    @Test
    void anAdministratorMayDelegateForAnyService() {
        signIn("admin");
        open("delegations");
        assertThat(services().getListDataView().getItems().count()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void aDataOfficerIsNotOfferedIt() {
        signIn("data.housing");
        open("inbox");
        assertThat(menu()).contains("Inbox").doesNotContain("Deputies");
    }

    private static List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    @SuppressWarnings("unchecked")
    private static Select<ServiceUnit> services() {
        return _get(Select.class, s -> s.withLabel("Service"));
    }
}
