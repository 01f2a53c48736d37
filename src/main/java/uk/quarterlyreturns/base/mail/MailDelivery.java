package uk.quarterlyreturns.base.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.base.QuarterlySettings;
import uk.quarterlyreturns.base.mail.templates.MailKind;

/**
 * Hands one recorded message to SMTP. The row is locked while sending, and a message already marked
 * delivered is never sent again, so a retry cannot duplicate it; the only window for a duplicate is
 * between the SMTP server accepting the message and our commit of that fact. A message that events overtook while it
 * waited (behind the returns' own steps, or for the mail server to come back) is left out, saying why, as the daily
 * digest leaves it out (see {@link ResendRule}): "Housing's return is overdue" does not go once Housing has submitted.
 */
@Service
public class MailDelivery {

    /** How the outbox says why a message was left out at its delivery: "Not sent: it asks for ...". */
    private static final String LEFT_OUT = "Not sent: ";

    /** What the outbox keeps of a password reset link's mail once it is sent. */
    public static final String NOT_KEPT = "Not kept: this message carried a link to reset a password.";

    private final JdbcClient jdbc;
    private final MailServer mailServer;
    private final TransactionTemplate newTransaction;
    private final String from;
    private final java.time.Clock clock;

    private final List<ResendRule> rules;

    MailDelivery(JdbcClient jdbc, MailServer mailServer, PlatformTransactionManager transactions,
            QuarterlySettings settings, java.time.Clock clock, List<ResendRule> rules) {
        this.clock = clock;
        this.rules = rules;
        this.jdbc = jdbc;
        this.mailServer = mailServer;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.from = settings.mail().from();
    }

    /** Delivers the message, or throws so that the caller's retry can try again. */
    public void deliver(long messageId) {
        RuntimeException failure = newTransaction.execute(status -> sendLocked(messageId));
        if (failure != null) {
            // Recorded in a transaction of its own: the caller's rolls back to retry.
            newTransaction.executeWithoutResult(status -> jdbc.sql(
                    "update outbox_message set attempts = attempts + 1, last_error = :e where id = :id")
                    .param("e", String.valueOf(failure.getCause().getMessage())).param("id", messageId).update());
            throw failure;
        }
    }

    private RuntimeException sendLocked(long messageId) {
        Row row = jdbc.sql("select id, message_key, kind, recipient, subject, body_text, body_html, cycle_id,"
                + " return_id, created_at, status from outbox_message where id = :id for update")
                .param("id", messageId).query(this::map).single();
        OutboxEntry message = row.entry();
        if (message.status() != OutboxEntry.Status.PENDING) {
            return null;
        }
        // read as it stands now, after whatever waited before this try: a return submitted or extended meanwhile
        String overtaken = ResendRule.whyOvertaken(rules, List.of(message)).get(messageId);
        if (overtaken != null) {
            jdbc.sql("update outbox_message set status = 'DIGESTED', last_error = :why where id = :id")
                    .param("why", LEFT_OUT + overtaken).param("id", messageId).update();
            forgetIfAKey(message);
            return null;
        }
        JavaMailSender sender = mailServer.sender();
        if (sender == null) {
            jdbc.sql("update outbox_message set status = 'NOT_SENT', last_error = :e where id = :id")
                    .param("e", "No SMTP server is configured (set SPRING_MAIL_HOST)").param("id", messageId)
                    .update();
            forgetIfAKey(message);
            return null;
        }
        try {
            sender.send(mime(sender, row));
        } catch (Exception e) {
            return new MailDeliveryException("Could not deliver message " + messageId + " to " + message.recipient()
                    + ": " + e.getMessage(), e);
        }
        jdbc.sql("update outbox_message set status = 'DELIVERED', delivered_at = :now, attempts = attempts + 1,"
                + " last_error = null where id = :id").param("id", messageId)
                .param("now", java.sql.Timestamp.from(clock.instant())).update();
        forgetIfAKey(message);
        return null;
    }

    /** Whether mail of this kind is forgotten once sent, or found unsendable: it cannot be sent again. */
    static boolean notKept(String kind) {
        return MailKind.ACCOUNT_RESET_LINK.name().equals(kind);
    }

    /**
     * A mail that is a key to an account (a password reset link) is kept only until it is sent, or found unsendable:
     * then neither the outbox nor whoever reads the database can use it.
     */
    private void forgetIfAKey(OutboxEntry message) {
        if (notKept(message.kind())) {
            jdbc.sql("update outbox_message set body_text = :text, body_html = null where id = :id")
                    .param("text", NOT_KEPT).param("id", message.id()).update();
        }
    }

    private MimeMessage mime(JavaMailSender sender, Row row) throws MessagingException {
        MimeMessage mime = sender.createMimeMessage();
        boolean multipart = row.html() != null;
        MimeMessageHelper helper = new MimeMessageHelper(mime, multipart, "UTF-8");
        helper.setFrom(from);
        helper.setTo(row.entry().recipient());
        helper.setSubject(row.entry().subject());
        if (multipart) {
            helper.setText(row.text(), row.html());
        } else {
            helper.setText(row.text());
        }
        return mime;
    }

    private Row map(ResultSet rs, int n) throws SQLException {
        return new Row(new OutboxEntry(rs.getLong("id"), rs.getString("message_key"), rs.getString("kind"),
                rs.getString("recipient"), rs.getString("subject"), (Long) rs.getObject("cycle_id"),
                (Long) rs.getObject("return_id"), rs.getTimestamp("created_at").toInstant(),
                OutboxEntry.Status.valueOf(rs.getString("status")), null, 0, null), rs.getString("body_text"),
                rs.getString("body_html"));
    }

    /** The message as the rules read it, with its bodies. */
    private record Row(OutboxEntry entry, String text, String html) {
    }
}
