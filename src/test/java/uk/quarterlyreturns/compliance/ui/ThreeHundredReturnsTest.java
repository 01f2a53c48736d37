package uk.quarterlyreturns.compliance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Location;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.CycleService;
import uk.quarterlyreturns.framework.FigureImport;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.returns.HighlightReports.ServiceChoice;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.ViewTest;

/**
 * The performance team's screens at a national collection's size: 300 bodies in six directorates, the first
 * (North) of 40 with its strategic director; the deadline gone by, 15 returns signed off, 5 more submitted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThreeHundredReturnsTest extends ViewTest {

    static final int YEAR = 3960;
    static final int BODIES = 300;
    static final String NORTH = "Collection 3960 North";

    @Autowired FrameworkImport imports;
    @Autowired FigureImport figures;
    @Autowired PeopleService people;
    @Autowired Organisation organisation;
    @Autowired CycleService cycles;
    @Autowired ReturnRepository returns;
    @Autowired ReturnWorkflow workflow;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired JdbcClient jdbc;
    @Autowired YearRepository years;

    long cycle;

    static String body(int i) {
        return String.format("Body 3960-%03d", i);
    }

    static String directorate(int i) {
        return i <= 40 ? NORTH : "Collection 3960 Region " + ((i - 41) / 52 + 2);
    }

    @BeforeAll
    void aCollectionOfThreeHundred() {
        String year = ReportingYear.labelOf(YEAR);
        StringBuilder framework = new StringBuilder("code,title,directorate,service,theme,unit,polarity,frequency,"
                + "aggregation,target,floor,tolerance_pct,rag_scheme\n");
        StringBuilder values = new StringBuilder("code,value\n");
        for (int i = 1; i <= BODIES; i++) {
            framework.append("B-").append(i).append(",Measure of body ").append(i).append(',').append(directorate(i))
                    .append(',').append(body(i)).append(",Ambitious,COUNT,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,50,,,")
                    .append("FIVE_POINT\n");
            values.append("B-").append(i).append(",60\n");
        }
        imports.importMeasures(year, file(framework));
        for (int i = 1; i <= BODIES; i++) {
            long service = organisation.findService(body(i)).orElseThrow().id();
            // only North's directors have an address: the others' mail would only load the suite
            people.create(new Person(director(i), "Director of body " + i, i <= 40 ? director(i) + "@example.test"
                    : null, EnumSet.of(Role.SERVICE_DIRECTOR), service, null, true, false, false), "a-long-password");
        }
        people.create(new Person("sd3960", "North Strategic Director", "sd3960@example.test",
                EnumSet.of(Role.STRATEGIC_DIRECTOR), null, organisation.findDirectorate(NORTH).orElseThrow(), true,
                false, false), "a-long-password");
        Instant now = Instant.now();
        cycle = cycles.open(year, 2, now.plus(Duration.ofDays(14)), now.plus(Duration.ofDays(30)),
                ChasePolicy.DEFAULT, "perf").id();
        Await.until(BODIES + " returns issued", Duration.ofMinutes(2),
                () -> returns.forCycle(cycle).size() == BODIES);
        figures.importValues(year, 2, file(values), "perf");
        // North's first five and the 41st to 50th signed off; North's 6th to 10th submitted
        IntStream.concat(IntStream.rangeClosed(1, 10), IntStream.rangeClosed(41, 50)).forEach(i -> {
            long id = returnOf(i).id();
            Await.until("body " + i + "'s return to complete", Duration.ofSeconds(30), () -> tasks.createTaskQuery()
                    .processVariableValueEquals(ReturnProcess.VAR_RETURN_ID, id)
                    .taskDefinitionKey(ReturnProcess.TASK_COMPLETE_RETURN).count() == 1);
            workflow.submit(id, director(i));
            if (i <= 5 || i > 40) {
                workflow.signOff(id, director(i));
            }
        });
        // the deadline gone by, without waiting for it (its timers stay where they were: no chase goes by itself)
        jdbc.sql("update cycle set submission_deadline = :d where id = :c")
                .param("d", java.sql.Timestamp.from(now.minus(Duration.ofDays(1)))).param("c", cycle).update();
    }

    /** Held, not deleted: deleting 300 returns' instances took longer than the rest of the class's tests. */
    @AfterAll
    void holdTheCycle() {
        OpenedCycles.hold(runtime, returns, cycle);
    }

    static String director(int i) {
        return "dir3960." + i;
    }

    ServiceReturn returnOf(int i) {
        long service = organisation.findService(body(i)).orElseThrow().id();
        return returns.forCycle(cycle).stream().filter(r -> r.serviceId() == service).findFirst().orElseThrow();
    }

    private void openCompliance(String query) {
        openAddress("compliance?cycle=" + cycle + query);
    }

    private static void openAddress(String address) {
        Location location = new Location(address);
        UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());
    }

    private static String listed() {
        return _get(Paragraph.class, s -> s.withClasses("listed-count")).getText();
    }

    @Test
    void oneServiceIsFoundByNameAmongThreeHundred() {
        signIn("perf");
        openCompliance("");
        ComplianceGrid grid = _get(ComplianceGrid.class);
        assertThat(GridKt._size(grid)).isEqualTo(BODIES);
        assertThat(listed()).isEqualTo("300 returns");

        _setValue(_get(TextField.class, s -> s.withLabel("Find a service")), "body 3960-123");

        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getCellComponent(grid, 0, "service").getElement().getTextRecursively())
                .endsWith("Director of body 123");
        assertThat(listed()).isEqualTo("1 of 300 returns");
        byte[] export = DownloadKt._download(_get(Anchor.class, s -> s.withText("Export table (XLSX)")));
        assertThat(TabularFile.read(export, "compliance.xlsx").rows()).as("the file has the list shown")
                .extracting(row -> row.get("service")).containsExactly(body(123));
    }

    @SuppressWarnings("unchecked")
    @Test
    void theLateOnesOfOneDirectorateAreChasedAtOnceAfterAPreviewOfWhoIsMailed() {
        signIn("perf");
        openCompliance("");
        assertThat(_find(Button.class, s -> s.withText("Chase all late (280)"))).hasSize(1);

        _setValue(_get(ComboBox.class, s -> s.withLabel("Directorate")), NORTH);
        _setValue(_get(Checkbox.class, s -> s.withLabel("Late only")), true);

        assertThat(listed()).isEqualTo("30 of 300 returns");
        assertThat(GridKt._size(_get(ComplianceGrid.class))).isEqualTo(30);
        _click(_get(Button.class, s -> s.withText("Chase the late ones listed (30)")));
        ChaseDialog dialog = _get(ChaseDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Chase 30 late services");
        String preview = dialog.getElement().getTextRecursively();
        assertThat(preview).contains(body(11), body(40), "dir3960.11@example.test")
                .doesNotContain(body(10) + ",", body(41));
        _click(_get(dialog, Button.class, s -> s.withText("Cancel")));
        assertThat(_find(ChaseDialog.class)).as("nothing sent without the confirmation").isEmpty();
    }

    @Test
    void aChaseOfAllLateNamesTheFirstFewAndFoldsAwayTheRest() {
        signIn("perf");
        openCompliance("");
        _click(_get(Button.class, s -> s.withText("Chase all late (280)")));
        ChaseDialog dialog = _get(ChaseDialog.class);
        assertThat(_find(dialog, Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(t -> t.startsWith("Services: ") && t.endsWith(" and 270 more") && t.split(", ").length == 10);
        Details all = _get(dialog, Details.class);
        assertThat(all.getSummaryText()).isEqualTo("All 280 services");
        assertThat(all.isOpened()).isFalse();
        assertThat(all.getElement().getTextRecursively()).contains(body(11), body(300));
        _click(_get(dialog, Button.class, s -> s.withText("Cancel")));
    }

    @Test
    void theFilterIsKeptInTheAddressSoARefreshShowsTheSameList() {
        signIn("perf");
        openCompliance("");
        ComplianceView page = _get(ComplianceView.class);
        _setValue(_get(TextField.class, s -> s.withLabel("Find a service")), "3960-0");
        assertThat(_get(ComplianceView.class)).as("the same page, still being typed in").isSameAs(page);
        String address = UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
        assertThat(address).contains("cycle=" + cycle, "service=3960-0");
        assertThat(listed()).isEqualTo("99 of 300 returns");

        // a refresh: a new page from the same address
        open("inbox");
        openAddress(address);
        assertThat(listed()).isEqualTo("99 of 300 returns");
        assertThat(_get(TextField.class, s -> s.withLabel("Find a service")).getValue()).isEqualTo("3960-0");
    }

    @SuppressWarnings("unchecked")
    @Test
    void theSignedOffReturnsAreListedAloneToAcceptThemTogether() {
        signIn("perf");
        openCompliance("&status=SIGNED_OFF");
        ComplianceGrid grid = _get(ComplianceGrid.class);
        assertThat(listed()).isEqualTo("15 of 300 returns");
        assertThat(((ComboBox<Object>) _get(ComboBox.class, s -> s.withLabel("Status"))).getValue())
                .hasToString("SIGNED_OFF");
        grid.asMultiSelect().updateSelection(new java.util.HashSet<>(GridKt._fetch(grid, 0, 300)), java.util.Set.of());
        _click(_get(Button.class, s -> s.withText("Accept selected signed-off returns…")));
        assertThat(_get(BulkAcceptDialog.class).getHeaderTitle()).isEqualTo("Accept 15 of 15 selected returns?");
    }

    @Test
    void aStrategicDirectorSeesTheirFortyAndFindsOneByName() {
        signIn("sd3960");
        openCompliance("");
        assertThat(listed()).isEqualTo("40 returns");
        _setValue(_get(TextField.class, s -> s.withLabel("Find a service")), "3960-007");
        assertThat(listed()).isEqualTo("1 of 40 returns");
        assertThat(_find(Button.class, s -> s.withText("Chase the late ones listed (0)"))).isEmpty();
    }

    @Test
    void theInboxSaysHowManyTasksTheFilterLeavesAndKeepsItOnRefreshing() {
        signIn("perf");
        open("inbox");
        String waiting = _get(Paragraph.class, s -> s.withPredicate(p -> p.getText().contains("tasks are waiting for you"))).getText();
        _setValue(_get(TextField.class, s -> s.withLabel("Filter tasks")), "Body 3960-04");

        // the 41st to 49th bodies' signed-off returns await their quality check
        assertThat(GridKt._size(_get(Grid.class))).isEqualTo(9);
        assertThat(_get(Paragraph.class, s -> s.withPredicate(p -> p.getText().contains("tasks are waiting for you"))).getText())
                .isEqualTo(waiting + " Showing 9 of " + waiting.split(" ")[0] + ".");
        String address = UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
        open("compliance");
        openAddress(address);
        assertThat(_get(TextField.class, s -> s.withLabel("Filter tasks")).getValue()).isEqualTo("Body 3960-04");
        assertThat(GridKt._size(_get(Grid.class))).isEqualTo(9);
    }

    @SuppressWarnings("unchecked")
    @Test
    void oneServiceIsFoundToNameItsPeopleAndStaysFoundAfter() {
        people.create(new Person("officer3960", "Olu Officer", "officer3960@example.test",
                EnumSet.of(Role.DATA_OFFICER), null, null, true, false, false), "a-long-password");
        signIn("perf");
        open("admin/services");
        Grid<Organisation.ServiceUnit> grid = _get(Grid.class);
        _setValue(_get(TextField.class, s -> s.withLabel("Find a service")), NORTH.toLowerCase());
        assertThat(GridKt._size(grid)).isEqualTo(40);
        assertThat(listed()).matches("40 of \\d+ services");

        _setValue(_get(TextField.class, s -> s.withLabel("Find a service")), "Body 3960-123");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        grid.select(GridKt._get(grid, 0));
        _setValue(_get(ComboBox.class, s -> s.withLabel("Person")), people.find("officer3960").orElseThrow());
        _click(_get(Button.class, s -> s.withText("Assign to the selected service")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class)); // placing someone is asked first

        assertThat(GridKt._size(grid)).as("the search kept after the assignment").isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains(body(123), "Olu Officer");
        assertThat(listed()).matches("1 of \\d+ services");
    }

    @SuppressWarnings("unchecked")
    @Test
    void theFrameworkKeepsItsFilterAfterAMeasureIsSavedAndSaysHowManyItShows() {
        signIn("perf");
        open("framework");
        _setValue(_get(Select.class, s -> s.withLabel("Reporting year")),
                years.find(ReportingYear.labelOf(YEAR)).orElseThrow());
        Grid<Object> measures = _find(Grid.class).stream()
                .filter(g -> g.getAriaLabel().filter("Measures"::equals).isPresent()).findFirst().orElseThrow();
        assertThat(GridKt._size(measures)).isEqualTo(BODIES);
        _setValue(_get(ComboBox.class, s -> s.withLabel("Service")), body(123));
        assertThat(GridKt._size(measures)).isEqualTo(1);
        assertThat(_get(Paragraph.class, s -> s.withClasses("listed-count")).getText())
                .isEqualTo("1 of 300 measures");

        _click((Button) GridKt._getCellComponent(measures, 0, "edit"));
        _click(_get(Button.class, s -> s.withText("Save")));

        assertThat(_get(ComboBox.class, s -> s.withLabel("Service")).getValue()).isEqualTo(body(123));
        assertThat(GridKt._size(measures)).as("the list the filter says").isEqualTo(1);
        assertThat(_get(Paragraph.class, s -> s.withClasses("listed-count")).getText())
                .isEqualTo("1 of 300 measures");
    }

    @SuppressWarnings("unchecked")
    @Test
    void anAdministratorFindsOnePersonAmongHundredsAndKeepsTheSearchAfterAChange() {
        signIn("admin");
        open("admin/users");
        Grid<Person> users = _get(Grid.class);
        _setValue(_get(TextField.class, s -> s.withLabel("Find a person")), "DIR3960.29");
        // dir3960.29 and dir3960.290 to .299
        assertThat(GridKt._size(users)).isEqualTo(11);
        assertThat(listed()).matches("11 of \\d+ people");

        _setValue(_get(TextField.class, s -> s.withLabel("Find a person")), "Director of body 299");
        HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(users, 0, "actions");
        _click(_get(actions, Button.class, s -> s.withText("Disable")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(GridKt._size(users)).as("the search kept after the change").isEqualTo(1);
        assertThat(GridKt._getFormattedRow(users, 0)).contains("Disabled");
        assertThat(listed()).matches("1 of \\d+ people");
    }

    @SuppressWarnings("unchecked")
    @Test
    void theServicesAskedForAHighlightReportAreChosenByNameNotFromThreeHundredCheckboxes() {
        signIn("perf");
        open("reports/" + cycle + "/approval");
        MultiSelectComboBox<ServiceChoice> services = _get(MultiSelectComboBox.class,
                s -> s.withLabel("Services asked for a highlight report"));
        assertThat(_find(CheckboxGroup.class)).as("no checkbox per service").isEmpty();
        assertThat(services.getListDataView().getItemCount()).isEqualTo(BODIES);
        assertThat(_get(Paragraph.class, s -> s.withText("0 of 300 services asked"))).isNotNull();

        _setValue(services, services.getListDataView().getItems()
                .filter(c -> c.service().equals(body(7)) || c.service().equals(body(250)))
                .collect(java.util.stream.Collectors.toSet()));
        assertThat(_get(Paragraph.class, s -> s.withText("2 of 300 services asked"))).isNotNull();
    }

    @Test
    void theReturnsSortByTheirLastActivityAsATime() {
        signIn("perf");
        openCompliance("&status=SIGNED_OFF");
        ComplianceGrid grid = _get(ComplianceGrid.class);
        var lastActivity = grid.getColumnByKey("last-activity");
        assertThat(lastActivity.isSortable()).isTrue();

        grid.sort(List.of(new GridSortOrder<>(lastActivity, SortDirection.DESCENDING)));

        // the 50th body's was signed off last
        assertThat(GridKt._getCellComponent(grid, 0, "service").getElement().getTextRecursively())
                .endsWith("Director of body 50");
        assertThat(grid.getColumnByKey("chased").isSortable()).as("Chased").isTrue();
    }

    private static TabularFile file(StringBuilder csv) {
        return TabularFile.read(csv.toString().getBytes(StandardCharsets.UTF_8), "file.csv");
    }
}
