package uk.quarterlyreturns.base.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * between the SMTP server accepting the message and our commit of that fact.
 */
@Service
public class MailDelivery {

    /** What the outbox keeps of a password reset link's mail once it is sent. */
    public static final String NOT_KEPT = "Not kept: this message carried a link to reset a password.";

    private final JdbcClient jdbc;
    private final MailServer mailServer;
    private final TransactionTemplate newTransaction;
    private final String from;
    private final java.time.Clock clock;

    MailDelivery(JdbcClient jdbc, MailServer mailServer, PlatformTransactionManager transactions,
            QuarterlySettings settings, java.time.Clock clock) {
        this.clock = clock;
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
        Row row = jdbc.sql("select id, kind, recipient, subject, body_text, body_html, status from outbox_message"
                + " where id = :id for update").param("id", messageId).query(this::map).single();
        if (!"PENDING".equals(row.status())) {
            return null;
        }
        JavaMailSender sender = mailServer.sender();
        if (sender == null) {
            jdbc.sql("update outbox_message set status = 'NOT_SENT', last_error = :e where id = :id")
                    .param("e", "No SMTP server is configured (set SPRING_MAIL_HOST)").param("id", messageId)
                    .update();
            forgetIfAKey(row);
            return null;
        }
        try {
            sender.send(mime(sender, row));
        } catch (Exception e) {
            return new MailDeliveryException("Could not deliver message " + messageId + " to " + row.recipient()
                    + ": " + e.getMessage(), e);
        }
        jdbc.sql("update outbox_message set status = 'DELIVERED', delivered_at = :now, attempts = attempts + 1,"
                + " last_error = null where id = :id").param("id", messageId)
                .param("now", java.sql.Timestamp.from(clock.instant())).update();
        forgetIfAKey(row);
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
    private void forgetIfAKey(Row row) {
        if (notKept(row.kind())) {
            jdbc.sql("update outbox_message set body_text = :text, body_html = null where id = :id")
                    .param("text", NOT_KEPT).param("id", row.id()).update();
        }
    }

    private MimeMessage mime(JavaMailSender sender, Row row) throws MessagingException {
        MimeMessage mime = sender.createMimeMessage();
        boolean multipart = row.html() != null;
        MimeMessageHelper helper = new MimeMessageHelper(mime, multipart, "UTF-8");
        helper.setFrom(from);
        helper.setTo(row.recipient());
        helper.setSubject(row.subject());
        if (multipart) {
            helper.setText(row.text(), row.html());
        } else {
            helper.setText(row.text());
        }
        return mime;
    }

    private Row map(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("kind"), rs.getString("recipient"), rs.getString("subject"),
                rs.getString("body_text"), rs.getString("body_html"), rs.getString("status"));
    }

    private record Row(long id, String kind, String recipient, String subject, String text, String html,
            String status) {
    }
}
