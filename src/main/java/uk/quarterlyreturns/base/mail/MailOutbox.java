package uk.quarterlyreturns.base.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.base.mail.templates.MailKind;

/**
 * Every outbound message is first recorded here, in the same transaction as whatever caused it, then
 * delivered by the mailDelivery process (asynchronous, retried, an incident when SMTP keeps failing).
 */
@Service
public class MailOutbox {

    private final JdbcClient jdbc;
    private final RuntimeService runtime;
    private final java.time.Clock clock;

    MailOutbox(JdbcClient jdbc, RuntimeService runtime, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.clock = clock;
    }

    /**
     * The database transaction under way, for a key that one change makes once however many times it finds the same
     * news (a people file that disables two chief executives tells of it once).
     */
    public long transaction() {
        return jdbc.sql("select txid_current()").query(Long.class).single();
    }

    /** Records the message and schedules its delivery; a key already recorded is not sent again. */
    @Transactional
    public long send(MailMessage message) {
        Optional<Long> inserted = jdbc.sql("""
                insert into outbox_message (message_key, kind, recipient, subject, body_text, body_html, cycle_id,
                                            return_id, created_at)
                values (:key, :kind, :recipient, :subject, :text, :html, :cycle, :return, :now)
                on conflict (message_key) do nothing
                returning id
                """)
                .param("key", message.key()).param("kind", message.kind()).param("recipient", message.recipient())
                .param("subject", message.subject()).param("text", message.text()).param("html", message.html())
                .param("cycle", message.cycleId()).param("return", message.returnId())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class).optional();
        if (inserted.isEmpty()) {
            return jdbc.sql("select id from outbox_message where message_key = :key").param("key", message.key())
                    .query(Long.class).single();
        }
        runtime.startProcessInstanceByKey(MailDeliveryProcess.PROCESS_ID, message.key(),
                java.util.Map.of(MailDeliveryProcess.VAR_MESSAGE_ID, inserted.get()));
        return inserted.get();
    }

    /** Records the message for the recipient's daily digest instead of sending it now. */
    @Transactional
    public long hold(MailMessage message) {
        return jdbc.sql("""
                insert into outbox_message (message_key, kind, recipient, subject, body_text, body_html, cycle_id,
                                            return_id, status, held_for_digest, created_at, digest_note)
                values (:key, :kind, :recipient, :subject, :text, :html, :cycle, :return, 'HELD', true, :now, :note)
                on conflict (message_key) do update set message_key = excluded.message_key
                returning id
                """)
                .param("key", message.key()).param("kind", message.kind()).param("recipient", message.recipient())
                .param("subject", message.subject()).param("text", message.text()).param("html", message.html())
                .param("cycle", message.cycleId()).param("return", message.returnId())
                .param("now", Timestamp.from(clock.instant())).param("note", message.digestNote())
                .query(Long.class).single();
    }

    /** What was typed into each of these held messages (MailMessage.digestNote), by id: those with words only. */
    public Map<Long, String> digestNotes(Collection<Long> ids) {
        Map<Long, String> notes = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, digest_note from outbox_message where id in (:ids) and digest_note is not null")
                    .param("ids", ids).query((rs, n) -> notes.put(rs.getLong(1), rs.getString(2))).list();
        }
        return notes;
    }

    /**
     * Lets one digest run at a time across every application process on the database, until the caller's
     * transaction ends: a second run then reads only what the first left held, so no message goes in two
     * digests.
     */
    public void lockForDigest() {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtext('daily-digest'))) locked")
                .query(Integer.class).single();
    }

    /**
     * These messages, if not sent yet (held for a digest, or failed and waiting to be sent again), go to another
     * address: their person's address changed meanwhile. By message, not by address: two people swapping addresses
     * keep their own mail.
     */
    public void readdressUnsent(List<Long> messageIds, String to) {
        if (!messageIds.isEmpty()) {
            jdbc.sql("update outbox_message set recipient = :to where status in (" + UNSENT + ") and id in (:ids)")
                    .param("ids", messageIds).param("to", to).update();
        }
    }

    /**
     * The messages to this address not sent yet: held for its digest, recorded while no mail server was configured,
     * or still being tried (or given up on), which "Send again" would send there. Not a notice that an address
     * changed: that one is for the address it names.
     */
    public List<Long> unsent(String recipient) {
        return jdbc.sql("select id from outbox_message where status in (" + UNSENT + ") and recipient = :r"
                + " and kind <> :k order by created_at, id").param("r", recipient)
                .param("k", MailKind.ACCOUNT_EMAIL_CHANGED.name()).query(Long.class).list();
    }

    /** The states of a message not sent yet, whose address may still change. */
    private static final String UNSENT = "'HELD', 'NOT_SENT', 'PENDING'";

    /** Messages held for one recipient's digest, oldest first. */
    public List<OutboxEntry> held(String recipient) {
        return jdbc.sql(SELECT + " where status = 'HELD' and recipient = :r order by created_at, id")
                .param("r", recipient).query(this::map).list();
    }

    public List<String> recipientsWithHeldMessages() {
        return jdbc.sql("select distinct recipient from outbox_message where status = 'HELD' order by recipient")
                .query(String.class).list();
    }

    public void markDigested(List<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("update outbox_message set status = 'DIGESTED' where id in (:ids) and status = 'HELD'")
                    .param("ids", ids).update();
        }
    }

    /**
     * The SQL condition that the outbox message under {@code alias} was left out as events overtook it, of the daily
     * digest it waited for or at its delivery (so never sent); its {@code last_error} then says why. The one
     * definition for whoever reads the outbox.
     */
    public static String leftOut(String alias) {
        return alias + ".status = 'DIGESTED' and " + alias + ".last_error is not null";
    }

    /**
     * Held messages a digest leaves out because events overtook them (a reminder for a return already in):
     * never sent, done with like a digested message, the reason kept where a failure's would be.
     */
    public void leaveOutOfDigest(List<Long> ids, String reason) {
        if (!ids.isEmpty()) {
            jdbc.sql("""
                    update outbox_message set status = 'DIGESTED', last_error = :reason
                    where id in (:ids) and status = 'HELD'""").param("reason", reason).param("ids", ids).update();
        }
    }

    public Optional<OutboxEntry> find(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(this::map).optional();
    }

    public Optional<OutboxEntry> findByKey(String key) {
        return jdbc.sql(SELECT + " where message_key = :key").param("key", key).query(this::map).optional();
    }

    public List<OutboxEntry> latest(int limit) {
        return latest(limit, null);
    }

    /**
     * The latest messages whose recipient or subject holds {@code find}, in any letters' case (blank: every
     * message), newest first: an administrator finds a mail older than the latest page this way.
     */
    public List<OutboxEntry> latest(int limit, String find) {
        if (find == null || find.isBlank()) {
            return jdbc.sql(SELECT + " order by created_at desc, id desc limit :limit").param("limit", limit)
                    .query(this::map).list();
        }
        // Typed text is looked for as written: a % or _ in it is no wildcard.
        String pattern = "%" + find.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql(SELECT + " where recipient ilike :p or subject ilike :p order by created_at desc, id desc"
                + " limit :limit").param("p", pattern).param("limit", limit).query(this::map).list();
    }

    public List<OutboxEntry> forReturn(long returnId) {
        return jdbc.sql(SELECT + " where return_id = :r order by created_at, id").param("r", returnId)
                .query(this::map).list();
    }

    private static final String SELECT = """
            select id, message_key, kind, recipient, subject, cycle_id, return_id, created_at, status,
                   delivered_at, attempts, last_error
            from outbox_message""";

    private OutboxEntry map(ResultSet rs, int row) throws SQLException {
        Timestamp delivered = rs.getTimestamp("delivered_at");
        return new OutboxEntry(rs.getLong("id"), rs.getString("message_key"), rs.getString("kind"),
                rs.getString("recipient"), rs.getString("subject"), (Long) rs.getObject("cycle_id"),
                (Long) rs.getObject("return_id"), rs.getTimestamp("created_at").toInstant(),
                OutboxEntry.Status.valueOf(rs.getString("status")), delivered == null ? null : delivered.toInstant(),
                rs.getInt("attempts"), rs.getString("last_error"));
    }
}
