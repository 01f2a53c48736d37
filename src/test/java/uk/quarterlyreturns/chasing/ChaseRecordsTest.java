package uk.quarterlyreturns.chasing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.compliance.ComplianceFigures;
import uk.quarterlyreturns.compliance.ComplianceService;
import uk.quarterlyreturns.compliance.ReturnCompliance;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleService;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.EngineJobs;
import uk.quarterlyreturns.support.OpenedCycles;

/**
 * What is recorded when a return is chased, and how the screens count it: a Q1 cycle of a year of the test's
 * own (21 July, the deadline, a Monday) for one service of a directorate of its own, which has no strategic
 * director.
 */
class ChaseRecordsTest extends ApplicationTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ChasePolicy NO_REMINDERS = ChasePolicy.parse("", LocalTime.of(9, 0), 5, 5);

    @Autowired FrameworkImport imports;
    @Autowired Organisation organisation;
    @Autowired PeopleService people;
    @Autowired CycleService cycles;
    @Autowired ReturnRepository returns;
    @Autowired RuntimeService runtime;
    @Autowired Chasing chasing;
    @Autowired ReturnMailer mailer;
    @Autowired ComplianceService compliance;
    @Autowired JdbcClient jdbc;

    private Cycle cycle;

    /** The clock moves on: the chases of cycles that tests before this one left open must not all run now. */
    @BeforeEach
    void noCycleLeftRunning() {
        OpenedCycles.endThoseLeftRunning(runtime);
    }

    @AfterEach
    void endProcessesAndRealTime() {
        if (cycle != null) {
            OpenedCycles.end(runtime, returns, cycle.id());
        }
        ClockUtil.reset();
    }

    @Test
    void eachChaseByHandCountsOnceHoweverManyItWentTo() throws Exception {
        ServiceReturn r = open(2617);
        Person perf = people.find("perf").orElseThrow();
        assertThat(chasing.chaseByHand(r.id(), perf, "Please send it")).isEqualTo(2); // director and data officer
        Thread.sleep(5); // a chase is known by its moment, to the millisecond
        chasing.chaseByHand(r.id(), perf, "Please send it today");

        ReturnCompliance row = compliance.forCycle(cycle.id()).returns().get(0);
        assertThat(row.remindersSent()).isEqualTo(2);
        assertThat(chasing.remindersSent(r.id())).isEqualTo(2);
        assertThat(returnsApi(2617).get("remindersSent").asInt()).isEqualTo(2);
    }

    @Test
    void theOverdueNoticeIsAnEscalationOnEveryScreen() {
        ServiceReturn r = open(2623);
        at(2623, 7, 21, 17, 5);
        awaitChase(r, "OVERDUE");

        JsonNode compliance = body(new Api(url(""), "perf", "demo")
                .get("/api/years/" + ReportingYear.labelOf(2623) + "/quarters/1/compliance")).get("returns").get(0);
        assertThat(returnsApi(2623).get("escalationsSent").asInt()).isEqualTo(compliance.get("escalations").asInt())
                .isEqualTo(1);
    }

    @Test
    void anEscalationWithNoStrategicDirectorGoesToThePerformanceTeamAndIsRecorded() {
        ServiceReturn r = open(2628);
        // Five working days after Monday 21 July 17:00: Monday 28 July 17:00.
        at(2628, 7, 28, 17, 5);
        awaitChase(r, "ESCALATION_STRATEGIC");

        assertThat(jdbc.sql("select recipient from chase where return_id = :r and kind = 'ESCALATION_STRATEGIC'")
                .param("r", r.id()).query(String.class).list()).contains("perf")
                .allMatch(u -> people.find(u).orElseThrow().has(Role.PERFORMANCE_TEAM));
        String body = jdbc.sql("""
                select body_text from outbox_message
                where return_id = :r and kind = 'ESCALATION_STRATEGIC' and recipient = 'perf@demo.council.test'""")
                .param("r", r.id()).query(String.class).single();
        assertThat(body).contains("no strategic director", directorate(2628));
        assertThat(compliance.forCycle(cycle.id()).returns().get(0).escalations()).isEqualTo(2);

        // Five working days on, Monday 4 August 17:00: the chief executive is told who was told before.
        at(2628, 8, 4, 17, 5);
        awaitChase(r, "ESCALATION_CHIEF_EXECUTIVE");
        String chiefExecutive = jdbc.sql("""
                select body_text from outbox_message
                where return_id = :r and kind = 'ESCALATION_CHIEF_EXECUTIVE' and recipient = 'ceo@demo.council.test'""")
                .param("r", r.id()).query(String.class).single();
        assertThat(chiefExecutive).doesNotContain("Strategic director already told")
                .doesNotContain("escalated to the directorate's strategic director")
                .contains("Escalated before to: the performance team, as no strategic director of the "
                        + directorate(2628) + " directorate could be reached");
    }

    @Test
    void theOverdueNoticeSaysThePerformanceTeamIsToldNextWhenThereIsNoStrategicDirector() {
        ServiceReturn r = open(2651);
        at(2651, 7, 21, 17, 5);
        awaitChase(r, "OVERDUE");

        String body = body(r, "OVERDUE", "perf@demo.council.test");
        assertThat(body).doesNotContain("strategic director will")
                .doesNotContain("escalated to the directorate's strategic director")
                .contains("it will be escalated to the performance team, as the " + directorate(2651)
                        + " directorate has no strategic director who can be reached");
    }

    @Test
    void theOverdueNoticeNamesTheStrategicDirectorToldNext() {
        ServiceReturn r = open(2656);
        Organisation.ServiceUnit unit = organisation.findService(service(2656)).orElseThrow();
        person("strategic.2656", "Morgan Reed", "strategic.2656@unwatched.council.test", Role.STRATEGIC_DIRECTOR,
                null, unit.directorateId(), true);
        at(2656, 7, 21, 17, 5);
        awaitChase(r, "OVERDUE");

        assertThat(body(r, "OVERDUE", "perf@demo.council.test"))
                .contains("it will be escalated to Morgan Reed (strategic director)");
    }

    @Test
    void aReminderAndOverdueNoticeForAServiceNobodyCanBeMailedReachThePerformanceTeamAndAreRecorded() {
        // Thursday 21 July 17:00; one reminder a day before, Wednesday 20 July 09:00.
        ServiceReturn r = open(2653, ChasePolicy.parse("1", LocalTime.of(9, 0), 5, 5), false);
        at(2653, 7, 20, 9, 5);
        awaitChase(r, "REMINDER");

        assertThat(jdbc.sql("select recipient from chase where return_id = :r and kind = 'REMINDER'")
                .param("r", r.id()).query(String.class).list()).contains("perf")
                .allMatch(u -> people.find(u).orElseThrow().has(Role.PERFORMANCE_TEAM));
        assertThat(body(r, "REMINDER", "perf@demo.council.test")).contains("This reminder comes to the performance"
                + " team because nobody in the " + service(2653) + " service has an email address");
        assertThat(compliance.forCycle(cycle.id()).returns().get(0).remindersSent()).isEqualTo(1);
        JsonNode chases = returnsApi(2653).get("chases");
        assertThat(chases).anyMatch(c -> c.get("kind").asText().equals("REMINDER")
                && c.get("recipient").asText().equals("perf"));

        at(2653, 7, 21, 17, 5);
        awaitChase(r, "OVERDUE");
        assertThat(body(r, "OVERDUE", "perf@demo.council.test")).contains("This notice reached only the performance"
                + " team: the " + service(2653) + " service has no service director with an email address")
                .contains("Nobody in the service has been told.").doesNotContain("The service has been told too");
    }

    @Test
    void lastChasedIsTheLastChaseOnTheScreenAndBothApisNotAnyOtherMail() {
        ServiceReturn r = open(2654);
        at(2654, 7, 2, 10, 0);
        chasing.chaseByHand(r.id(), people.find("perf").orElseThrow(), "Please send it");
        Instant chased = jdbc.sql("select max(sent_at) from chase where return_id = :r and kind = 'CHASE'")
                .param("r", r.id()).query(java.sql.Timestamp.class).single().toInstant();
        // A day later the service is told of something else about its return: that is no chase.
        at(2654, 7, 3, 10, 0);
        mailer.send(uk.quarterlyreturns.base.mail.templates.MailKind.SENT_BACK, returns.find(r.id()).orElseThrow(),
                cycle, people.serviceStaff(r.serviceId()),
                new ReturnMailer.About("SENT_BACK", "perf", "Please add the reasons", null, null, null, null, 0));

        assertThat(compliance.forCycle(cycle.id()).returns().get(0).lastChased()).isEqualTo(chased);
        JsonNode complianceApi = body(new Api(url(""), "perf", "demo")
                .get("/api/years/" + ReportingYear.labelOf(2654) + "/quarters/1/compliance")).get("returns").get(0);
        assertThat(Instant.parse(complianceApi.get("lastChased").asText())).isEqualTo(chased);
        assertThat(Instant.parse(returnsApi(2654).get("lastChased").asText())).isEqualTo(chased);
    }

    @Test
    void theComplianceApiGivesEveryFigureTheScreenShows() {
        ServiceReturn r = open(2655);
        at(2655, 7, 22, 9, 0);
        awaitChase(r, "OVERDUE");

        JsonNode api = body(new Api(url(""), "perf", "demo")
                .get("/api/years/" + ReportingYear.labelOf(2655) + "/quarters/1/compliance"));
        ComplianceFigures screen = compliance.forCycle(cycle.id()).figures();
        assertThat(api.get("in").asInt()).isEqualTo(screen.in()).isZero();
        assertThat(api.get("overdue").asInt()).isEqualTo(screen.overdue()).isEqualTo(1);
        assertThat(api.get("sentBack").asInt()).isEqualTo(screen.sentBack()).isZero();
        assertThat(api.get("returns").get(0).get("chaseable").asBoolean()).isTrue();
    }

    @Test
    void theComplianceTableNamesTheDirectorWhoCanBeToldNotOneWhoHasLeft() {
        ServiceReturn r = open(2657);
        Organisation.ServiceUnit unit = organisation.findService(service(2657)).orElseThrow();
        person("left.2657", "Former Director", "left.2657@unwatched.council.test", Role.SERVICE_DIRECTOR, unit.id(),
                unit.directorateId(), false);

        assertThat(compliance.forCycle(cycle.id()).returns().get(0).director())
                .isEqualTo("Person unwatched.service_director.2657");
        at(2657, 7, 21, 17, 5);
        awaitChase(r, "OVERDUE");
        assertThat(body(r, "OVERDUE", "perf@demo.council.test"))
                .contains("Service director: Person unwatched.service_director.2657");
    }

    @Test
    void theFirstEscalationNamesTheChiefExecutiveToldNext() {
        ServiceReturn r = open(2658);
        // Five working days after Wednesday 21 July 17:00: Wednesday 28 July 17:00; five more, 4 August (BST).
        at(2658, 7, 28, 17, 5);
        awaitChase(r, "ESCALATION_STRATEGIC");

        String chiefExecutive = people.find("ceo").orElseThrow().displayName();
        assertThat(body(r, "ESCALATION_STRATEGIC", "perf@demo.council.test"))
                .contains("If the return is still overdue on Wednesday 4 August 2658, 17:00, it will be escalated to "
                        + chiefExecutive + " (chief executive).");
    }

    private String body(ServiceReturn r, String kind, String recipient) {
        return jdbc.sql("""
                select body_text from outbox_message where return_id = :r and kind = :k and recipient = :to""")
                .param("r", r.id()).param("k", kind).param("to", recipient).query(String.class).single();
    }

    private ServiceReturn open(int startYear) {
        return open(startYear, NO_REMINDERS, true);
    }

    /**
     * Opens the year's Q1 cycle on 1 July 09:00 (deadline 21 July 17:00) and returns its one return, issued to a
     * director and a data officer, with or without email addresses.
     */
    private ServiceReturn open(int startYear, ChasePolicy policy, boolean staffHaveEmail) {
        String year = ReportingYear.labelOf(startYear);
        at(startYear, 7, 1, 9, 0);
        String csv = "code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,floor,"
                + "tolerance_pct,rag_scheme\n"
                + "U-" + startYear + ",Visits made,\"" + directorate(startYear) + "\",\"" + service(startYear)
                + "\",Ambitious,COUNT,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,50,,,FIVE_POINT\n";
        imports.importMeasures(year, TabularFile.read(csv.getBytes(StandardCharsets.UTF_8), "framework.csv"));
        Organisation.ServiceUnit unit = organisation.findService(service(startYear)).orElseThrow();
        for (Role role : List.of(Role.SERVICE_DIRECTOR, Role.DATA_OFFICER)) {
            String username = "unwatched." + role.name().toLowerCase() + "." + startYear;
            person(username, "Person " + username, staffHaveEmail ? username + "@unwatched.council.test" : null, role,
                    unit.id(), unit.directorateId(), true);
        }
        cycle = cycles.open(year, 1, london(startYear, 7, 21, 17, 0), london(startYear, 8, 1, 9, 0), policy, "perf");
        Await.until("the return issued and waiting for its first chase", WAIT,
                () -> returns.forCycle(cycle.id()).size() == 1 && runtime.createExecutionQuery()
                        .processInstanceBusinessKey(ReturnProcess.businessKey(returns.forCycle(cycle.id()).get(0).id()))
                        .activityId("waitForNextChase").count() > 0);
        return returns.forCycle(cycle.id()).get(0);
    }

    private void person(String username, String name, String email, Role role, Long serviceId, long directorateId,
            boolean enabled) {
        people.create(new Person(username, name, email, EnumSet.of(role), serviceId, directorateId, enabled, false,
                false), "a-long-password");
    }

    private void awaitChase(ServiceReturn r, String kind) {
        Await.until(kind + " recorded", WAIT, () -> jdbc.sql(
                "select count(*) from chase where return_id = :r and kind = :k").param("r", r.id()).param("k", kind)
                .query(Long.class).single() > 0);
    }

    private JsonNode returnsApi(int startYear) {
        return body(new Api(url(""), "perf", "demo")
                .get("/api/years/" + ReportingYear.labelOf(startYear) + "/quarters/1/returns")).get(0);
    }

    private static JsonNode body(org.springframework.http.ResponseEntity<String> response) {
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        try {
            return new ObjectMapper().readTree(response.getBody());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String directorate(int startYear) {
        return "Unwatched Directorate " + startYear;
    }

    private static String service(int startYear) {
        return "Unwatched Service " + startYear;
    }

    /** A running clock from that London time on: timers come due as the job executor looks. */
    private static void at(int year, int month, int day, int hour, int minute) {
        ClockUtil.offset(london(year, month, day, hour, minute).toEpochMilli() - System.currentTimeMillis());
        EngineJobs.wake();
    }

    private static Instant london(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, ReportingYear.LONDON).toInstant();
    }
}
