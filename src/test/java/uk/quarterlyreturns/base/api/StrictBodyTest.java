package uk.quarterlyreturns.base.api;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.GenericHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.mock.http.MockHttpOutputMessage;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * Every JSON body the API takes is read strictly, the same way: a misspelt field is a 400 naming it and the fields the
 * call takes (Jackson left it out, so a client believed it had set something it had not), a fraction where a whole
 * number belongs is a 400 naming the field (it was cut to a whole number), and null where a number or true/false
 * belongs a 400 (it was read as 0 or false). Answers are written as before.
 */
class StrictBodyTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired RequestMappingHandlerAdapter mvc;

    /** A body with the kinds of field none of today's calls happen to take. */
    record Probe(String name, Integer count, boolean ready) {
    }

    enum Colour { RED, GREEN }

    /** The kinds of value a coercion could read from another kind. */
    record Kinds(Integer count, int days, Boolean ready, Colour colour, LocalDate day, List<Integer> reminders) {
    }

    /** The kinds of value text or a date could be read from. */
    record Texts(String meeting, List<String> notes, LocalDate deadline, LocalDateTime due, Instant at) {
    }

    @Test
    void aMisspeltFieldIsRefusedNamingItAndTheFieldsTheCallTakes() throws Exception {
        Api perf = new Api(url(""), "perf", "demo");
        String continuation = "{\"directorate\":\"Adults 4260\",\"continuesAs\":\"Adult Care 4260\",\"movesOn\":"
                + "\"4260-04-01\"}";
        assertThat(refusal(perf.postJson("/api/years/4260-61/directorates/continuations", continuation)))
                .isEqualTo("'movesOn' is not a field here: send only continuesAs, directorate");

        ReturnScenario scenario = ReturnScenario.open(context, 4261);
        String cover = "/api/years/" + scenario.year + "/quarters/2/report/cover";
        String etag = perf.get(cover).getHeaders().getETag();
        assertThat(refusal(perf.put(cover, "application/json", "{\"meeting\":\"Cabinet\",\"meetingDay\":\"2017-11-21\"}"
                .getBytes(UTF_8), h -> h.setIfMatch(etag))))
                .isEqualTo("The cover report: 'meetingDay' is not a field here: send only cabinetMember,"
                        + " contactOfficer, directorResponsible, keyDecision, meeting, meetingDate, purpose, reasons,"
                        + " recommendations, title");
    }

    /** Spring's reader for the API's JSON bodies, as a call with a body of this kind gets it. */
    @Test
    void aFractionOrNullWhereAWholeNumberOrTrueOrFalseBelongsIsRefused() throws Exception {
        assertThat(refused("{\"name\":\"x\",\"count\":1.5,\"ready\":true}")).isEqualTo("count: expected a whole number");
        assertThat(refused("{\"name\":\"x\",\"count\":1,\"ready\":null}")).isEqualTo("ready: expected true or false");
        assertThat(refused("{\"name\":\"x\",\"count\":1,\"ready\":true,\"colour\":\"red\"}"))
                .isEqualTo("'colour' is not a field here: send only count, name, ready");
        assertThat(reader().read(Probe.class, Probe.class, body("{\"name\":\"x\",\"count\":2,\"ready\":true}")))
                .isEqualTo(new Probe("x", 2, true));

        // answers are written as before: an unknown field in the API's own answers is no concern of the reader's
        MockHttpOutputMessage written = new MockHttpOutputMessage();
        writer().write(Map.of("when", java.time.LocalDate.of(4260, 5, 1)), Map.class, MediaType.APPLICATION_JSON,
                written);
        assertThat(written.getBodyAsString()).isEqualTo("{\"when\":\"4260-05-01\"}");
    }

    /**
     * A field given twice was read as its last value, and anything after the object left out: a client merging two
     * bodies, or one sent twice in a row, believed it had set what it had not.
     */
    @Test
    void aFieldGivenTwiceOrSomethingAfterTheObjectIsRefused() throws Exception {
        Api perf = new Api(url(""), "perf", "demo");
        String twice = "{\"directorate\":\"Adults 4320\",\"continuesAs\":\"Adult Care 4320\",\"directorate\":"
                + "\"Place 4320\"}";
        assertThat(refusal(perf.postJson("/api/years/4320-21/directorates/continuations", twice)))
                .isEqualTo("'directorate' is given twice: send each field once");
        assertThat(refused("{\"name\":\"x\",\"count\":1,\"ready\":true,\"count\":2}"))
                .isEqualTo("'count' is given twice: send each field once");
        assertThat(refused("{\"name\":\"x\",\"count\":1,\"ready\":true}{\"name\":\"y\"}"))
                .isEqualTo("Send the body as one JSON object, in { }");
        // nor is a field in other letters taken for the one the call takes, or beside it
        assertThat(refused("{\"name\":\"x\",\"count\":1,\"ready\":true,\"Count\":2}"))
                .isEqualTo("'Count' is not a field here: send only count, name, ready");
    }

    /**
     * Jackson read "5" as 5, "true" and 1 as true, 1 as an enum's second value and "" as no number or date: a client
     * sending the wrong kind of value believed it had sent what it meant.
     */
    @Test
    void aValueOfAnotherKindIsRefusedNotCoerced() throws Exception {
        assertThat(refused(Kinds.class, "{\"count\":\"5\"}")).isEqualTo("'count' takes a whole number, not \"5\"");
        assertThat(refused(Kinds.class, "{\"days\":\"5\"}")).isEqualTo("'days' takes a whole number, not \"5\"");
        assertThat(refused(Kinds.class, "{\"count\":\"\"}")).isEqualTo("'count' takes a whole number, not \"\"");
        assertThat(refused(Kinds.class, "{\"count\":\"null\"}"))
                .isEqualTo("'count' takes a whole number, not \"null\"");
        assertThat(refused(Kinds.class, "{\"reminders\":[7,\"2\"]}"))
                .isEqualTo("'reminders[1]' takes a whole number, not \"2\"");
        assertThat(refused(Kinds.class, "{\"ready\":\"true\"}")).isEqualTo("'ready' takes true or false, not \"true\"");
        assertThat(refused(Kinds.class, "{\"ready\":1}")).isEqualTo("'ready' takes true or false, not 1");
        assertThat(refused(Probe.class, "{\"name\":\"x\",\"count\":1,\"ready\":0}"))
                .isEqualTo("'ready' takes true or false, not 0");
        assertThat(refused(Kinds.class, "{\"colour\":1}")).isEqualTo("'colour' takes one of RED, GREEN, not 1");
        assertThat(refused(Kinds.class, "{\"day\":\"\"}")).isEqualTo("'day' takes a date like 2017-10-20, not \"\"");
        assertThat(refused(Kinds.class, "{\"day\":\"  \"}"))
                .isEqualTo("'day' takes a date like 2017-10-20, not \"  \"");
        // what would not have been read either is refused as before
        assertThat(refused(Kinds.class, "{\"ready\":\"perhaps\"}")).isEqualTo("ready: expected true or false");
        assertThat(refused(Kinds.class, "{\"colour\":\"BLUE\"}")).isEqualTo("colour: expected one of RED, GREEN");

        // each value of its own kind, or null, is read as it is
        assertThat(reader(Kinds.class).read(Kinds.class, Kinds.class, body("{\"count\":5,\"days\":-2,\"ready\":false,"
                + "\"colour\":\"GREEN\",\"day\":\"4400-05-01\",\"reminders\":[7,2]}")))
                .isEqualTo(new Kinds(5, -2, false, Colour.GREEN, LocalDate.of(4400, 5, 1), List.of(7, 2)));
        assertThat(reader(Kinds.class).read(Kinds.class, Kinds.class, body("{\"count\":null,\"days\":0,\"ready\":null,"
                + "\"colour\":null,\"day\":null,\"reminders\":[]}")))
                .isEqualTo(new Kinds(null, 0, null, null, null, List.of()));
    }

    /** The calls that take a number, true or false or a date say so, naming the field, as the reader does. */
    @Test
    void theCallsRefuseAValueOfAnotherKindNamingTheField() throws Exception {
        Api perf = new Api(url(""), "perf", "demo");
        ReturnScenario scenario = ReturnScenario.open(context, 4400);
        String cycle = "/api/years/" + scenario.year + "/quarters/3/cycle";
        String dates = "{\"deadline\":\"4400-10-21T17:00\",\"compilationDate\":\"4400-10-31T09:00\",";
        assertThat(refusal(perf.postJson(cycle, dates + "\"deadlinePassed\":\"true\"}")))
                .isEqualTo("'deadlinePassed' takes true or false, not \"true\"");
        assertThat(refusal(perf.postJson(cycle, dates + "\"graceWorkingDays\":\"5\"}")))
                .isEqualTo("'graceWorkingDays' takes a whole number, not \"5\"");
        assertThat(refusal(perf.postJson(cycle, dates + "\"reminderDays\":[\"7\"]}")))
                .isEqualTo("'reminderDays[0]' takes a whole number, not \"7\"");
        assertThat(perf.get(cycle).getStatusCode().value()).isEqualTo(404);

        String cover = "/api/years/" + scenario.year + "/quarters/2/report/cover";
        String etag = perf.get(cover).getHeaders().getETag();
        assertThat(refusal(perf.put(cover, "application/json", "{\"keyDecision\":1}".getBytes(UTF_8),
                h -> h.setIfMatch(etag)))).isEqualTo("The cover report: 'keyDecision' takes true or false, not 1");
        assertThat(refusal(perf.put(cover, "application/json", "{\"meeting\":\"Cabinet\",\"meetingDate\":\"\"}"
                .getBytes(UTF_8), h -> h.setIfMatch(etag))))
                .isEqualTo("The cover report: 'meetingDate' takes a date like 2017-10-20, not \"\"");
        assertThat(perf.get(cover).getHeaders().getETag()).isEqualTo(etag);
    }

    /**
     * Jackson read 5 or true as the text "5" or "true", and a number (a count of days or seconds) or an array of its
     * parts such as [2017,1,1] as a date: a client sending the wrong kind of value believed it had sent what it meant.
     */
    @Test
    void aNumberOrTrueOrFalseForTextOrANumberOrArrayForADateIsRefused() throws Exception {
        assertThat(refused(Texts.class, "{\"meeting\":5}")).isEqualTo("'meeting' takes text in quotes, not 5");
        assertThat(refused(Texts.class, "{\"meeting\":1.5}")).isEqualTo("'meeting' takes text in quotes, not 1.5");
        assertThat(refused(Texts.class, "{\"meeting\":true}")).isEqualTo("'meeting' takes text in quotes, not true");
        assertThat(refused(Texts.class, "{\"notes\":[\"a\",false]}"))
                .isEqualTo("'notes[1]' takes text in quotes, not false");
        assertThat(refused(Texts.class, "{\"deadline\":[2017,1,1]}"))
                .isEqualTo("'deadline' takes a date like 2017-10-20, not [2017,1,1]");
        assertThat(refused(Texts.class, "{\"deadline\":17000}"))
                .isEqualTo("'deadline' takes a date like 2017-10-20, not 17000");
        assertThat(refused(Texts.class, "{\"due\":[2017,10,20,17,0]}"))
                .isEqualTo("'due' takes a date and time like 2017-10-20T17:00, not [2017,10,20,17,0]");
        assertThat(refused(Texts.class, "{\"at\":1508515200}"))
                .isEqualTo("'at' takes a date and time like 2017-10-20T17:00:00Z, not 1508515200");
        assertThat(refused(Texts.class, "{\"due\":[2017,10,20,17,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}"))
                .isEqualTo("'due' takes a date and time like 2017-10-20T17:00, not "
                        + "[2017,10,20,17,0,0,0,0,0,0,0,0,0,0,0,0,0…");
        // what would not have been read either is refused as before
        assertThat(refused(Texts.class, "{\"meeting\":{}}")).isEqualTo("meeting: expected text in quotes");
        assertThat(refused(Texts.class, "{\"deadline\":true}")).isEqualTo("deadline: expected a date like 2017-10-20");
        // and a date without its quotes is a broken body, not a number
        assertThat(refused(Texts.class, "{\"deadline\":4440-10-30}"))
                .isEqualTo("The body is not valid JSON: check its quotes, commas and brackets");
        assertThat(refused(Texts.class, "{\"meeting\":4440-10-30}"))
                .isEqualTo("The body is not valid JSON: check its quotes, commas and brackets");

        // text, and dates written as text, or null, are read as they are
        assertThat(reader(Texts.class).read(Texts.class, Texts.class, body("{\"meeting\":\"5\",\"notes\":[\"true\"],"
                + "\"deadline\":\"4440-10-30\",\"due\":\"4440-10-30T17:00\",\"at\":\"4440-10-30T16:00:00Z\"}")))
                .isEqualTo(new Texts("5", List.of("true"), LocalDate.of(4440, 10, 30),
                        LocalDateTime.of(4440, 10, 30, 17, 0), Instant.parse("4440-10-30T16:00:00Z")));
        assertThat(reader(Texts.class).read(Texts.class, Texts.class, body("{\"meeting\":null,\"notes\":[],"
                + "\"deadline\":null,\"due\":null,\"at\":null}")))
                .isEqualTo(new Texts(null, List.of(), null, null, null));
    }

    /** The calls that take text or a date say so, naming the field, and nothing is saved. */
    @Test
    void theCallsRefuseANumberForTextOrAnArrayForADate() throws Exception {
        Api perf = new Api(url(""), "perf", "demo");
        ReturnScenario scenario = ReturnScenario.open(context, 4440);
        String cover = "/api/years/" + scenario.year + "/quarters/2/report/cover";
        String etag = perf.get(cover).getHeaders().getETag();
        assertThat(refusal(perf.put(cover, "application/json", "{\"meeting\":5}".getBytes(UTF_8),
                h -> h.setIfMatch(etag)))).isEqualTo("The cover report: 'meeting' takes text in quotes, not 5");
        assertThat(refusal(perf.put(cover, "application/json",
                "{\"meeting\":\"Cabinet\",\"meetingDate\":[4440,11,21]}".getBytes(UTF_8), h -> h.setIfMatch(etag))))
                .isEqualTo("The cover report: 'meetingDate' takes a date like 2017-10-20, not [4440,11,21]");
        assertThat(perf.get(cover).getHeaders().getETag()).isEqualTo(etag);

        String cycle = "/api/years/" + scenario.year + "/quarters/3/cycle";
        assertThat(refusal(perf.postJson(cycle, "{\"deadline\":\"4440-10-21T17:00\",\"compilationDate\":"
                + "\"4440-10-31T09:00\",\"reminderTime\":9}")))
                .isEqualTo("'reminderTime' takes text in quotes, not 9");
        assertThat(perf.get(cycle).getStatusCode().value()).isEqualTo(404);
    }

    private String refused(String json) {
        return refused(Probe.class, json);
    }

    private String refused(Class<?> type, String json) {
        Throwable[] thrown = new Throwable[1];
        assertThatThrownBy(() -> reader(type).read(type, type, body(json)))
                .isInstanceOf(HttpMessageNotReadableException.class).satisfies(e -> thrown[0] = e);
        return JsonProblems.of(thrown[0]);
    }

    private GenericHttpMessageConverter<Object> reader() {
        return reader(Probe.class);
    }

    private GenericHttpMessageConverter<Object> reader(Class<?> type) {
        return first(c -> c.canRead(type, type, MediaType.APPLICATION_JSON));
    }

    private GenericHttpMessageConverter<Object> writer() {
        return first(c -> c.canWrite(Map.class, Map.class, MediaType.APPLICATION_JSON));
    }

    /** The converter Spring MVC would take: the first in its list that can. */
    @SuppressWarnings("unchecked")
    private GenericHttpMessageConverter<Object> first(Predicate<GenericHttpMessageConverter<?>> can) {
        return mvc.getMessageConverters().stream().filter(c -> c instanceof GenericHttpMessageConverter<?> g
                && can.test(g)).map(c -> (GenericHttpMessageConverter<Object>) c).findFirst().orElseThrow();
    }

    private static MockHttpInputMessage body(String json) {
        MockHttpInputMessage message = new MockHttpInputMessage(json.getBytes(UTF_8));
        message.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        return message;
    }

    /** The 400's message, in the API's one shape. */
    private static String refusal(ResponseEntity<String> answer) throws Exception {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        JsonNode body = new ObjectMapper().readTree(answer.getBody());
        assertThat(body.get("errors").get(0).get("message").asText()).isEqualTo(body.get("message").asText());
        return body.get("message").asText();
    }
}
