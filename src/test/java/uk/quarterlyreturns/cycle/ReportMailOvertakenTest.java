package uk.quarterlyreturns.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.mail.MailOutbox;
import uk.quarterlyreturns.base.mail.MailRetry;
import uk.quarterlyreturns.base.mail.OutboxEntry;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * The report's mail failed while the mail server was down, and the report moved on meanwhile: "for your approval" of
 * a report since returned, compiled again or approved, and "returned with comments" once the revised report was sent,
 * are not sent again, and the outbox says why; the mail still wanted goes.
 */
class ReportMailOvertakenTest extends ApplicationTest {

    private static final String CHIEF = "ceo@demo.council.test";
    private static final String TEAM = "perf@demo.council.test";

    @Autowired ApplicationContext context;
    @Autowired CycleRepository cycles;
    @Autowired ReportApproval approval;
    @Autowired MailOutbox outbox;
    @Autowired MailRetry retry;
    @Autowired JdbcClient jdbc;

    @Test
    void reportMailTheReportMovedOnFromIsNotSentAgain() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 7595);
        long cycleId = scenario.cycle.id();
        scenario.completeAndAccept();
        awaitDecision(cycleId);
        long first = failed(cycleId, "REPORT_FOR_APPROVAL", CHIEF, 1);

        approval.returnWithComments(cycleId, "ceo", "Say more about housing repairs");
        long returned = failed(cycleId, "REPORT_RETURNED", TEAM, 1);
        assertThat(whyNot(first, returned)).containsOnly(
                Map.entry(first, "Not sent again: the report has been returned with comments since"));

        approval.resubmit(cycleId, "perf");
        awaitDecision(cycleId);
        long revised = failed(cycleId, "REPORT_FOR_APPROVAL", CHIEF, 2);
        assertThat(whyNot(first, returned, revised)).containsOnly(
                Map.entry(first, "Not sent again: the report has been compiled again since, and sent for approval"
                        + " with a mail of its own"),
                Map.entry(returned, "Not sent again: the revised report has been sent for approval since"));
        assertThatThrownBy(() -> retry.retry(returned, "admin")).isInstanceOf(IllegalStateException.class)
                .hasMessage("Not sent again: the revised report has been sent for approval since");
        assertThat(retry.retryAll(entries(first, returned, revised), "admin")).as("the revised report's only")
                .isEqualTo(1);

        approval.approve(cycleId, "ceo");
        Await.until("published", ReturnScenario.WAIT,
                () -> cycles.find(cycleId).orElseThrow().status() == CycleStatus.PUBLISHED);
        jdbc.sql("update outbox_message set status = 'NOT_SENT' where id = :id").param("id", revised).update();
        assertThat(whyNot(revised)).containsOnly(
                Map.entry(revised, "Not sent again: the report has been approved since"));
    }

    private void awaitDecision(long cycleId) {
        Await.until("a decision awaited", ReturnScenario.WAIT, () -> approval.decisionStep(cycleId).isPresent()
                && cycles.find(cycleId).orElseThrow().status() == CycleStatus.AWAITING_APPROVAL);
    }

    /** The cycle's mail of this kind to the address, the count-th, once delivered: marked failed, as if undelivered. */
    private long failed(long cycleId, String kind, String to, int count) {
        Await.until(count + " " + kind + " to " + to, ReturnScenario.WAIT, () -> sent(cycleId, kind, to).size() >= count
                && sent(cycleId, kind, to).stream().noneMatch(id -> "PENDING".equals(status(id))));
        long id = sent(cycleId, kind, to).get(count - 1);
        jdbc.sql("update outbox_message set status = 'NOT_SENT' where id = :id").param("id", id).update();
        return id;
    }

    private List<Long> sent(long cycleId, String kind, String to) {
        return jdbc.sql("select id from outbox_message where cycle_id = :c and kind = :k and recipient = :to"
                + " order by created_at, id").param("c", cycleId).param("k", kind).param("to", to)
                .query(Long.class).list();
    }

    private String status(long id) {
        return jdbc.sql("select status from outbox_message where id = :id").param("id", id).query(String.class)
                .single();
    }

    private Map<Long, String> whyNot(Long... ids) {
        return retry.whyNotAgain(entries(ids));
    }

    private List<OutboxEntry> entries(Long... ids) {
        return List.of(ids).stream().map(id -> outbox.find(id).orElseThrow()).toList();
    }
}
