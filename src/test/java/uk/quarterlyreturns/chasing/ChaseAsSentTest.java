package uk.quarterlyreturns.chasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.mail.templates.RenderedMail;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.returns.ChaseCounts;
import uk.quarterlyreturns.returns.ReturnTrail;
import uk.quarterlyreturns.returns.TrailTable;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * A chase by hand says how the return stands, and counts as a chase only once it is sent. Each case is one service
 * with one director, in a year of its own.
 */
class ChaseAsSentTest extends ApplicationTest {

    @Autowired Chasing chasing;
    @Autowired DailyDigest digest;
    @Autowired ChaseCounts chaseCounts;
    @Autowired ReturnTrail trail;
    @Autowired PeopleService people;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationContext context;

    /** In on time, sent back after the deadline: the chase does not call it overdue, as the compliance page does not. */
    @Test
    void aChaseOfAReturnInOnTimeAndSentBackDoesNotCallItOverdue() {
        Instant deadline = Instant.now().minus(Duration.ofDays(12));
        long returnId = returnOf(2990, false, deadline);
        jdbc.sql("""
                update service_return set status = 'SENT_BACK', first_submitted_at = :in, submitted_at = :in,
                    sent_back_comment = 'Please explain the fall' where id = :id""")
                .param("in", Timestamp.from(deadline.minus(Duration.ofDays(1)))).param("id", returnId).update();

        RenderedMail chase = chasing.previewByHand(returnId, people.find("perf").orElseThrow(), null).mail();

        assertThat(chase.subject()).contains("return: Chase").endsWith(", was in on time, then sent back").doesNotContain("overdue");
        assertThat(chase.text()).contains("(was in on time, then sent back)").doesNotContain("overdue");
    }

    /** Held for the only director's digest, then left out of it as the return came in first: nothing was sent. */
    @Test
    void aChaseLeftOutOfEveryDigestItWaitedForIsNotCounted() {
        long returnId = returnOf(2991, true, Instant.now().plus(Duration.ofDays(14)));

        assertThat(chasing.chaseByHand(returnId, people.find("perf").orElseThrow(), "Please send it")).isEqualTo(1);
        assertThat(chaseCounts.forReturn(returnId).reminders()).isEqualTo(1); // waiting for the digest
        jdbc.sql("update service_return set status = 'SUBMITTED', first_submitted_at = now(), submitted_at = now()"
                + " where id = :id").param("id", returnId).update();
        digest.sendDigests();

        assertThat(chaseCounts.forReturn(returnId)).isEqualTo(ChaseCounts.Counts.NONE);
        long cycleId = jdbc.sql("select cycle_id from service_return where id = :id").param("id", returnId)
                .query(Long.class).single();
        assertThat(chaseCounts.forCycle(cycleId).getOrDefault(returnId, ChaseCounts.Counts.NONE))
                .isEqualTo(ChaseCounts.Counts.NONE);
    }

    /**
     * The same chase in the return's history, on its page, in its exports and in the quarter's: it says it was left
     * out of the digest, as the outbox recorded, while a chase that went reads plainly.
     */
    @Test
    void aChaseLeftOutOfTheDigestSaysSoInTheReturnsHistory() {
        long returnId = returnOf(3006, true, Instant.now().plus(Duration.ofDays(14)));
        long cycleId = jdbc.sql("select cycle_id from service_return where id = :id").param("id", returnId)
                .query(Long.class).single();
        chasing.chaseByHand(returnId, people.find("perf").orElseThrow(), "Please send it");
        assertThat(mails(trail.history(returnId))).containsExactly("Chased by hand");

        jdbc.sql("update service_return set status = 'SUBMITTED', first_submitted_at = now(), submitted_at = now()"
                + " where id = :id").param("id", returnId).update();
        digest.sendDigests();

        String leftOut = "Chased by hand: left out of the daily digest, the return was submitted before it went";
        assertThat(mails(trail.history(returnId))).containsExactly(leftOut);
        assertThat(new String(TrailTable.quarterCsv(trail.forCycle(cycleId)), StandardCharsets.UTF_8))
                .contains(leftOut);
    }

    /**
     * Held for the digest, then left out of it as the return was withdrawn with nothing due (its measures moved to
     * another service): the history says so, not that it was submitted, which it never was.
     */
    @Test
    void aChaseLeftOutOfTheDigestAsNothingIsDueSaysSo() {
        long returnId = returnOf(4144, true, Instant.now().plus(Duration.ofDays(14)));
        chasing.chaseByHand(returnId, people.find("perf").orElseThrow(), "Please send it");

        jdbc.sql("update service_return set status = 'WITHDRAWN' where id = :id").param("id", returnId).update();
        digest.sendDigests();

        assertThat(mails(trail.history(returnId))).containsExactly("Chased by hand: left out of the daily digest, the"
                + " return had nothing due before it went");
        assertThat(chaseCounts.forReturn(returnId)).isEqualTo(ChaseCounts.Counts.NONE);
    }

    /** The item of each mail in the history, as its page and exports show it. */
    private static List<Object> mails(List<ReturnTrail.Event> history) {
        return TrailTable.rows(history).stream().filter(row -> "Mail".equals(row.get(2))).map(row -> row.get(3))
                .toList();
    }

    /** A Q1 return, not started, of a service of its own whose director may take a daily digest. */
    private long returnOf(int startYear, boolean digest, Instant deadline) {
        return ServiceOfItsOwn.returnOf(context, startYear, digest, deadline);
    }
}
