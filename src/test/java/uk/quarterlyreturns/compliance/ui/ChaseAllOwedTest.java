package uk.quarterlyreturns.compliance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.quarterlyreturns.support.SqlStatements.reading;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.QueryParameters;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.mail.MailServer;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.chasing.ChaseArrivals;
import uk.quarterlyreturns.chasing.Chasing;
import uk.quarterlyreturns.chasing.DeadlineExtensions;
import uk.quarterlyreturns.compliance.ComplianceService;
import uk.quarterlyreturns.compliance.ReturnCompliance;
import uk.quarterlyreturns.framework.FigureImport;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.returns.DeadlineExtension;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.AcceptedReturn;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.SqlStatements;
import uk.quarterlyreturns.support.ViewTest;

/**
 * "Chase all late" chases every return owed past the deadline: not yet in, and sent back or reopened and not yet in
 * again, each of which the service owes as much. The preview says which is which, with the comment or reason the
 * service's email gives. A return in and with the performance team or its director is owed nothing and left out.
 */
class ChaseAllOwedTest extends ViewTest {

    private static final String REASON = "RH-1 was typed as 85; the service's own log says 58";
    private static final String COMMENT = "RH-1 rose by 20 points: say what changed in the count";

    @Autowired ApplicationContext context;
    @Autowired ReturnWorkflow workflow;
    @Autowired ComplianceService compliance;
    @Autowired FigureImport figures;
    @Autowired JdbcClient jdbc;
    @Autowired RuntimeService runtime;
    @Autowired ReturnRepository returns;
    @Autowired Chasing chasing;
    @Autowired ChaseArrivals arrivals;
    @Autowired MailServer mailServer;
    @Autowired PeopleService people;
    @Autowired DeadlineExtensions extensions;

    private long cycle;
    private final List<Long> deputies = new ArrayList<>();

    @AfterEach
    void endTheCycle() {
        OpenedCycles.end(runtime, returns, cycle);
        if (!deputies.isEmpty()) {
            jdbc.sql("update delegation set withdrawn = true where id in (:ids)").param("ids", deputies).update();
        }
    }

