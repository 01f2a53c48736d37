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
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.people.Covers;
import uk.quarterlyreturns.people.Delegation;
import uk.quarterlyreturns.people.DelegationState;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.people.UserFields;
import uk.quarterlyreturns.returns.ui.ReturnView;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * A strategic director names another strategic director as cover on the Deputies screen, is offered nobody else, and
 * withdraws the cover after a question; a refused period keeps what was chosen. An administrator may name anyone's.
 */
class CoverSectionTest extends ViewTest {

    @Autowired FrameworkImport imports;
    @Autowired Organisation organisation;
    @Autowired UserAdministration admin;
    @Autowired Covers covers;
    @Autowired Clock clock;
    @Autowired ApplicationContext context;

    @Test
    void aStrategicDirectorNamesCoverAndWithdrawsIt() {
        imports.importMeasures("4306-07", TabularFile.read(("code,title,directorate,service,theme,unit,polarity,"
                + "frequency,aggregation,target,floor,tolerance_pct,rag_scheme\nCV-1,Visits made,Cover Directorate"
                + " 4306,Cover Service 4306,Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,50,,10,TOLERANCE\n")
                .getBytes(StandardCharsets.UTF_8), "framework.csv"));
        long directorate = organisation.findDirectorate("Cover Directorate 4306").orElseThrow();
        long children = organisation.findDirectorate("Children and Families").orElseThrow();
        admin.create(new UserFields("sd.screen.4306", "Sasha Screen 4306", "sd.screen.4306@council.test",
                EnumSet.of(Role.STRATEGIC_DIRECTOR), null, directorate), "a long enough password", "admin");
        admin.create(new UserFields("sd.cover.4306", "Cal Cover 4306", "sd.cover.4306@council.test",
                EnumSet.of(Role.STRATEGIC_DIRECTOR), null, children), "a long enough password", "admin");
        LocalDate today = LocalDate.now(clock);

        signIn("sd.screen.4306");
        open("inbox");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).contains("Deputies");
        open("delegations");
        assertThat(_find(Select.class, s -> s.withLabel("Service"))).as("no service to name deputies for").isEmpty();
        @SuppressWarnings("unchecked")
        ComboBox<Person> cover = _get(ComboBox.class, s -> s.withLabel("Cover"));
        assertThat(cover.getListDataView().getItems().map(Person::username)).contains("sd.cover.4306", "sd.economy")
                .doesNotContain("sd.screen.4306", "data.housing", "dir.housing", "perf", "ceo", "admin");

        _setValue(cover, cover.getListDataView().getItems().filter(p -> p.username().equals("sd.cover.4306"))
                .findFirst().orElseThrow());
        _setValue(_get(DatePicker.class, s -> s.withLabel("Cover from")), today.plusDays(3));
        _setValue(_get(DatePicker.class, s -> s.withLabel("Cover to (last day)")), today.plusDays(1));
        _click(_get(Button.class, s -> s.withText("Name cover")));
        assertThat(_get(CoverSection.class).getElement().getTextRecursively())
                .contains("Not named: The period ends before it starts");
        assertThat(cover.getValue().username()).as("what was chosen is kept").isEqualTo("sd.cover.4306");
        assertThat(covers.forDirector("sd.screen.4306")).isEmpty();

        _setValue(_get(DatePicker.class, s -> s.withLabel("Cover to (last day)")), today.plusDays(9));
        _click(_get(Button.class, s -> s.withText("Name cover")));
        Delegation named = covers.forDirector("sd.screen.4306").get(0);
        assertThat(named.deputy()).isEqualTo("sd.cover.4306");
        assertThat(named.startsOn()).isEqualTo(today.plusDays(3));

