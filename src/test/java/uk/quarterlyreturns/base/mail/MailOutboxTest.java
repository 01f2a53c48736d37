package uk.quarterlyreturns.base.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.TestMailServer;

/** Mail through the outbox to a real SMTP server (GreenMail), and what happens when SMTP is down. */
class MailOutboxTest extends ApplicationTest {

    @Autowired
    MailOutbox outbox;

    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;

    @Autowired
    ManagementService management;

    @AfterEach
    void smtpBackUp() {
        if (!TestMailServer.server().isRunning()) {
            TestMailServer.restart();
        }
    }

    @Test
    void aMessageIsDeliveredAndRecorded() throws Exception {
        String key = "test:delivered:" + System.nanoTime();
        long id = outbox.send(new MailMessage(key, "NOTICE", "dir.housing@demo.council.test",
                "Your Quarter 2 return", "Plain text body", "<p>HTML body</p>", null, null));

        Await.until("delivery recorded", TestMailServer.DELIVERY,
                () -> outbox.find(id).orElseThrow().status() == OutboxEntry.Status.DELIVERED);
        List<MimeMessage> received = receivedWithSubject("Your Quarter 2 return");
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getAllRecipients()[0].toString()).isEqualTo("dir.housing@demo.council.test");
        assertThat(outbox.find(id).orElseThrow().deliveredAt()).isNotNull();

        // The same key again is neither recorded twice nor sent twice.
        assertThat(outbox.send(new MailMessage(key, "NOTICE", "dir.housing@demo.council.test",
                "Your Quarter 2 return", "Plain text body", null, null, null))).isEqualTo(id);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).count())
                .as("deliveries started for the key").isEqualTo(1);
        Await.until("no delivery of the key still running", Duration.ofSeconds(30),
                () -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count() == 0);
        assertThat(receivedWithSubject("Your Quarter 2 return")).hasSize(1);
    }

    @Test
    void smtpDownLeavesAnIncidentAndNoDuplicateAfterRecovery() throws Exception {
        TestMailServer.stop();
        String subject = "Reminder while SMTP is down " + System.nanoTime();
        long id = outbox.send(new MailMessage("test:down:" + subject, "REMINDER", "dir.economy@demo.council.test",
                subject, "Body", null, null, null));
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey("test:down:" + subject)
                .singleResult().getId();

        Await.until("retries exhausted into an incident", Duration.ofSeconds(60), () ->
                management.createJobQuery().processInstanceId(instance).noRetriesLeft().count() == 1);
        Incident incident = runtime.createIncidentQuery().processInstanceId(instance).singleResult();
        assertThat(incident).isNotNull();
        assertThat(incident.getIncidentMessage()).contains("Could not deliver message " + id);
        OutboxEntry failed = outbox.find(id).orElseThrow();
        assertThat(failed.status()).isEqualTo(OutboxEntry.Status.PENDING);
        assertThat(failed.attempts()).isEqualTo(2); // R2 in tests: two tries in all, as Camunda counts the first
        assertThat(failed.lastError()).isNotBlank();

        TestMailServer.restart();
        Job job = management.createJobQuery().processInstanceId(instance).singleResult();
        management.setJobRetries(job.getId(), 1);
        Await.until("delivered after recovery", TestMailServer.DELIVERY,
                () -> outbox.find(id).orElseThrow().status() == OutboxEntry.Status.DELIVERED);
        Await.until("the process has ended", Duration.ofSeconds(30),
                () -> runtime.createProcessInstanceQuery().processInstanceId(instance).count() == 0);
        assertThat(receivedWithSubject(subject)).hasSize(1);
    }

    private static List<MimeMessage> receivedWithSubject(String subject) {
        return TestMailServer.received().stream().filter(m -> {
            try {
                return subject.equals(m.getSubject());
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }
}
