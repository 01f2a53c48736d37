package uk.quarterlyreturns.chasing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * A return's own deadline, read the same wherever a figure depends on it. Years 4650-4659 are this class's own.
 */
class OwnDeadlineEverywhereTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    /**
     * An extension may run to the compilation date itself. Once the report is compiled, a return so extended and never
     * in is overdue in its compliance row, in the figures beside it and in the returns API alike.
     */
    @Test
    void aReturnExtendedToTheCompilationDateIsOverdueAlikeInTheRowsTheFiguresAndTheReturnsApi() throws Exception {
        Instant deadline = Instant.now().minus(Duration.ofDays(10)).truncatedTo(ChronoUnit.MINUTES);
        Instant compiled = deadline.plus(Duration.ofDays(5));
        long returnId = ServiceOfItsOwn.returnOf(context, 4650, false, deadline);
        jdbc.sql("update service_return set extended_to = :c, extension_reason = 'National data late' where id = :id")
                .param("c", Timestamp.from(compiled)).param("id", returnId).update();
        jdbc.sql("""
                update cycle set compilation_date = :c, status = 'COMPILED'
                where id = (select cycle_id from service_return where id = :id)""")
                .param("c", Timestamp.from(compiled)).param("id", returnId).update();
        Api api = new Api(url(""), "perf", "demo");

        JsonNode compliance = json(api, "/api/years/4650-51/quarters/1/compliance");
        JsonNode returns = json(api, "/api/years/4650-51/quarters/1/returns");

        assertThat(compliance.get("returns")).singleElement()
                .satisfies(r -> assertThat(r.get("overdue").asBoolean()).as("its row").isTrue());
        assertThat(returns).singleElement()
                .satisfies(r -> assertThat(r.get("overdue").asBoolean()).as("the returns API").isTrue());
        assertThat(compliance.get("overdue").asInt()).as("the figure beside its row").isEqualTo(1);
    }

    /**
     * Past the cycle's deadline but before its agreed extension, a measure of the return with no value yet is not
     * Missing in the framework's measures API, as it is not on the return's page; once the extension is withdrawn it
     * is.
     */
    @Test
    void theMeasuresApiCallsAValueMissingOnlyOnceItsReturnsOwnDeadlineHasPassed() throws Exception {
        long returnId = ServiceOfItsOwn.returnOf(context, 4651, false, Instant.now().minus(Duration.ofDays(2)));
        jdbc.sql("update service_return set extended_to = :to, extension_reason = 'National data late' where id = :id")
                .param("to", Timestamp.from(Instant.now().plus(Duration.ofDays(3)))).param("id", returnId).update();
        Api api = new Api(url(""), "perf", "demo");

        assertThat(json(api, "/api/years/4651-52/quarters/1/measures")).singleElement()
                .satisfies(m -> assertThat(m.get("rag").isNull()).as("not yet due: %s", m).isTrue());

        jdbc.sql("update service_return set extended_to = null, extension_reason = null where id = :id")
                .param("id", returnId).update();
        assertThat(json(api, "/api/years/4651-52/quarters/1/measures")).singleElement()
                .satisfies(m -> assertThat(m.get("rag").asText()).isEqualTo("MISSING"));
    }

    /**
     * Withdrawn through the API after the cycle's deadline, an extension makes the return overdue at once and
     * escalates it: asked first, as the screen asks, with nothing changed until it is sent again agreed.
     */
    @Test
    void anExtensionWithdrawnThroughTheApiAfterTheCyclesDeadlineIsAskedFirst() throws Exception {
        long returnId = ServiceOfItsOwn.returnOf(context, 4655, false, Instant.now().minus(Duration.ofDays(2)));
        Instant extendedTo = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        jdbc.sql("update service_return set extended_to = :to, extension_reason = 'National data late' where id = :id")
                .param("to", Timestamp.from(extendedTo)).param("id", returnId).update();
        Api api = new Api(url(""), "perf", "demo");
        String path = "/api/years/4655-56/quarters/1/extensions";
        String body = "{\"service\":\"Chase Service 4655\",\"reason\":\"Data came after all\",\"extendedTo\":\""
                + extendedTo + "\"";

        var asked = api.postJson(path, body + "}");
        assertThat(asked.getStatusCode().value()).as(asked.getBody()).isEqualTo(409);
        assertThat(json(asked.getBody()).get("toConfirm").get(0).asText()).contains("overdue at once");
        assertThat(extendedTo(returnId)).as("nothing changed").isEqualTo(extendedTo);

        var agreed = api.postJson(path, body + ",\"agreed\":true}");
        assertThat(agreed.getStatusCode().value()).as(agreed.getBody()).isEqualTo(200);
        assertThat(extendedTo(returnId)).isNull();
    }

    /**
     * The year's services go by the names that year gives them, as the compliance answer prints them; the service
     * has since been renamed (next year's structure made current, say). Extending by the name the answer gave was
     * refused as no such service.
     */
    @Test
    void anExtensionThroughTheApiNamesTheServiceAsTheQuartersComplianceDoes() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);
        long returnId = ServiceOfItsOwn.returnOf(context, 4658, false, deadline);
        jdbc.sql("update service set name = 'Chase Service 4658 renamed' where name = 'Chase Service 4658'").update();
        Api api = new Api(url(""), "perf", "demo");
        assertThat(json(api, "/api/years/4658-59/quarters/1/compliance").get("returns")).singleElement()
                .satisfies(r -> assertThat(r.get("service").asText()).isEqualTo("Chase Service 4658"));
        String to = deadline.plus(Duration.ofDays(1)).atZone(uk.quarterlyreturns.base.calendar.LondonTime.ZONE)
                .toLocalDateTime().toString();

        var extended = api.postJson("/api/years/4658-59/quarters/1/extensions", "{\"service\":\"Chase Service 4658\","
                + "\"deadline\":\"" + to + "\",\"reason\":\"National data late\",\"extendedTo\":null}");

        assertThat(extended.getStatusCode().value()).as(extended.getBody()).isEqualTo(200);
        assertThat(extendedTo(returnId)).isEqualTo(deadline.plus(Duration.ofDays(1)));
    }

    private Instant extendedTo(long returnId) {
        return jdbc.sql("select extended_to from service_return where id = :id").param("id", returnId)
                .query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(null);
    }

    private static JsonNode json(String body) throws Exception {
        return new ObjectMapper().readTree(body);
    }

    private static JsonNode json(Api api, String path) throws Exception {
        return new ObjectMapper().readTree(api.get(path).getBody());
    }
}
