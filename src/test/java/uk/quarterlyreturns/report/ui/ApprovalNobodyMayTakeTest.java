package uk.quarterlyreturns.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.CycleStatus;
import uk.quarterlyreturns.cycle.ReportApproval;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.report.CabinetCover;
import uk.quarterlyreturns.report.CabinetCoverService;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.PeopleInRoles;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * A chief executive who wrote the report's cover report for Cabinet may not approve it: their inbox says so, as the
 * approval page does, with nothing to claim; and when no chief executive may approve it, the performance team is
 * told where they look and by mail, saying what to do. Years 4201-02 to 4203-04.
 */
class ApprovalNobodyMayTakeTest extends ViewTest {

    private static final String OWN = "You wrote its cover report for Cabinet, so you may not approve it: nobody checks"
            + " their own work. It waits for a chief executive who had no hand in it.";

    @Autowired ApplicationContext context;
    @Autowired CycleRepository cycles;
    @Autowired ReportApproval approval;
    @Autowired CabinetCoverService covers;
    @Autowired UserAdministration admin;
    @Autowired ReturnRepository returns;
    @Autowired RuntimeService runtime;
    @Autowired JdbcClient jdbc;
    @Autowired PeopleService people;

    @Test
    void theInboxSaysTheApprovalIsNotTheirsWithNothingToClaim() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4201);
        long cycleId = scenario.cycle.id();
        try {
            coverWrittenThenChiefExecutive(scenario, "perf.4201", "Cas Writer 4201");

            signIn("perf.4201");
            open("inbox");
            Component cell = approvalCell(scenario);
            assertThat(cell.getElement().getTextRecursively()).isEqualTo(OWN);
            assertThat(cell).as("nothing to claim").isNotInstanceOf(Button.class);
            assertThat(_find(cell, Button.class)).as("nothing to claim").isEmpty();

            signIn("ceo"); // who had no hand in it claims it as before
            open("reports/" + cycleId + "/approval"); // the inbox built again, for them
            open("inbox");
            assertThat(approvalCell(scenario)).isInstanceOfSatisfying(Button.class,
                    claim -> assertThat(claim.getText()).isEqualTo("Claim"));
        } finally {
            people().disable("perf.4201");
            OpenedCycles.end(runtime, returns, cycleId);
        }
    }

    @Test
    void whenNoChiefExecutiveMayApproveThePerformanceTeamIsToldWhatToDo() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4202);
        long cycleId = scenario.cycle.id();
        try {
            coverWrittenAndSent(scenario, "perf.4202", "Cas Writer 4202");
            signIn("perf");
            open("reports/" + cycleId + "/approval");
            assertThat(_find(Paragraph.class, s -> s.withClasses("nobody-approves"))).as("the chief executive may")
                    .isEmpty();
            assertThat(nobodyApprovesMailedTo(cycleId)).isEmpty();

            // the chief executive leaves, and the one named in their place wrote the cover report
            jdbc.sql("update app_user set enabled = false where username = 'ceo'").update();
            people().give("perf.4202", "Cas Writer 4202", Role.CHIEF_EXECUTIVE);
            String nobody = "Nobody can approve it yet: Cas Writer 4202, the only chief executive, had a hand in it,"
                    + " and nobody checks their own work. An administrator names another chief executive under Users"
                    + " (or in the people file), who then finds the report in their inbox; until then the report"
                    + " waits.";
            open("compliance");
            open("reports/" + cycleId + "/approval");
            assertThat(_get(Paragraph.class, s -> s.withClasses("nobody-approves")).getText()).isEqualTo(nobody);

            open("compliance");
            Select<Cycle> select = _get(Select.class, s -> s.withLabel("Cycle"));
            _setValue(select, select.getListDataView().getItems().filter(c -> c.id() == cycleId).findFirst()
                    .orElseThrow());
            assertThat(_get(Paragraph.class, s -> s.withClasses("nobody-approves")).getText())
                    .isEqualTo("The " + scenario.cycle.shortName() + " report awaits approval. " + nobody);

            // mailed at once to the performance team and the administrators, who can name another; once
            List<String> team = Stream.concat(people.withRole(Role.PERFORMANCE_TEAM).stream(),
                    people.withRole(Role.ADMIN).stream()).map(Person::email).filter(Objects::nonNull).distinct()
                    .toList();
            assertThat(nobodyApprovesMailedTo(cycleId)).containsExactlyInAnyOrderElementsOf(team)
                    .doesNotContain("perf.4202@council.test");
            assertThat(jdbc.sql("select body_text from outbox_message where kind = 'REPORT_NOBODY_APPROVES' and"
                    + " cycle_id = :c").param("c", cycleId).query(String.class).list())
                    .allSatisfy(text -> assertThat(text).contains("Why: " + nobody));
            people().disable("perf.4202"); // and enabled again, for the same decision: not told twice
            people().give("perf.4202", "Cas Writer 4202", Role.CHIEF_EXECUTIVE);
            assertThat(nobodyApprovesMailedTo(cycleId)).hasSameSizeAs(team);
        } finally {
            jdbc.sql("update app_user set enabled = true where username = 'ceo'").update();
            people().disable("perf.4202");
            OpenedCycles.end(runtime, returns, cycleId);
        }
    }

    @Test
    void aReportSentForApprovalWithNoChiefExecutiveIsMailedToWhoeverCanNameOne() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4203);
        long cycleId = scenario.cycle.id();
        try {
            jdbc.sql("update app_user set enabled = false where username = 'ceo'").update();
            coverWrittenAndSent(scenario, "perf.4203", "Cas Writer 4203");

            List<String> bodies = jdbc.sql("select body_text from outbox_message where kind = 'REPORT_NOBODY_APPROVES'"
                    + " and cycle_id = :c and recipient = :r").param("c", cycleId)
                    .param("r", people.find("admin").orElseThrow().email()).query(String.class).list();
            assertThat(bodies).singleElement().satisfies(text -> assertThat(text)
                    .contains("Why: Nobody can approve it yet: there is no chief executive.")
                    .as("an administrator acts on the Users screen").contains("/admin/users"));
            assertThat(nobodyApprovesMailedTo(cycleId)).contains(people.find("perf").orElseThrow().email());
        } finally {
            jdbc.sql("update app_user set enabled = true where username = 'ceo'").update();
            people().disable("perf.4203");
            OpenedCycles.end(runtime, returns, cycleId);
        }
    }

    /** A performance officer writes the cover report, the report is sent for approval, and they are made chief executive. */
    private void coverWrittenThenChiefExecutive(ReturnScenario scenario, String username, String name)
            throws Exception {
        coverWrittenAndSent(scenario, username, name);
        people().give(username, name, Role.CHIEF_EXECUTIVE);
    }

    /** A performance officer writes the cover report, and the report is sent for approval. */
    private void coverWrittenAndSent(ReturnScenario scenario, String username, String name) throws Exception {
        long cycleId = scenario.cycle.id();
        people().give(username, name, Role.PERFORMANCE_TEAM);
        covers.write(cycleId, username, new CabinetCover("Cabinet", null, null, "Quarter 2 performance", null, null,
                null, null, null, name + ", Performance Officer"), CabinetCover.EMPTY);
        scenario.completeAndAccept();
        Await.until("the report awaiting a decision", ReturnScenario.WAIT,
                () -> cycles.find(cycleId).orElseThrow().status() == CycleStatus.AWAITING_APPROVAL
                        && approval.decisionStep(cycleId).isPresent());
    }

    private List<String> nobodyApprovesMailedTo(long cycleId) {
        return jdbc.sql("select recipient from outbox_message where kind = 'REPORT_NOBODY_APPROVES' and cycle_id = :c")
                .param("c", cycleId).query(String.class).list();
    }

    private static Component approvalCell(ReturnScenario scenario) {
        _setValue(_get(TextField.class, s -> s.withLabel("Filter tasks")), scenario.cycle.shortName());
        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        return GridKt._getCellComponent(grid, 0, "claim");
    }

    private PeopleInRoles people() {
        return new PeopleInRoles(admin, jdbc);
    }
}
