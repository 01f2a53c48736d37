package uk.quarterlyreturns.base.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import uk.quarterlyreturns.base.QuarterlySettingsTest;

/**
 * TLS for SMTP, once an IT department turns it on, is not given up when the server (or someone between) does not
 * offer it: nothing is sent, rather than the messages and the SMTP password in clear.
 */
class SmtpTlsTest {

    @Test
    void withTlsTurnedOnAServerWithoutItGetsNothing() throws IOException {
        GreenMail plain = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        plain.start();
        try {
            JavaMailSenderImpl sender = sender(Map.of("SPRING_MAIL_PROPERTIES_MAIL_SMTP_STARTTLS_ENABLE", "true"),
                    plain.getSmtp().getPort());
            assertThatThrownBy(() -> sender.send(message())).hasMessageContaining("STARTTLS");
            assertThat(plain.getReceivedMessages()).isEmpty();

            // Without TLS turned on, plain SMTP (a relay inside the council's network) still works.
            sender(Map.of(), plain.getSmtp().getPort()).send(message());
            assertThat(plain.getReceivedMessages()).hasSize(1);
        } finally {
            plain.stop();
        }
    }

    /** A sender with the mail properties application.yml gives under these environment variables. */
    private static JavaMailSenderImpl sender(Map<String, Object> variables, int port) throws IOException {
        StandardEnvironment environment = QuarterlySettingsTest.environment(variables);
        Properties properties = new Properties();
        properties.putAll(Binder.get(environment).bind("spring.mail.properties",
                Bindable.mapOf(String.class, String.class)).get());
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.setJavaMailProperties(properties);
        return sender;
    }

    private static SimpleMailMessage message() {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom("performance@council.test");
        message.setTo("director@council.test");
        message.setSubject("Your return");
        message.setText("Please send it");
        return message;
    }
}
