package uk.quarterlyreturns.base.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.security.CurrentRoles;
import uk.quarterlyreturns.base.security.Role;

/**
 * Sends failed messages again at an administrator's request. A message fails in one of two ways: it was
 * recorded while no mail server was configured (NOT_SENT), or its delivery used up its retries and waits as an
 * incident. The first gets a new delivery; the second's delivery job gets one more try. Each is recorded with who
 * asked and when (an auditor asks why a mail went twice); anyone but an enabled administrator is refused.
 */
@Service
public class MailRetry {

    private final JdbcClient jdbc;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final CurrentRoles roles;
    private final Clock clock;
    private final List<ResendRule> rules;

    MailRetry(JdbcClient jdbc, RuntimeService runtime, ManagementService management, CurrentRoles roles,
            Clock clock, List<ResendRule> rules) {
        this.rules = rules;
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.management = management;
        this.roles = roles;
        this.clock = clock;
    }

    /** Whether the message can be retried: not delivered and nothing is trying it any more. */
    public boolean failed(OutboxEntry message) {
        return switch (message.status()) {
            // A reset link found unsendable is not kept: the person asks for a new one.
            case NOT_SENT -> !MailDelivery.notKept(message.kind());
            case PENDING -> stuckJob(message.key()) != null;
            default -> false;
        };
    }

    /**
     * Retries the message if it has failed, recording who asked; false when it had not (delivered, or still tried).
     *
     * @throws IllegalStateException when events overtook it (see {@link ResendRule}), saying why; it is not sent
     */
    @Transactional
    public boolean retry(long messageId, String by) {
        requireAdministrator(by);
        return sendAgain(messageId, by, true);
    }

    /**
     * Retries every failed message among those given, each recorded as {@link #retry(long, String)}, except those
     * events overtook; how many.
     */
    @Transactional
    public int retryAll(List<OutboxEntry> messages, String by) {
        requireAdministrator(by);
        return (int) messages.stream().filter(this::failed).filter(m -> sendAgain(m.id(), by, false)).count();
    }

    /**
     * Why events overtook each of these messages that may not go again ("Not sent again: ..."), by message id; read in
     * a few statements.
     */
    public Map<Long, String> whyNotAgain(List<OutboxEntry> messages) {
        Map<Long, String> reasons = new HashMap<>();
        ResendRule.whyOvertaken(rules, messages).forEach((id, why) -> reasons.put(id, "Not sent again: " + why));
        return reasons;
    }

    /** Why events overtook the message, so that it is not sent again; empty when it may go. */
    public Optional<String> whyNotAgain(OutboxEntry message) {
        return Optional.ofNullable(whyNotAgain(List.of(message)).get(message.id()));
    }

    /** @param sayWhyNot refuse an overtaken message saying why (one asked for), else pass over it (all failed) */
    private boolean sendAgain(long messageId, String by, boolean sayWhyNot) {
        boolean retried = retry(messageId, sayWhyNot);
        if (retried) {
            jdbc.sql("insert into outbox_resend (message_id, resent_by, resent_at) values (:m, :by, :at)")
                    .param("m", messageId).param("by", by).param("at", Timestamp.from(clock.instant())).update();
        }
        return retried;
    }

    /** Every "Send again" of these messages, oldest first, by message. */
    public Map<Long, List<Resend>> resends(Collection<Long> messageIds) {
        if (messageIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                select message_id, resent_by, resent_at from outbox_resend where message_id in (:ids)
                order by resent_at, id""").param("ids", messageIds)
                .query((rs, n) -> new Resend(rs.getLong("message_id"), rs.getString("resent_by"),
                        rs.getTimestamp("resent_at").toInstant())).list().stream()
                .collect(Collectors.groupingBy(Resend::messageId));
    }

    private void requireAdministrator(String by) {
        if (by == null || !roles.holds(by, Role.ADMIN)) {
            throw new NotAllowedException("Only an administrator may send a message again");
        }
    }

    private boolean retry(long messageId, boolean sayWhyNot) {
        OutboxEntry message = jdbc.sql("""
                select id, message_key, kind, recipient, cycle_id, return_id, created_at, status from outbox_message
                where id = :id for update""")
                .param("id", messageId).query((rs, n) -> new OutboxEntry(rs.getLong("id"), rs.getString("message_key"),
                        rs.getString("kind"), rs.getString("recipient"), null, (Long) rs.getObject("cycle_id"),
                        (Long) rs.getObject("return_id"), rs.getTimestamp("created_at").toInstant(),
                        OutboxEntry.Status.valueOf(rs.getString("status")), null, 0, null)).optional()
                .orElse(null);
        if (message == null || message.status() == OutboxEntry.Status.NOT_SENT && !failed(message)) {
            return false;
        }
        Optional<String> overtaken = whyNotAgain(message);
        if (overtaken.isPresent()) {
            if (sayWhyNot) {
                throw new IllegalStateException(overtaken.get());
            }
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
