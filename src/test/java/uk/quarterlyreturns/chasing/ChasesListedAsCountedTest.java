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
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * The returns API lists the chases it counts: one held for the director's daily digest and left out of it, as the
 * return came in first, was never sent, so it is neither counted nor listed. Year 3972-73 is this class's own.
 */
class ChasesListedAsCountedTest extends ApplicationTest {

    @Autowired Chasing chasing;
    @Autowired DailyDigest digest;
    @Autowired PeopleService people;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationContext context;

    @Test
    void aChaseLeftOutOfTheDigestIsNeitherCountedNorListed() throws Exception {
        long returnId = ServiceOfItsOwn.returnOf(context, 3972, true, Instant.now().plus(Duration.ofDays(14)));
        chasing.chaseByHand(returnId, people.find("perf").orElseThrow(), "Please send it");
        JsonNode held = theReturn();
        assertThat(held.get("remindersSent").asInt()).as("waiting for the digest, it counts").isEqualTo(1);
        assertThat(held.get("chases")).hasSize(1);

        jdbc.sql("update service_return set status = 'SUBMITTED', first_submitted_at = now(), submitted_at = now()"
                + " where id = :id").param("id", returnId).update();
        digest.sendDigests();

        JsonNode leftOut = theReturn();
        assertThat(leftOut.get("remindersSent").asInt()).isZero();
        assertThat(leftOut.get("lastChased").isNull()).isTrue();
        assertThat(leftOut.get("chases")).as("listed as counted").isEmpty();
    }

    private JsonNode theReturn() throws Exception {
        String body = new Api(url(""), "perf", "demo").get("/api/years/3972-73/quarters/1/returns").getBody();
        JsonNode returns = new ObjectMapper().readTree(body);
        assertThat(returns).hasSize(1);
        return returns.get(0);
    }
}
