package uk.quarterlyreturns.base.mail.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.mail.MailMessage;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.mail.MailOutbox;
import uk.quarterlyreturns.base.mail.MailRetry;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.ui.NotAllowedView;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.TestMailServer;
import uk.quarterlyreturns.support.TwoServiceFramework;
import uk.quarterlyreturns.support.ViewTest;
import uk.quarterlyreturns.base.calendar.UkDateFormat;

/**
 * The administrators' outbox: each message with its tries and last error; a failed one is sent again (one, or
 * all after a confirmation) and reaches the SMTP server, recorded and shown with who sent it again and when. Nobody
 * else may send a message again: not on the screen, not through the service, not through the engine's API.
 */
class OutboxViewTest extends ViewTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MailOutbox outbox;
    @Autowired
    MailRetry retry;
    @Autowired
    PeopleService people;
    @Autowired
    FrameworkImport imports;
    @Autowired
    Organisation organisation;
    @Autowired
    YearRepository years;
    @Autowired
    CycleRepository cycles;

    @Test
    void aMessageRecordedWithoutAMailServerIsSentAgainAndDelivered() throws Exception {
        String subject = "Recorded while no server " + System.nanoTime();
        long id = recordedNotSent(subject);
        signIn("admin");
        open("admin/outbox");
        Grid<?> grid = _get(Grid.class);
        int row = rowOf(grid, subject);
        assertThat(delivery(grid, row)).containsExactly("Not delivered",
                "Last error: No SMTP server is configured (set SPRING_MAIL_HOST)");

        _click((Button) GridKt._getCellComponent(grid, row, "retry"));

        Await.until("the message delivered", TestMailServer.DELIVERY, () -> delivered(subject).size() == 1);
        assertThat(delivered(subject).get(0).getAllRecipients()[0].toString()).isEqualTo("someone@demo.council.test");
        Await.until("the outbox says delivered", Duration.ofSeconds(10), () -> "DELIVERED".equals(status(id)));
        assertThat(resends(id)).containsExactly("admin");
        assertThat(jdbc.sql("select resent_at from outbox_resend where message_id = :id").param("id", id)
                .query(java.sql.Timestamp.class).single().toInstant())
                .isBetween(java.time.Instant.now().minusSeconds(60), java.time.Instant.now());
        open("admin/outbox");
        grid = _get(Grid.class);
        String today = UkDateFormat.ofPattern("d MMM yyyy")
                .format(java.time.ZonedDateTime.now(uk.quarterlyreturns.base.calendar.LondonTime.ZONE));
        assertThat(delivery(grid, rowOf(grid, subject))).as("who sent it again, and when")
                .anyMatch(line -> line.matches("Sent again by System Administrator \\(admin\\) on " + today
                        + " \\d\\d:\\d\\d"));
    }

    @Test
    void aMessageOlderThanTheLatestPageIsFoundByItsRecipientOrSubject() {
        String subject = "Needle in the outbox " + System.nanoTime();
        long id = recordedNotSent(subject);
        // Older than any other message: beyond the latest page of an outbox as full as the suite leaves it.
        jdbc.sql("update outbox_message set created_at = timestamp '2001-01-01 09:00' where id = :id").param("id", id)
                .update();
        signIn("admin");
        open("admin/outbox");
        TextField find = _get(TextField.class, s -> s.withLabel("Find by recipient or subject"));
        _setValue(find, subject.toUpperCase(java.util.Locale.UK));
        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains(subject, "someone@demo.council.test");

        String escaped = "Escape a_b " + System.nanoTime();
        recordedNotSent(escaped);
        _setValue(find, escaped.replace("a_b", "a%b"));
        assertThat(GridKt._size(grid)).as("a % typed is looked for as written, not as any text").isZero();
        _setValue(find, escaped);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        _setValue(find, "");
        assertThat(GridKt._size(grid)).isPositive();
    }

    @Test
    void onlyAnAdministratorMaySendAMessageAgainOnTheScreenTheServiceOrTheEnginesApi() {
        String subject = "Not theirs to resend " + System.nanoTime();
        long id = recordedNotSent(subject);
        for (String who : List.of("perf", "dir.housing", "reader")) {
            signIn(who);
            open("admin/outbox");
            assertThat(_get(NotAllowedView.class).getElement().getTextRecursively()).as(who)
                    .contains("You may not open this page");
            assertThatThrownBy(() -> retry.retry(id, who)).as(who).isInstanceOf(NotAllowedException.class)
                    .hasMessage("Only an administrator may send a message again");
            assertThatThrownBy(() -> retry.retryAll(List.of(outbox.find(id).orElseThrow()), who)).as(who)
                    .isInstanceOf(NotAllowedException.class);
            // the engine's API would give a stuck delivery another try: administrators only
            assertThat(new Api(url(""), who, "demo").put("/engine-rest/job/any/retries", "application/json",
                    "{\"retries\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_8)).getStatusCode().value())
                    .as(who).isEqualTo(403);
        }
        assertThat(status(id)).isEqualTo("NOT_SENT");
        assertThat(resends(id)).isEmpty();
    }

    @Test
    void anAdministratorWhoLostTheRoleSinceOpeningThePageIsRefusedOnIt() {
        String admin = "outbox.admin.2823";
        people.create(new Person(admin, "Otto Outbox", null, java.util.EnumSet.of(Role.ADMIN), null, null, true,
                false, false), "a-long-password");
        String subject = "Resent by a former administrator " + System.nanoTime();
        long id = recordedNotSent(subject);
        signIn(admin);
        open("admin/outbox");
        Grid<?> grid = _get(Grid.class);
        Button again = (Button) GridKt._getCellComponent(grid, rowOf(grid, subject), "retry");
        jdbc.sql("update user_role set role = 'READER' where username = :u").param("u", admin).update();

        _click(again);

        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .contains("Only an administrator may send a message again");
        assertThat(status(id)).isEqualTo("NOT_SENT");
        assertThat(resends(id)).isEmpty();
    }

    @Test
    void everyFailedMessageIsSentAgainAfterAConfirmation() {
        String subject = "Failed together " + System.nanoTime();
        long first = recordedNotSent(subject + " a");
        long second = recordedNotSent(subject + " b");
        signIn("admin");
        open("admin/outbox");
        _setValue(_get(TextField.class, s -> s.withLabel("Find by recipient or subject")), subject);
        Button all = com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class).stream()
                .filter(b -> b.getText().startsWith("Send all failed again (")).findFirst().orElseThrow();
        assertThat(all.isEnabled()).isTrue();

        _click(all);
        assertThat(status(first)).as("nothing before the confirmation").isEqualTo("NOT_SENT");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        Await.until("both delivered", TestMailServer.DELIVERY,
                () -> delivered(subject + " a").size() == 1 && delivered(subject + " b").size() == 1);
        Await.until("both marked delivered", Duration.ofSeconds(10),
                () -> "DELIVERED".equals(status(first)) && "DELIVERED".equals(status(second)));
        assertThat(resends(first)).containsExactly("admin");
        assertThat(resends(second)).containsExactly("admin");
    }

    @Test
    void aFailedMessageEventsOvertookSaysWhyAndIsNotOfferedAgain() {
        String gone = "outbox.gone.2824";
        people.create(new Person(gone, "Gwen Gone", gone + "@demo.council.test", java.util.EnumSet.of(Role.READER),
                null, null, false, false, false), "a-long-password");
        String subject = "To someone who left " + System.nanoTime();
        long id = recordedNotSent(subject);
        jdbc.sql("update outbox_message set recipient = :to where id = :id").param("to", gone + "@demo.council.test")
                .param("id", id).update();
        notOfferedAgain(subject, id, "Not sent again: its recipient has been disabled since");
    }

    /** Housing's reminder failed; its director has since moved to another service: not theirs to be sent again. */
    @Test
    void aReturnsMailToSomeoneWhoNoLongerHandlesItSaysWhyAndIsNotOfferedAgain() {
        String year = "6073-74";
        imports.importMeasures(year, TwoServiceFramework.csv(TwoServiceFramework.HEADER
                + TwoServiceFramework.measure("OM-1", "Outbox Housing 6073")
                + TwoServiceFramework.measure("OM-2", "Outbox Parks 6073")));
        Organisation.ServiceUnit housing = organisation.findService("Outbox Housing 6073").orElseThrow();
        Organisation.ServiceUnit parks = organisation.findService("Outbox Parks 6073").orElseThrow();
        java.time.Instant now = java.time.Instant.now();
        long cycleId = cycles.insert(years.find(year).orElseThrow().id(), 1, now.plus(Duration.ofDays(14)),
                now.plus(Duration.ofDays(30)), "perf", now, ChasePolicy.DEFAULT);
        long returnId = jdbc.sql("""
                insert into service_return (cycle_id, service_id, status) values (:c, :s, 'DRAFT') returning id""")
                .param("c", cycleId).param("s", housing.id()).query(Long.class).single();
        String director = "outbox.moved.6073";
        people.create(new Person(director, "Mo Moved", director + "@demo.council.test",
                java.util.EnumSet.of(Role.SERVICE_DIRECTOR), housing.id(), housing.directorateId(), true, false,
                false), "a-long-password");
        String subject = "Outbox Housing 6073: Reminder " + System.nanoTime();
        long id = recordedNotSent(subject);
        jdbc.sql("update outbox_message set kind = 'REMINDER', recipient = :to, return_id = :r where id = :id")
                .param("to", director + "@demo.council.test").param("r", returnId).param("id", id).update();
        people.assignToService(director, parks.id(), parks.directorateId(), Role.SERVICE_DIRECTOR, "admin");
        try {
            notOfferedAgain(subject, id, "Not sent again: its recipient may no longer act on the return");
        } finally {
            jdbc.sql("update app_user set enabled = false where username = :u").param("u", director).update();
        }
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
        assertThat(delivery(grid, row)).hasSize(2).first().isEqualTo("Failed: gave up retrying (" + tries + " tries)");
        assertThat(delivery(grid, row).get(1)).startsWith("Last error: ")
                .contains("Local address contains control or whitespace");

        _click((Button) GridKt._getCellComponent(grid, row, "retry"));

        Await.until("one more try", Duration.ofSeconds(30), () -> attempts(id) == tries + 1);
    }

    @Test
    void eachMessageSaysItsKindInWordsNotItsCode() {
        String subject = "An escalation " + System.nanoTime();
        jdbc.sql("""
                insert into outbox_message (message_key, kind, recipient, subject, body_text, status)
                values (:key, 'ESCALATION_CHIEF_EXECUTIVE', 'ce@demo.council.test', :subject, 'Hello', 'NOT_SENT')
                """).param("key", "outbox-view-test:" + System.nanoTime()).param("subject", subject).update();
        signIn("admin");
        open("admin/outbox");
        Grid<?> grid = _get(Grid.class);

        assertThat(GridKt._getFormattedRow(grid, rowOf(grid, subject))).contains("Escalated to the chief executive")
                .doesNotContain("ESCALATION_CHIEF_EXECUTIVE");
    }

    /** A reminder left out of a digest (the return came in first) was shown as "Last error": it is why, not a fault. */
    @Test
    void aMessageLeftOutOfADigestSaysWhyUnderDelivery() {
        String subject = "Left out " + System.nanoTime();
        String why = "Left out of the daily digest: the return was submitted before it went";
        jdbc.sql("""
                insert into outbox_message (message_key, kind, recipient, subject, body_text, status, last_error)
                values (:key, 'REMINDER', 'digest@demo.council.test', :subject, 'Hello', 'DIGESTED', :why)
                """).param("key", "outbox-view-test:" + System.nanoTime()).param("subject", subject)
                .param("why", why).update();
        signIn("admin");
        open("admin/outbox");
        Grid<?> grid = _get(Grid.class);

        assertThat(delivery(grid, rowOf(grid, subject))).as("no \"Last error\" under it").containsExactly(why);
    }

    /**
     * The failed message, seen by an administrator, says why under Delivery, offers no "Send again" and is not
     * counted in "Send all failed again"; it is still not sent.
     */
    private void notOfferedAgain(String subject, long id, String why) {
        signIn("admin");
        open("admin/outbox");
        Grid<?> grid = _get(Grid.class);
        int row = rowOf(grid, subject);

        assertThat(delivery(grid, row).get(0)).isEqualTo("Not delivered. " + why);
        assertThat(GridKt._getCellComponent(grid, row, "retry").isVisible()).isFalse();
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class).stream()
                .filter(b -> b.getText().startsWith("Send all failed again (")).findFirst().orElseThrow().getText())
                .as("only messages that may go are counted").isEqualTo("Send all failed again (0)");
        assertThat(status(id)).isEqualTo("NOT_SENT");
    }

    /** The lines of a message's Delivery cell: what became of it, its last error, each time it was sent again. */
    private static List<String> delivery(Grid<?> grid, int row) {
        return GridKt._getCellComponent(grid, row, "delivery").getChildren().map(c -> c.getElement().getText())
                .toList();
    }

    private long recordedNotSent(String subject) {
        return jdbc.sql("""
                insert into outbox_message (message_key, kind, recipient, subject, body_text, status, last_error)
                values (:key, 'TEST', 'someone@demo.council.test', :subject, 'Hello', 'NOT_SENT',
                        'No SMTP server is configured (set SPRING_MAIL_HOST)')
                returning id""").param("key", "outbox-view-test:" + System.nanoTime()).param("subject", subject)
                .query(Long.class).single();
    }

    /**
     * The message's row, found by its subject: the outbox shows the latest thousand, and the suite's tests leave
     * more than that, some stamped by clocks moved ahead.
     */
    private static int rowOf(Grid<?> grid, String subject) {
        _setValue(_get(TextField.class, s -> s.withLabel("Find by recipient or subject")), subject);
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

    /** Who sent the message again, once per time. */
    private List<String> resends(long id) {
        return jdbc.sql("select resent_by from outbox_resend where message_id = :id order by resent_at")
                .param("id", id).query(String.class).list();
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
