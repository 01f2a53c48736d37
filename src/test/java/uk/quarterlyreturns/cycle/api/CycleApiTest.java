package uk.quarterlyreturns.cycle.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ResponseEntity;
import uk.quarterlyreturns.cycle.ChaseDefaults;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.framework.KeyActionRepository;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.framework.YearRepository;
import org.camunda.bpm.engine.RuntimeService;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * The cycle API (open a quarter's cycle, read its state) and the returns API (each service's return with
 * its timeliness and chases), over HTTP as the performance team. Years 2470 on, and 4120 to 4124, are this class's
 * own.
 */
class CycleApiTest extends ApplicationTest {

    private final ObjectMapper json = new ObjectMapper();
    @Autowired
    private ApplicationContext context;
    private Api perf;

    @BeforeEach
    void signIn() {
        perf = new Api(url(""), "perf", "demo");
    }

    @Test
    void aCycleOpenedThroughTheApiIssuesItsReturnsWhichAreChasedAndReported() throws Exception {
        String year = importFramework(2470);
        // A deadline already past: the Housing return is overdue as soon as it is issued.
        LocalDateTime deadline = LocalDateTime.now(ReportingYear.LONDON).minusHours(1).truncatedTo(ChronoUnit.MINUTES);
        ResponseEntity<String> opened = perf.postJson(cyclePath(year, 2), """
                {"deadline": "%s", "compilationDate": "%s", "reminderDays": [3, 1], "reminderTime": "08:30",
                 "graceWorkingDays": 10, "secondEscalationWorkingDays": 4, "beforeQuarterEnds": true,
                 "deadlinePassed": true}""".formatted(deadline, deadline.plusDays(20)));
        assertThat(opened.getStatusCode().value()).as(opened.getBody()).isEqualTo(201);
        assertThat(opened.getHeaders().getLocation()).hasToString(cyclePath(year, 2));

        JsonNode cycle = read(perf.get(cyclePath(year, 2)), 200);
        assertThat(cycle.get("status").asText()).isEqualTo("OPEN");
        assertThat(cycle.get("name").asText()).isEqualTo("Q2 2470/71");
        assertThat(cycle.get("openedBy").asText()).isEqualTo("perf");
        assertThat(Instant.parse(cycle.get("deadline").asText()))
                .isEqualTo(deadline.atZone(ReportingYear.LONDON).toInstant());
        assertThat(cycle.get("reminderDays").toString()).isEqualTo("[3,1]");
        assertThat(cycle.get("reminderTime").asText()).isEqualTo("08:30");
        assertThat(cycle.get("graceWorkingDays").asInt()).isEqualTo(10);
        assertThat(cycle.get("secondEscalationWorkingDays").asInt()).isEqualTo(4);

        Await.until("the overdue notice for the Housing return", ReturnScenario.WAIT,
                () -> housing(year, 2).get("escalationsSent").asInt() == 1);
        JsonNode housing = housing(year, 2);
        assertThat(housing.get("status").asText()).isEqualTo("NOT_STARTED");
        assertThat(housing.get("submission").asText()).isEqualTo("NOT_IN");
        assertThat(housing.get("overdue").asBoolean()).isTrue();
        assertThat(housing.get("remindersSent").asInt()).isZero();
        List<String> steps = new ArrayList<>();
        housing.get("chases").forEach(c -> steps.add(c.get("step").asText() + " " + c.get("recipient").asText()));
        assertThat(steps).contains("OVERDUE dir.housing", "OVERDUE perf").doesNotHaveDuplicates()
                .allMatch(s -> s.startsWith("OVERDUE "));
        assertThat(housing.get("lastChased").isNull()).isFalse();

        enterQ2Values(year);
        context.getBean(ReturnWorkflow.class).submit(housing.get("id").asLong(), "data.housing");
        context.getBean(ReturnWorkflow.class).signOff(housing.get("id").asLong(), "dir.housing");
        JsonNode late = housing(year, 2);
        assertThat(late.get("status").asText()).isEqualTo("SIGNED_OFF");
        assertThat(late.get("submission").asText()).isEqualTo("LATE");
        assertThat(late.get("overdue").asBoolean()).isFalse();
        assertThat(late.get("submittedBy").asText()).isEqualTo("data.housing");
        assertThat(late.get("signedOffBy").asText()).isEqualTo("dir.housing");
        assertThat(Instant.parse(late.get("signedOffAt").asText())).isAfter(deadline.atZone(ReportingYear.LONDON)
                .toInstant());
    }

