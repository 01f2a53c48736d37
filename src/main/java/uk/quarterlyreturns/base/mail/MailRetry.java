package uk.quarterlyreturns.base.mail;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends failed messages again at an administrator's request. A message fails in one of two ways: it was
 * recorded while no mail server was configured (NOT_SENT), or its delivery used up its retries and waits as an
 * incident. The first gets a new delivery; the second's delivery job gets one more try.
 */
@Service
public class MailRetry {

    private final JdbcClient jdbc;
    private final RuntimeService runtime;
    private final ManagementService management;

    MailRetry(JdbcClient jdbc, RuntimeService runtime, ManagementService management) {
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.management = management;
    }

    /** Whether the message can be retried: not delivered and nothing is trying it any more. */
    public boolean failed(OutboxEntry message) {
        return switch (message.status()) {
            case NOT_SENT -> true;
            case PENDING -> stuckJob(message.key()) != null;
            default -> false;
        };
    }

    /** Retries the message if it has failed; false when it had not (delivered, or still being tried). */
    @Transactional
    public boolean retry(long messageId) {
        OutboxEntry message = jdbc.sql("""
                select id, message_key, status from outbox_message where id = :id for update""")
                .param("id", messageId).query((rs, n) -> new OutboxEntry(rs.getLong("id"), rs.getString("message_key"),
                        null, null, null, null, null, null, OutboxEntry.Status.valueOf(rs.getString("status")), null, 0,
                        null)).optional().orElse(null);
        if (message == null) {
            return false;
        }
        if (message.status() == OutboxEntry.Status.NOT_SENT) {
            jdbc.sql("update outbox_message set status = 'PENDING' where id = :id").param("id", messageId).update();
            runtime.startProcessInstanceByKey(MailDeliveryProcess.PROCESS_ID, message.key(),
                    Map.of(MailDeliveryProcess.VAR_MESSAGE_ID, messageId));
            return true;
        }
        Job stuck = message.status() == OutboxEntry.Status.PENDING ? stuckJob(message.key()) : null;
        if (stuck == null) {
            return false;
        }
        management.setJobRetries(stuck.getId(), 1);
        return true;
    }

    /** Retries every failed message among those given; how many were retried. */
    @Transactional
    public int retryAll(List<OutboxEntry> messages) {
        return (int) messages.stream().filter(this::failed).filter(m -> retry(m.id())).count();
    }

    private Job stuckJob(String messageKey) {
        List<ProcessInstance> deliveries = runtime.createProcessInstanceQuery()
                .processDefinitionKey(MailDeliveryProcess.PROCESS_ID).processInstanceBusinessKey(messageKey).list();
        for (ProcessInstance delivery : deliveries) {
            Job job = management.createJobQuery().processInstanceId(delivery.getId()).noRetriesLeft().singleResult();
            if (job != null) {
                return job;
            }
        }
        return null;
    }
}