    @Test
    void aReturnReopenedAfterTheDeadlineIsChasedWithTheLateOnesAndThePreviewGivesWhy() throws Exception {
        ServiceReturn housing = AcceptedReturn.housing(context, ReportingYear.labelOf(4140));
        cycle = housing.cycleId();
        workflow.reopen(housing.id(), "perf", REASON);
        AcceptedReturn.awaitStep(context, housing.id(), ReturnProcess.TASK_COMPLETE_RETURN);
        deadlineGoneBy();
        signIn("perf");
        openCompliance();

        assertThat(_find(Button.class, s -> s.withText("Chase all late (2)"))).as("Highways, not in, and Housing")
                .hasSize(1);
        _setValue(_get(Checkbox.class, s -> s.withLabel("Late only")), true);
        ComplianceGrid grid = _get(ComplianceGrid.class);
        assertThat(GridKt._size(grid)).as("late only lists what the chase takes").isEqualTo(2);
        assertThat(List.of(0, 1)).extracting(row -> String.join(" | ", GridKt._getFormattedRow(grid, row)))
                .as("in (late, the deadline moved before it), and owed again").anyMatch(row -> row.contains("Housing")
                        && row.contains("In late; reopened"));
        _click(_get(Button.class, s -> s.withText("Chase the late ones listed (2)")));
        ChaseDialog dialog = _get(ChaseDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Chase 2 late services");
        assertThat(dialog.getElement().getTextRecursively()).contains("1 not yet in")
                .contains("1 reopened for correction, not yet submitted again: Housing (“" + REASON + "”)");

        assertThat(new ObjectMapper().readTree(new Api(url(""), "perf", "demo").get("/api/years/4140-41/quarters/2"
                + "/compliance").getBody()).get("returns")).as("the API marks the same two")
                .allSatisfy(r -> assertThat(r.get("owedLate").asBoolean()).isTrue())
                .anySatisfy(r -> assertThat(r.get("overdue").asBoolean()).as("Housing was in").isFalse());
        var figures = compliance.forCycle(cycle);
        TabularFile sheet = TabularFile.read(ComplianceWorkbook.xlsx(figures.returns(), figures.deadline()), "c.xlsx");
        assertThat(sheet.rows()).as("and the spreadsheet").hasSize(2)
                .allSatisfy(r -> assertThat(r.get("owed_late")).isEqualToIgnoringCase("true"));

        _click(_get(dialog, Button.class, s -> s.withText("Send chase")));
        assertThat(NotificationsKt.getNotifications()).singleElement()
                .satisfies(n -> assertThat(n.getElement().getProperty("text")).startsWith("Chased 2 services: "));
        assertThat(compliance.forCycle(cycle).returns()).extracting(ReturnCompliance::remindersSent)
                .containsOnly(1);
    }

    @Test
    void aReturnSentBackIsChasedWithTheLateOnesAndOneAwaitingSignOffIsNot() {
        String year = ReportingYear.labelOf(4141);
        List<ServiceReturn> issued = AcceptedReturn.issued(context, year);
        ServiceReturn housing = of(issued, "Housing");
        ServiceReturn highways = of(issued, "Highways and Streetscene");
        cycle = housing.cycleId();
        AcceptedReturn.awaitStep(context, housing.id(), ReturnProcess.TASK_COMPLETE_RETURN);
        AcceptedReturn.awaitStep(context, highways.id(), ReturnProcess.TASK_COMPLETE_RETURN);
        figures.importValues(year, 2, AcceptedReturn.csv("code,value\nRH-1,85\nRH-2,90\n"), "perf");
        workflow.submit(highways.id(), "dir.highways");
        workflow.submit(housing.id(), "data.housing");
        AcceptedReturn.awaitStep(context, housing.id(), ReturnProcess.TASK_SIGN_OFF);
        workflow.signOff(housing.id(), "dir.housing");
        AcceptedReturn.awaitStep(context, housing.id(), ReturnProcess.TASK_QUALITY_CHECK);
        workflow.sendBackByPerformanceTeam(housing.id(), "perf", COMMENT);
        AcceptedReturn.awaitStep(context, housing.id(), ReturnProcess.TASK_COMPLETE_RETURN);
        deadlineGoneBy();
        signIn("perf");
        openCompliance();

        _click(_get(Button.class, s -> s.withText("Chase all late (1)")));
        ChaseDialog dialog = _get(ChaseDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Chase Housing");
        assertThat(_get(dialog, Pre.class).getText()).contains("Sent back for rework: " + COMMENT);
    }

    /**
     * The page lists Highways late; a colleague extends its deadline to next week; then "Chase all late" is sent from
     * the page read before: Highways is late no more, so it is left out and named, and only Housing is chased. It was
     * chased as late, as the page had read it.
     */
    @Test
    void aReturnExtendedAfterThePageWasReadIsNotChasedAsLate() {
        List<ServiceReturn> issued = AcceptedReturn.issued(context, ReportingYear.labelOf(6055));
        ServiceReturn housing = of(issued, "Housing");
        ServiceReturn highways = of(issued, "Highways and Streetscene");
        cycle = housing.cycleId();
        deadlineGoneBy();
        signIn("perf");
        openCompliance();
        _click(_get(Button.class, s -> s.withText("Chase all late (2)")));
        ChaseDialog dialog = _get(ChaseDialog.class);

        Instant nextWeek = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.MINUTES);
        extensions.extend(highways.id(), people.find("perf").orElseThrow(), nextWeek, "Its data comes on the 25th",
                null);
        _click(_get(dialog, Button.class, s -> s.withText("Send chase")));

        assertThat(NotificationsKt.getNotifications()).singleElement()
                .satisfies(n -> assertThat(n.getElement().getProperty("text")).startsWith("Chased 1 service: ")
                        .endsWith("Highways and Streetscene's return is not late now: its deadline is "
                                + DeadlineExtension.when(nextWeek) + " (extended), after the page was read, so it was"
                                + " not chased as late"));
        assertThat(chasing.remindersSent(highways.id())).isZero();
        assertThat(chasing.remindersSent(housing.id())).isEqualTo(1);
    }

    /**
     * The dialog asks whom each return's chase reaches, for all at once: a chase of two sends the database the same
     * statements as a chase of one, reading the people and deputies as often (the statements, not the database's
     * scans, which follow its plans and the rows there are).
     */
    @Test
    void theDialogReadsWhomEachChaseReachesOnceHoweverManyItChases() {
        List<ServiceReturn> issued = AcceptedReturn.issued(context, ReportingYear.labelOf(4142));
        cycle = issued.get(0).cycleId();
        deadlineGoneBy();
        signIn("perf");
        List<ReturnCompliance> rows = compliance.forCycle(cycle).returns();
        assertThat(rows).hasSize(2);
        // A chase reaches the services' deputies for the day, whose people are read only when there are some: each
        // service has one here, as another test may have left one for either, so that a chase of one reads them too.
        for (ServiceReturn r : issued) {
            deputies.add(jdbc.sql("""
                    insert into delegation (service_id, deputy, starts_on, ends_on, created_by)
                    values (:s, 'dir.economy', :on, :on, 'admin') returning id""").param("s", r.serviceId())
                    .param("on", java.sql.Date.valueOf(LocalDate.now(LondonTime.ZONE))).query(Long.class).single());
        }

        List<String> one = statementsOfADialog(rows.subList(0, 1));
        List<String> two = statementsOfADialog(rows);

        assertThat(two).as("statements of a chase of two").hasSameSizeAs(one);
        assertThat(reading("app_user", two)).as("reads of people").isEqualTo(reading("app_user", one)).isPositive();
        assertThat(reading("delegation", two)).as("reads of deputies").isEqualTo(reading("delegation", one))
                .isPositive();
    }

    private List<String> statementsOfADialog(List<ReturnCompliance> targets) {
        Person sender = people.find("perf").orElseThrow();
        return SqlStatements.of(() -> new ChaseDialog(chasing, arrivals, mailServer, sender, targets, summary -> { }));
    }

    /** The deadline gone by, without waiting for it (its timers stay where they were: no chase goes by itself). */
    private void deadlineGoneBy() {
        jdbc.sql("update cycle set submission_deadline = :d where id = :c")
                .param("d", Timestamp.from(Instant.now().minus(Duration.ofDays(1)))).param("c", cycle).update();
    }

    private void openCompliance() {
        UI.getCurrent().navigate("compliance", QueryParameters.of(ComplianceView.CYCLE_PARAMETER,
                String.valueOf(cycle)));
    }

    private static ServiceReturn of(List<ServiceReturn> returns, String service) {
        return returns.stream().filter(r -> r.serviceName().equals(service)).findFirst().orElseThrow();
    }
}
