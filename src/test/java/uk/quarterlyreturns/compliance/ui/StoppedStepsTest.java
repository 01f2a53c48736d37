package uk.quarterlyreturns.compliance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.compliance.StoppedSteps;
import uk.quarterlyreturns.compliance.StoppedStepsTold;
import uk.quarterlyreturns.compliance.StoppedSteps.StoppedStep;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleProcess;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.CycleStatus;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.TestMailServer;
import uk.quarterlyreturns.support.ViewTest;

/**
 * A cycle's step that fails every time it is tried (here the report's compilation, refused by the database) is said
 * to the performance team on the compliance screen, with what it failed with; "Try again" sends it on once the fault
 * is mended, and is kept. The performance team is mailed of it, once. Nobody else is told, or may try it; the
 * compliance API tells whom the screen tells. A
 * return's step (its notice) is said as its service's, and tried again through the API.
 */
class StoppedStepsTest extends ViewTest {

    private static final int YEAR = 5972;
    private static final String REFUSAL = "the report store is full";
    private static final String PERF = "perf@demo.council.test";

    @Autowired
    ApplicationContext context;
    @Autowired
    StoppedSteps stopped;
    @Autowired
    StoppedStepsTold told;
    @Autowired
    CycleRepository cycles;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aReportThatCannotCompileIsSaidToThePerformanceTeamAndCompilesWhenTriedAgain() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, YEAR);
        long cycleId = scenario.cycle.id();
        refuseReports(cycleId);
        try {
            scenario.completeAndAccept();
            Await.until("the compilation stopped", ReturnScenario.WAIT, () -> !stopped.of(cycleId).isEmpty());
            StoppedStep step = stopped.of(cycleId).get(0);
            assertThat(step.activityId()).isEqualTo(CycleProcess.TASK_COMPILE_REPORT);
            assertThat(step.failure()).contains(REFUSAL);

            assertThat(told.tell()).as("the performance team mailed of it").contains(step);
            assertThat(told.tell()).as("once").doesNotContain(step);
            String subject = "Q2 " + scenario.year.replace('-', '/') + " cycle: 1 step stopped";
            assertThat(TestMailServer.body(TestMailServer.awaitReceived(PERF, subject)))
                    .contains("Compiling the report: last failed").contains(REFUSAL)
                    .contains("/compliance?cycle=" + cycleId);

            String path = "/api/years/" + scenario.year + "/quarters/2/compliance";
            JsonNode figures = json.readTree(new Api(url(""), "perf", "demo").get(path).getBody());
            assertThat(figures.get("stoppedSteps")).singleElement().satisfies(s -> {
                assertThat(s.get("step").asText()).isEqualTo("Compiling the report");
                assertThat(s.get("service").isNull()).isTrue();
                assertThat(s.get("failure").asText()).contains(REFUSAL);
            });
            assertThat(json.readTree(new Api(url(""), "sd.economy", "demo").get(path).getBody()).get("stoppedSteps")
                    .isNull()).isTrue();

            signIn("sd.economy"); // can do nothing about it: not told
            open("compliance");
            choose(scenario.cycle);
            assertThat(_find(Div.class, s -> s.withClasses("stopped-step"))).isEmpty();

            newSession();
            signIn("perf");
            open("compliance");
            choose(scenario.cycle);
            Div note = _get(Div.class, s -> s.withClasses("stopped-step"));
            assertThat(note.getElement().getTextRecursively()).startsWith("Compiling the report stopped: ")
                    .contains(REFUSAL).contains("It waits until it is tried again");

            assertThatThrownBy(() -> stopped.tryAgain(cycleId, step.incidentId(), "dir.housing"))
                    .isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> stopped.tryAgain(otherCycle(cycleId), step.incidentId(), "perf"))
                    .as("a step is tried only as a step of its own cycle").isInstanceOf(IllegalStateException.class);
            assertThat(management.createJobQuery().jobId(step.jobId()).noRetriesLeft().count())
                    .as("neither refusal tried it").isEqualTo(1);

            allowReports();
            _click(_get(note, Button.class, s -> s.withText(StoppedStepNotes.TRY_AGAIN)));
            assertThat(NotificationsKt.getNotifications()).last().satisfies(n -> assertThat(
                    n.getElement().getProperty("text")).startsWith("Compiling the report will be tried again"));
            Await.until("the report compiled", ReturnScenario.WAIT, () -> cycles.find(cycleId).orElseThrow().status()
                    == CycleStatus.AWAITING_APPROVAL);
        } finally {
            allowReports();
        }
        assertThat(stopped.of(cycleId)).isEmpty();
        choose(cycles.find(cycleId).orElseThrow());
        assertThat(_find(Div.class, s -> s.withClasses("stopped-step"))).isEmpty();
        List<StoppedSteps.Retry> retries = stopped.retries(cycleId);
        assertThat(retries).singleElement().satisfies(r -> {
            assertThat(r.step()).isEqualTo(CycleProcess.TASK_COMPILE_REPORT);
            assertThat(r.by()).isEqualTo("Performance Officer");
        });
        assertThatThrownBy(() -> stopped.tryAgain(cycleId, "no-such-incident", "perf"))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("That step is no longer stopped");
    }

    @Test
    void aNoticeThatCannotBeWrittenIsSaidAsTheServicesAndGoesWhenTriedAgain() throws Exception {
        String label = ReportingYear.labelOf(YEAR + 1);
        jdbc.sql("create or replace function refuse_notice_" + (YEAR + 1) + "() returns trigger language plpgsql as $$"
                + " begin if exists (select 1 from cycle c join reporting_year y on y.id = c.year_id"
                + " where c.id = new.cycle_id and y.label = '" + label + "') then raise exception 'the outbox is full';"
                + " end if; return new; end $$").update();
        jdbc.sql("create trigger refuse_notice_" + (YEAR + 1) + " before insert on outbox_message for each row"
                + " execute function refuse_notice_" + (YEAR + 1) + "()").update();
        ReturnScenario scenario;
        try {
            scenario = ReturnScenario.open(context, YEAR + 1);
            long cycleId = scenario.cycle.id();
            Await.until("the notice stopped", ReturnScenario.WAIT, () -> !stopped.of(cycleId).isEmpty());
            assertThat(stopped.of(cycleId)).singleElement().satisfies(step -> {
                assertThat(step.activityId()).isEqualTo(ReturnProcess.TASK_NOTIFY_SERVICE);
                assertThat(step.returnId()).isEqualTo(scenario.housing.id());
            });
            signIn("perf");
            open("compliance");
            choose(scenario.cycle);
            Div note = _get(Div.class, s -> s.withClasses("stopped-step"));
            assertThat(note.getElement().getTextRecursively()).startsWith("The notice to Housing stopped: ")
                    .contains("the outbox is full");
            dropNoticeRefusal();
            String path = "/api/years/" + scenario.year + "/quarters/2/stopped-steps/";
            String id = stopped.of(cycleId).get(0).incidentId();
            assertThat(new Api(url(""), "dir.housing", "demo").postJson(path + id + "/try-again", "")
                    .getStatusCode().value()).isEqualTo(403);
            var tried = new Api(url(""), "perf", "demo").postJson(path + id + "/try-again", "");
            assertThat(tried.getStatusCode().value()).as(tried.getBody()).isEqualTo(200);
            assertThat(json.readTree(tried.getBody()).get("step").asText()).isEqualTo("The notice to Housing");
            var again = new Api(url(""), "perf", "demo").postJson(path + id + "/try-again", "");
            assertThat(again.getStatusCode().value()).as("once tried, not stopped: said so").isEqualTo(409);
        } finally {
            dropNoticeRefusal();
        }
        Await.until("the notice sent", ReturnScenario.WAIT, () -> ReturnScenario.noticeSent(runtime,
                scenario.housing.id()));
        assertThat(stopped.of(scenario.cycle.id())).isEmpty();
        assertThat(stopped.retries(scenario.cycle.id())).singleElement()
                .satisfies(r -> assertThat(r.returnId()).isEqualTo(scenario.housing.id()));
    }

    private void dropNoticeRefusal() {
        jdbc.sql("drop trigger if exists refuse_notice_" + (YEAR + 1) + " on outbox_message").update();
        jdbc.sql("drop function if exists refuse_notice_" + (YEAR + 1) + "()").update();
    }

    /** Someone else signs in, in a browser of their own. */
    private void newSession() {
        MockVaadin.tearDown();
        MockVaadin.setup(UI::new, new MockSpringServlet(routes(), context, UI::new));
    }

    private long otherCycle(long cycleId) {
        // an earlier test's, or one that is not there: either way not the step's
        return cycles.all().stream().mapToLong(Cycle::id).filter(id -> id != cycleId).findFirst()
                .orElse(cycleId + 1_000_000);
    }

    /** The database refuses this cycle's report, as a full disk or a broken constraint would. */
    private void refuseReports(long cycleId) {
        jdbc.sql("create or replace function refuse_report_" + YEAR + "() returns trigger language plpgsql as $$"
                + " begin raise exception '" + REFUSAL + "'; end $$").update();
        jdbc.sql("create trigger refuse_report_" + YEAR + " before insert on report_version for each row when"
                + " (new.cycle_id = " + cycleId + ") execute function refuse_report_" + YEAR + "()").update();
    }

    private void allowReports() {
        jdbc.sql("drop trigger if exists refuse_report_" + YEAR + " on report_version").update();
        jdbc.sql("drop function if exists refuse_report_" + YEAR + "()").update();
    }

    @SuppressWarnings("unchecked")
    private static void choose(Cycle cycle) {
        Select<Cycle> select = _get(Select.class, s -> s.withLabel("Cycle"));
        _setValue(select, select.getListDataView().getItems().filter(c -> c.id() == cycle.id()).findFirst()
                .orElseThrow());
    }
}
