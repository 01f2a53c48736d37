package uk.quarterlyreturns.base.mail.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.mail.MailMessage;
import uk.quarterlyreturns.base.mail.MailOutbox;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.TestMailServer;
import uk.quarterlyreturns.support.ViewTest;

/**
 * The administrators' outbox: each message with its tries and last error; a failed one is sent again (one, or
 * all after a confirmation) and reaches the SMTP server.
 */
class OutboxViewTest extends ViewTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MailOutbox outbox;

    @Test
    void aMessageRecordedWithoutAMailServerIsSentAgainAndDelivered() throws Exception {
        String subject = "Recorded while no server " + System.nanoTime();
        long id = recordedNotSent(subject);
        signIn("admin");
        open("admin/outbox");
        Grid<?> grid = _get(Grid.class);
        int row = rowOf(grid, subject);
        assertThat(GridKt._getFormattedRow(grid, row)).contains("Not delivered",
                "No SMTP server is configured (set SPRING_MAIL_HOST)", "0");

        _click((Button) GridKt._getCellComponent(grid, row, "retry"));

        Await.until("the message delivered", Duration.ofSeconds(30), () -> delivered(subject).size() == 1);
        assertThat(delivered(subject).get(0).getAllRecipients()[0].toString()).isEqualTo("someone@demo.council.test");
        Await.until("the outbox says delivered", Duration.ofSeconds(10), () -> "DELIVERED".equals(status(id)));
    }

    @Test
    void everyFailedMessageIsSentAgainAfterAConfirmation() {
        String subject = "Failed together " + System.nanoTime();
        long first = recordedNotSent(subject + " a");
        long second = recordedNotSent(subject + " b");
        signIn("admin");
        open("admin/outbox");
        Button all = com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class).stream()
                .filter(b -> b.getText().startsWith("Send all failed again (")).findFirst().orElseThrow();
        assertThat(all.isEnabled()).isTrue();

        _click(all);
        assertThat(status(first)).as("nothing before the confirmation").isEqualTo("NOT_SENT");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        Await.until("both delivered", Duration.ofSeconds(30),
                () -> delivered(subject + " a").size() == 1 && delivered(subject + " b").size() == 1);
        Await.until("both marked delivered", Duration.ofSeconds(10),
                () -> "DELIVERED".equals(status(first)) && "DELIVERED".equals(status(second)));
    }

    @Test
    void aDeliveryThatGaveUpGetsAnotherTry() {
        String subject = "Refused by the server " + System.nanoTime();
        long id = outbox.send(new MailMessage("outbox-view-test:" + System.nanoTime(), "TEST", "not an address",
                subject, "Hello", null, null, null));
        // R2/PT1S in tests: a few quick tries fail, then the job waits as an incident.
        Await.until("the delivery gives up", Duration.ofSeconds(90), () -> noRetriesLeft(id));
        int tries = attempts(id);
        assertThat(tries).isGreaterThan(1);
        signIn("admin");
        open("admin/outbox");
        Grid<?> grid = _get(Grid.class);
        int row = rowOf(grid, subject);
        assertThat(GridKt._getFormattedRow(grid, row)).contains("Failed: gave up retrying",
                String.valueOf(tries), "Local address contains control or whitespace");

        _click((Button) GridKt._getCellComponent(grid, row, "retry"));

        Await.until("one more try", Duration.ofSeconds(30), () -> attempts(id) == tries + 1);
    }

    private long recordedNotSent(String subject) {
        return jdbc.sql("""
                insert into outbox_message (message_key, kind, recipient, subject, body_text, status, last_error)
                values (:key, 'TEST', 'someone@demo.council.test', :subject, 'Hello', 'NOT_SENT',
                        'No SMTP server is configured (set SPRING_MAIL_HOST)')
                returning id""").param("key", "outbox-view-test:" + System.nanoTime()).param("subject", subject)
                .query(Long.class).single();
    }

    private static int rowOf(Grid<?> grid, String subject) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._getFormattedRow(grid, i).contains(subject)) {
                return i;
            }
        }
        throw new AssertionError("No row for " + subject);
    }

    private static List<MimeMessage> delivered(String subject) {
        return TestMailServer.received().stream().filter(m -> {
            try {
                return subject.equals(m.getSubject());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private String status(long id) {
        return jdbc.sql("select status from outbox_message where id = :id").param("id", id).query(String.class)
                .single();
    }

    private int attempts(long id) {
        return jdbc.sql("select attempts from outbox_message where id = :id").param("id", id).query(Integer.class)
                .single();
    }

    private boolean noRetriesLeft(long id) {
        return jdbc.sql("""
                select count(*) from act_ru_job j join act_ru_variable v on v.proc_inst_id_ = j.process_instance_id_
                where j.process_def_key_ = 'mailDelivery' and j.retries_ = 0 and v.name_ = 'outboxMessageId'
                and v.long_ = :id""").param("id", id).query(Long.class).single() == 1;
    }
}
