package uk.quarterlyreturns.base.mail;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Whether an SMTP server is configured, so that screens can say truthfully what became of a message: queued
 * for delivery, or only recorded in the outbox.
 */
@Component
public class MailServer {

    private final ObjectProvider<JavaMailSender> sender;
    private final boolean hostSet;

    MailServer(ObjectProvider<JavaMailSender> sender, @Value("${spring.mail.host:}") String host) {
        this.sender = sender;
        this.hostSet = StringUtils.hasText(host);
    }

    public boolean configured() {
        return hostSet && sender.getIfAvailable() != null;
    }

    /** The sender, or null when no server is configured. */
    JavaMailSender sender() {
        return configured() ? sender.getIfAvailable() : null;
    }

    /** How a screen reports emails it has just recorded, e.g. "2 emails queued for delivery". */
    public String whatHappened(int emails) {
        String count = emails + (emails == 1 ? " email" : " emails");
        return configured() ? count + " queued for delivery (see the outbox for what becomes of them)"
                : count + " recorded, not sent: no mail server is configured";
    }
}
