package uk.quarterlyreturns.base.api;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    private String refused(String json) {
        Throwable[] thrown = new Throwable[1];
        assertThatThrownBy(() -> reader().read(Probe.class, Probe.class, body(json)))
                .isInstanceOf(HttpMessageNotReadableException.class).satisfies(e -> thrown[0] = e);
        return JsonProblems.of(thrown[0]);
    }

    private GenericHttpMessageConverter<Object> reader() {
        return first(c -> c.canRead(Probe.class, Probe.class, MediaType.APPLICATION_JSON));
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
