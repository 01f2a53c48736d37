package uk.quarterlyreturns.chasing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * A return withdrawn with nothing due is owed no more: past the deadline the compliance figures count it nowhere, and
 * the returns API, which lists it, does not call it overdue either. Year 4143-44 is this class's own.
 */
class NothingDueNotOverdueTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    @Test
    void aReturnWithNothingDueIsNotOverdueInTheReturnsApiAsInTheComplianceFigures() throws Exception {
        long returnId = ServiceOfItsOwn.returnOf(context, 4143, false, Instant.now().minus(Duration.ofDays(2)));
        Api api = new Api(url(""), "perf", "demo");
        JsonNode owed = new ObjectMapper().readTree(api.get("/api/years/4143-44/quarters/1/returns").getBody());
        assertThat(owed.get(0).get("overdue").asBoolean()).as("not in, past the deadline").isTrue();

        jdbc.sql("update service_return set status = 'WITHDRAWN' where id = :id").param("id", returnId).update();

        JsonNode listed = new ObjectMapper().readTree(api.get("/api/years/4143-44/quarters/1/returns").getBody());
        assertThat(listed).singleElement().satisfies(r -> {
            assertThat(r.get("status").asText()).isEqualTo("WITHDRAWN");
            assertThat(r.get("overdue").asBoolean()).as("owed no more").isFalse();
        });
        JsonNode figures = new ObjectMapper().readTree(api.get("/api/years/4143-44/quarters/1/compliance").getBody());
        assertThat(figures.get("overdue").asInt()).isZero();
    }
}