    @Test
    void aReturnInBeforeTheDeadlineIsOnTimeAndTheDefaultScheduleApplies() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2471);
        scenario.enter("HF-1", 2, "85");
        scenario.enter("HF-2", 2, "55");
        scenario.keyActionOnTrack(2);
        context.getBean(ReturnWorkflow.class).submit(scenario.housing.id(), "data.housing");
        JsonNode housing = housing(scenario.year, 2);
        assertThat(housing.get("submission").asText()).isEqualTo("ON_TIME");
        assertThat(housing.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(housing.get("signedOffAt").isNull()).isTrue();
        assertThat(housing.get("chases")).isEmpty();

        String year = importFramework(2472);
        ZonedDateTime deadline = ZonedDateTime.now(ReportingYear.LONDON).plusDays(20).truncatedTo(ChronoUnit.MINUTES);
        ChasePolicy defaults = context.getBean(ChaseDefaults.class).current();
        JsonNode cycle = read(perf.postJson(cyclePath(year, 1), """
                {"deadline": "%s", "compilationDate": "%s", "beforeQuarterEnds": true}""".formatted(
                deadline.toOffsetDateTime(),
                deadline.plusDays(5).toOffsetDateTime())), 201);
        // Chase settings left out come from the stored defaults.
        assertThat(cycle.get("reminderDays").toString()).isEqualTo(defaults.reminderDaysBefore().toString()
                .replace(" ", ""));
        assertThat(cycle.get("reminderTime").asText()).isEqualTo(defaults.reminderTime().toString());
        assertThat(cycle.get("graceWorkingDays").asInt()).isEqualTo(defaults.graceWorkingDays());
        assertThat(Instant.parse(cycle.get("deadline").asText())).isEqualTo(deadline.toInstant());
    }

    @Test
    void badRequestsAreRefusedWithAMessageAndOpenNothing() throws Exception {
        String year = importFramework(2473);
        String valid = """
                {"deadline": "2473-07-21T17:00", "compilationDate": "2473-07-31T09:00", "beforeQuarterEnds": true}""";
        assertError(perf.postJson(cyclePath("2474-75", 2), valid), 404, "There is no framework for 2474-75");
        assertError(perf.postJson(cyclePath("2474", 2), valid), 400, "2474");
        assertError(perf.postJson(cyclePath(year, 5), valid), 400, "A quarter is 1, 2, 3 or 4, not 5");
        assertError(perf.postJson(cyclePath(year, 2), """
                {"deadline": "2473-07-21T17:00", "compilationDate": "2473-07-21T17:00", "beforeQuarterEnds": true}"""),
                400,
                "The compilation date must come after the submission deadline");
        assertError(perf.postJson(cyclePath(year, 2), """
                {"deadline": "21/07/2473", "compilationDate": "2473-07-31T09:00"}"""), 400,
                "deadline '21/07/2473' is not a date and time");
        assertError(perf.postJson(cyclePath(year, 2), """
                {"compilationDate": "2473-07-31T09:00"}"""), 400, "deadline is missing");
        // shown everywhere to the minute, so set to it: 17:00:30 would be mailed as 17:00
        assertError(perf.postJson(cyclePath(year, 2), valid.replace("T17:00", "T17:00:30")), 400,
                "deadline '2473-07-21T17:00:30' has seconds: give it to the minute");
        assertError(perf.postJson(cyclePath(year, 2), valid.replace("T09:00", "T08:00:00.5Z")), 400,
                "compilationDate '2473-07-31T08:00:00.5Z' has seconds");
        assertError(perf.postJson(cyclePath(year, 2), valid.replace("}", ", \"reminderDays\": [7, -1]}")), 400,
                "Reminder days cannot be negative: -1");
        assertError(perf.postJson(cyclePath(year, 2), valid.replace("}", ", \"reminderTime\": \"9am\"}")), 400,
                "reminderTime '9am' is not a time of day");
        assertError(perf.postJson(cyclePath(year, 2), valid.replace("}", ", \"reminderTime\": \"09:00:30\"}")), 400,
                "reminderTime '09:00:30' has seconds: give it to the minute, such as 09:00");
        assertError(perf.postJson(cyclePath(year, 2), valid.replace("}", ", \"graceWorkingDays\": 61}")), 400,
                "between 0 and 60 working days: 61");
        assertError(perf.postJson(cyclePath(year, 2), "{\"deadline\": "), 400, "JSON");
        // An administrator may read but, as in the dialog, only the performance team opens a cycle.
        assertError(new Api(url(""), "admin", "demo").postJson(cyclePath(year, 2), valid), 403,
                "Only the performance team opens a cycle");
        assertError(new Api(url(""), "data.housing", "demo").postJson(cyclePath(year, 2), valid), 403, "");
        assertError(perf.get(cyclePath(year, 2)), 404, "The Quarter 2 (July to September) 2473/74 cycle has not been opened");
        assertError(perf.get("/api/years/" + year + "/quarters/2/returns"), 404, "has not been opened");

        assertThat(perf.postJson(cyclePath(year, 2), valid).getStatusCode().value()).isEqualTo(201);
        assertError(perf.postJson(cyclePath(year, 2), valid), 409, "cycle is already open");
        assertThat(read(new Api(url(""), "admin", "demo").get(cyclePath(year, 2)), 200).get("deadline").asText())
                .isEqualTo("2473-07-21T16:00:00Z"); // 17:00 BST
    }

    @Test
    void aQuarterNotYetEndedOpensOnlyWhenTheCallerSaysSo() throws Exception {
        String year = importFramework(3994);
        String dates = """
                {"deadline": "3994-10-21T17:00", "compilationDate": "3994-10-31T09:00"%s}""";
        for (String unsaid : List.of("", ", \"beforeQuarterEnds\": false", ", \"beforeQuarterEnds\": null")) {
            assertError(perf.postJson(cyclePath(year, 2), dates.formatted(unsaid)), 409,
                    "Quarter 2 (July to September) 3994/95 does not end until 30 September 3994");
        }
        assertThat(read(perf.postJson(cyclePath(year, 2), dates.formatted("")), 409).get("message").asText())
                .endsWith("To open it now, send \"beforeQuarterEnds\": true");
        assertError(perf.get(cyclePath(year, 2)), 404, "has not been opened");
        // Who may open comes first: an administrator is refused, not told how to open it.
        assertError(new Api(url(""), "admin", "demo").postJson(cyclePath(year, 2), dates.formatted("")), 403,
                "Only the performance team opens a cycle");

        JsonNode cycle = read(perf.postJson(cyclePath(year, 2), dates.formatted(", \"beforeQuarterEnds\": true")), 201);
        assertThat(cycle.get("name").asText()).isEqualTo("Q2 3994/95");
        assertThat(read(perf.get("/v3/api-docs"), 200).at("/components/schemas/OpenCycleJson/properties"
                + "/beforeQuarterEnds/description").asText()).contains("not ended yet", "409");
    }

    /** The description as YAML, for tools that read it so, is kept to the same people as the JSON. */
    @Test
    void theApiDescriptionInYamlIsThePerformanceTeamsAsTheJsonIs() {
        ResponseEntity<String> yaml = perf.get("/v3/api-docs.yaml");
        assertThat(yaml.getStatusCode().value()).isEqualTo(200);
        assertThat(yaml.getBody()).startsWith("openapi: ").contains("/api/years/{year}/quarters/{quarter}/cycle:");
        for (String who : List.of("data.housing", "dir.housing", "ceo", "reader")) {
            ResponseEntity<String> refused = new Api(url(""), who, "demo").get("/v3/api-docs.yaml");
            assertThat(refused.getStatusCode().value()).as(who).isEqualTo(403);
            assertThat(String.valueOf(refused.getBody())).as(who).doesNotContain("openapi");
        }
    }

    /** As the dialog asks first: every return would be overdue, and chased and escalated, the moment it is issued. */
    @Test
    void aDeadlineAlreadyPastOpensOnlyWhenTheCallerSaysSo() throws Exception {
        String year = importFramework(4120);
        String dates = """
                {"deadline": "2020-07-21T17:00", "compilationDate": "2020-08-03T09:00"%s}""";
        String passed = "The deadline, 21 July 2020 17:00 (London time), has already passed: every return would be"
                + " overdue as soon as it is issued, and the overdue notices and escalations would go out straight"
                + " away. The compilation date, 3 August 2020 09:00, has gone by too: the report will be compiled at"
                + " once, every return Missing, and sent to the chief executive for approval. To open it so, send"
                + " \"deadlinePassed\": true";
        for (String unsaid : List.of("", ", \"deadlinePassed\": false", ", \"deadlinePassed\": null")) {
            JsonNode refused = read(perf.postJson(cyclePath(year, 1),
                    dates.formatted(", \"beforeQuarterEnds\": true" + unsaid)), 409);
            assertThat(refused.get("message").asText()).isEqualTo(passed);
            assertThat(refused.get("errors").get(0).get("message").asText()).isEqualTo(passed);
            assertThat(refused.get("toConfirm").toString()).isEqualTo(json.writeValueAsString(List.of(passed)));
        }
        // with the compilation date still to come, only the returns are overdue at once
        assertThat(read(perf.postJson(cyclePath(year, 1), """
                {"deadline": "2020-07-21T17:00", "compilationDate": "4120-08-03T09:00", "beforeQuarterEnds": true}"""),
                409).get("message").asText()).endsWith("go out straight away. To open it so, send"
                + " \"deadlinePassed\": true");
        // both questions unanswered: each its own line, so one reply can answer both
        JsonNode both = read(perf.postJson(cyclePath(year, 1), dates.formatted("")), 409);
        assertThat(both.get("toConfirm")).hasSize(2);
        assertThat(both.get("toConfirm").get(0).asText()).endsWith("To open it now, send \"beforeQuarterEnds\": true");
        assertThat(both.get("toConfirm").get(1).asText()).isEqualTo(passed);
        assertThat(both.get("errors")).hasSize(2);
        assertError(perf.get(cyclePath(year, 1)), 404, "has not been opened");
        // who may open comes first
        assertError(new Api(url(""), "admin", "demo").postJson(cyclePath(year, 1), dates.formatted("")), 403,
                "Only the performance team opens a cycle");

        JsonNode cycle = read(perf.postJson(cyclePath(year, 1),
                dates.formatted(", \"beforeQuarterEnds\": true, \"deadlinePassed\": true")), 201);
        try {
            assertThat(Instant.parse(cycle.get("deadline").asText())).isEqualTo(Instant.parse("2020-07-21T16:00:00Z"));
            assertThat(cycle.get("warnings")).as("within the bank holiday calendar").isEmpty();
            JsonNode docs = read(perf.get("/v3/api-docs"), 200);
            assertThat(docs.at("/components/schemas/OpenCycleJson/properties/deadlinePassed/description").asText())
                    .contains("already past", "409");
            assertThat(docs.at("/paths/~1api~1years~1{year}~1quarters~1{quarter}~1cycle/post/responses/409"
                    + "/description").asText()).contains("toConfirm");
        } finally {
            endCycle(year, 1);
        }
    }

    /** Refused for what no answer would mend before any question is asked: dates out of order, a cycle open. */
    @Test
    void badDatesAndAQuarterAlreadyOpenAreSaidBeforeAnyQuestion() throws Exception {
        String year = importFramework(4121);
        assertError(perf.postJson(cyclePath(year, 1), """
                {"deadline": "2020-07-21T17:00", "compilationDate": "2020-07-21T09:00"}"""), 400,
                "The compilation date must come after the submission deadline");
        String dates = """
                {"deadline": "4121-07-21T17:00", "compilationDate": "4121-07-31T09:00"%s}""";
        read(perf.postJson(cyclePath(year, 1), dates.formatted(", \"beforeQuarterEnds\": true")), 201);
        assertError(perf.postJson(cyclePath(year, 1), dates.formatted("")), 409,
                "The Quarter 1 (April to June) 4121/22 cycle is already open");
    }

    /**
     * A setting the caller meant is never quietly changed: a fraction is not cut to a whole number of days, and a
     * misspelt setting is not left out for the stored default.
     */
    @Test
    void aFractionOrAMisspeltSettingIsRefusedNotQuietlyChanged() throws Exception {
        String year = importFramework(4127);
        String valid = """
                {"deadline": "4127-07-21T17:00", "compilationDate": "4127-07-31T09:00", "beforeQuarterEnds": true}""";
        assertError(perf.postJson(cyclePath(year, 1), valid.replace("}", ", \"graceWorkingDays\": 2.5}")), 400,
                "graceWorkingDays must be a whole number");
        assertError(perf.postJson(cyclePath(year, 1), valid.replace("}", ", \"reminderDays\": [7, 1.5]}")), 400,
                "reminderDays must be whole numbers of days before the deadline, such as [7, 2]");
        assertError(perf.postJson(cyclePath(year, 1), valid.replace("}", ", \"reminderDays\": 7}")), 400,
                "reminderDays must be whole numbers of days before the deadline, such as [7, 2]");
        assertError(perf.postJson(cyclePath(year, 1), valid.replace("\"beforeQuarterEnds\": true",
                "\"beforeQuarterEnds\": \"yes\"")),
                400, "beforeQuarterEnds must be true or false");
        ResponseEntity<String> misspelt = perf.postJson(cyclePath(year, 1), valid.replace("}",
                ", \"reminderDay\": [3]}"));
        assertError(misspelt, 400, "'reminderDay' is not a setting of a cycle: send only deadline, compilationDate,"
                + " reminderDays, reminderTime, graceWorkingDays, secondEscalationWorkingDays, beforeQuarterEnds,"
                + " deadlinePassed");
        assertThat(misspelt.getBody()).doesNotContain("uk.quarterlyreturns", "java.");
        ResponseEntity<String> broken = perf.postJson(cyclePath(year, 1), "{\"deadline\": 4127-07-21T17:00}");
        assertError(broken, 400, "The body is not valid JSON: check its quotes, commas and brackets");
        // the parser's own words name its character codes, line and column: not the caller's
        assertThat(broken.getBody()).doesNotContain("Unexpected character", "line:", "column:");
        // who may open comes before what is wrong with the body: an administrator never may
        assertError(new Api(url(""), "admin", "demo").postJson(cyclePath(year, 1), "{\"deadline\": "), 403,
                "Only the performance team opens a cycle");
        assertError(perf.get(cyclePath(year, 1)), 404, "has not been opened");

        JsonNode cycle = read(perf.postJson(cyclePath(year, 1), valid.replace("}",
                ", \"reminderDays\": [3], \"graceWorkingDays\": 2}")), 201);
        assertThat(cycle.get("reminderDays").toString()).isEqualTo("[3]");
        assertThat(cycle.get("graceWorkingDays").asInt()).isEqualTo(2);
    }

    /** The dialog says so before opening; the API's answer says so too, and so does the cycle read later. */
    @Test
    void datesPastTheBankHolidayCalendarAreWarnedOfInTheAnswer() throws Exception {
        String year = importFramework(4122);
        String warning = "The bank holiday calendar ends on 26 Dec 2035: after it, this cycle's reminders and"
                + " escalations count bank holidays as working days. An administrator can add the next years' bank"
                + " holidays.";
        JsonNode opened = read(perf.postJson(cyclePath(year, 1), """
                {"deadline": "4122-07-21T17:00", "compilationDate": "4122-07-31T09:00", "beforeQuarterEnds": true}"""),
                201);
        assertThat(opened.get("warnings").toString()).isEqualTo(json.writeValueAsString(List.of(warning)));
        assertThat(read(perf.get(cyclePath(year, 1)), 200).get("warnings").toString())
                .isEqualTo(json.writeValueAsString(List.of(warning)));
        assertThat(read(perf.get("/v3/api-docs"), 200).at("/components/schemas/CycleJson/properties/warnings"
                + "/description").asText()).contains("bank holiday calendar");
    }

    private void endCycle(String year, int quarter) {
        long yearId = context.getBean(YearRepository.class).find(year).orElseThrow().id();
        long cycleId = context.getBean(uk.quarterlyreturns.cycle.CycleRepository.class).find(yearId, quarter)
                .orElseThrow().id();
        ReturnRepository returns = context.getBean(ReturnRepository.class);
        Await.until("its returns issued", ReturnScenario.WAIT, () -> returns.forCycle(cycleId).size() == 1);
        OpenedCycles.end(context.getBean(RuntimeService.class), returns, cycleId);
    }

    private String importFramework(int startYear) throws Exception {
        String year = ReportingYear.labelOf(startYear);
        assertThat(perf.putCsv("/api/years/" + year + "/framework", fixture("framework-form.csv")).getStatusCode()
                .value()).isEqualTo(200);
        assertThat(perf.putCsv("/api/years/" + year + "/actions", fixture("actions-form.csv")).getStatusCode()
                .value()).isEqualTo(200);
        return year;
    }

    private void enterQ2Values(String year) {
        long yearId = context.getBean(YearRepository.class).find(year).orElseThrow().id();
        MeasureRepository measures = context.getBean(MeasureRepository.class);
        for (String code : List.of("HF-1", "HF-2")) {
            context.getBean(ValueRepository.class).saveFigure(measures.find(yearId, code).orElseThrow().id(), 2,
                    new BigDecimal(code.equals("HF-1") ? "85" : "55"), null, null, null, "feed");
        }
        KeyActionRepository actions = context.getBean(KeyActionRepository.class);
        actions.saveStatus(actions.find(yearId, "HKA-1").orElseThrow().id(), 2, Rag.GREEN,
                "Twelve homes brought back into use", "feed");
    }

    private JsonNode housing(String year, int quarter) {
        JsonNode all;
        try {
            all = read(perf.get("/api/years/" + year + "/quarters/" + quarter + "/returns"), 200);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        for (JsonNode r : all) {
            if (r.get("service").asText().equals("Housing")) {
                return r;
            }
        }
        return json.createObjectNode().put("escalationsSent", -1);
    }

    private JsonNode read(ResponseEntity<String> response, int status) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        return json.readTree(response.getBody());
    }

    private void assertError(ResponseEntity<String> response, int status, String message) throws Exception {
        JsonNode body = read(response, status);
        assertThat(body.get("message").asText()).contains(message);
        assertThat(body.get("errors").get(0).get("message").asText()).isEqualTo(body.get("message").asText());
        assertThat(response.getBody()).doesNotContain("Exception", "at uk.");
    }

    private static String cyclePath(String year, int quarter) {
        return "/api/years/" + year + "/quarters/" + quarter + "/cycle";
    }

    private static String fixture(String name) throws Exception {
        return new ClassPathResource("fixtures/" + name).getContentAsString(StandardCharsets.UTF_8);
    }
}
