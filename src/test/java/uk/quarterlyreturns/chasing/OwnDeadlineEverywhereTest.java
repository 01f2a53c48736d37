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

    private static JsonNode json(Api api, String path) throws Exception {
        return new ObjectMapper().readTree(api.get(path).getBody());
    }
}