        @SuppressWarnings("unchecked")
        Grid<Delegation> grid = _get(Grid.class, s -> s.withId("covers"));
        assertThat(String.join(" | ", GridKt._getFormattedRow(grid, 0))).contains("Cal Cover 4306", "Coming",
                "Sasha Screen 4306");
        _click((Button) GridKt._getCellComponent(grid, 0, "actions"));
        ConfirmDialog question = _get(ConfirmDialog.class);
        assertThat(question.getElement().getProperty("message")).isEqualTo("The cover by Cal Cover 4306 is withdrawn"
                + " before it begins.");
        ConfirmDialogKt._fireConfirm(question);
        assertThat(covers.forDirector("sd.screen.4306").get(0).state(today)).isEqualTo(DelegationState.WITHDRAWN);
    }

    /** From a page left open after the strategic director's role was taken away, no cover is named. */
    @Test
    void aPageLeftOpenAfterTheRoleWasTakenAwayNamesNoCover() {
        imports.importMeasures("4326-27", TabularFile.read(("code,title,directorate,service,theme,unit,polarity,"
                + "frequency,aggregation,target,floor,tolerance_pct,rag_scheme\nCV-1,Visits made,Cover Directorate"
                + " 4326,Cover Service 4326,Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,50,,10,TOLERANCE\n")
                .getBytes(StandardCharsets.UTF_8), "framework.csv"));
        long directorate = organisation.findDirectorate("Cover Directorate 4326").orElseThrow();
        long children = organisation.findDirectorate("Children and Families").orElseThrow();
        admin.create(new UserFields("sd.open.4326", "Olive Open 4326", "sd.open.4326@council.test",
                EnumSet.of(Role.STRATEGIC_DIRECTOR), null, directorate), "a long enough password", "admin");
        admin.create(new UserFields("sd.cover.4326", "Cy Cover 4326", "sd.cover.4326@council.test",
                EnumSet.of(Role.STRATEGIC_DIRECTOR), null, children), "a long enough password", "admin");
        signIn("sd.open.4326");
        open("delegations");
        @SuppressWarnings("unchecked")
        ComboBox<Person> cover = _get(ComboBox.class, s -> s.withLabel("Cover"));
        _setValue(cover, cover.getListDataView().getItems().filter(p -> p.username().equals("sd.cover.4326"))
                .findFirst().orElseThrow());
        _setValue(_get(DatePicker.class, s -> s.withLabel("Cover to (last day)")), LocalDate.now(clock).plusDays(5));

        admin.update(new UserFields("sd.open.4326", "Olive Open 4326", "sd.open.4326@council.test",
                EnumSet.of(Role.READER), null, null), "admin");
        _click(_get(Button.class, s -> s.withText("Name cover")));

        assertThat(_get(CoverSection.class).getElement().getTextRecursively()).contains("Not named: Only a strategic"
                + " director, for themselves, or an administrator may name or end a strategic director's cover");
        assertThat(covers.forDirector("sd.open.4326")).isEmpty();
    }

    /** The escalation's link opens the return for the cover within the period. */
    @Test
    void theEscalationsLinkOpensTheReturnForTheCover() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4307);
        long children = organisation.findDirectorate("Children and Families").orElseThrow();
        admin.create(new UserFields("sd.cover.4307", "Cass Cover 4307", "sd.cover.4307@council.test",
                EnumSet.of(Role.STRATEGIC_DIRECTOR), null, children), "a long enough password", "admin");
        LocalDate today = LocalDate.now(clock);
        long id = covers.name("sd.economy", "sd.cover.4307", today, today, "sd.economy");
        try {
            signIn("sd.cover.4307");
            open(ReturnView.path(scenario.housing.id()));
            assertThat(_find(H3.class).stream().map(H3::getText)).doesNotContain("Not yours to see");
            assertThat(_get(ReturnView.class).getElement().getTextRecursively()).contains("Housing", "HF-1");
        } finally {
            covers.end(id, "sd.economy"); // begun today, so withdrawn: sd.economy's escalations elsewhere are as before
        }
    }

    @Test
    void anAdministratorMayNameAnyStrategicDirectorsCover() {
        signIn("admin");
        open("delegations");
        @SuppressWarnings("unchecked")
        Select<Person> directors = _get(Select.class, s -> s.withLabel("Strategic director"));
        assertThat(directors.getListDataView().getItems().map(Person::username)).contains("sd.economy",
                "sd.children");
        assertThat(_find(Select.class, s -> s.withLabel("Service"))).as("and deputies, as before").hasSize(1);
    }
}
