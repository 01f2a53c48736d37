package uk.quarterlyreturns.chasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.base.mail.MailDelivery;
import uk.quarterlyreturns.base.mail.MailOutbox;
import uk.quarterlyreturns.base.mail.OutboxEntry;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.returns.ChaseCounts;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.HeldImports;
import uk.quarterlyreturns.support.TestMailServer;

/**
 * At the deadline the chase records the overdue notices; their deliveries queue behind the returns' own steps, or fail
 * while the mail server is down and wait for their retries. Mail that events overtook meanwhile is left out when its
 * delivery comes, saying why, as the daily digest leaves it out: the service submitted ("Housing's return is overdue"
 * would go to its director and the performance team after all), or its deadline was extended. Years 6221-6224,
 * 6228 and 6229 are this class's own.
 */
class MailOvertakenBeforeItsDeliveryTest extends ApplicationTest {

    private static final String SUBMITTED = "Not sent: it asks for a return that has been submitted since";

    @Autowired ApplicationContext context;
    @Autowired Chasing chasing;
    @Autowired DeadlineExtensions extensions;
    @Autowired MailDelivery delivery;
    @Autowired DailyDigest digest;
    @Autowired MailOutbox outbox;
    @Autowired ChaseCounts chaseCounts;
    @Autowired ReturnRepository returns;
    @Autowired PeopleService people;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void smtpBackUp() {
        if (!TestMailServer.server().isRunning()) {
            TestMailServer.restart();
        }
    }

    @Test
    void overdueNoticesWaitingForTheMailServerAreNotSentOnceTheServiceHasSubmitted() {
        long returnId = ServiceOfItsOwn.returnOf(context, 6221, false, Instant.now().minus(Duration.ofDays(1)));
        TestMailServer.stop();
        chasing.sendDueChase(returnId);
        Set<Long> queued = outbox.forReturn(returnId).stream().filter(m -> m.status() == OutboxEntry.Status.PENDING)
                .map(OutboxEntry::id).collect(Collectors.toSet());
        assertThat(outbox.forReturn(returnId)).filteredOn(m -> queued.contains(m.id()))
                .extracting(OutboxEntry::kind).contains("OVERDUE");
        Await.until("every delivery tried and failed", TestMailServer.DELIVERY,
                () -> messages(queued).stream().allMatch(m -> m.attempts() > 0));

        submitted(returnId);
        TestMailServer.restart();
        // those whose retries ran out meanwhile are tried again, as an administrator would from Cockpit
        messages(queued).forEach(m -> deliveryJobs(m).stream().filter(j -> j.getRetries() == 0)
                .forEach(j -> management.setJobRetries(j.getId(), 1)));
        Await.until("every delivery done", TestMailServer.DELIVERY,
                () -> messages(queued).stream().noneMatch(m -> m.status() == OutboxEntry.Status.PENDING));

        assertThat(messages(queued)).allSatisfy(m -> {
            assertThat(m.status()).isEqualTo(OutboxEntry.Status.DIGESTED);
            assertThat(m.lastError()).isEqualTo(SUBMITTED);
        });
        assertThat(TestMailServer.received()).noneMatch(m -> subject(m).contains("Chase Service 6221"));
        assertThat(chaseCounts.forReturn(returnId)).as("no chase was sent")
                .extracting(ChaseCounts.Counts::reminders, ChaseCounts.Counts::escalations).containsExactly(0, 0);
    }

    @Test
    void theOverdueNoticeOfAReturnExtendedSinceAndTheIssueNoticeOfOneSubmittedSinceAreLeftOut() {
        long late = ServiceOfItsOwn.returnOf(context, 6222, false, Instant.now().minus(Duration.ofDays(1)));
        long overdue = queued("OVERDUE", "cs.dir.6222@demo.council.test", late);
        long reminder = queued("REMINDER", "cs.dir.6222@demo.council.test", late);
        extensions.extend(late, people.find("perf").orElseThrow(), Instant.now().plus(Duration.ofDays(5)),
                "National data late", null);
        long issued = ServiceOfItsOwn.returnOf(context, 6223, false, Instant.now().plus(Duration.ofDays(14)));
        long notice = queued("RETURN_ISSUED", "cs.dir.6223@demo.council.test", issued);
        submitted(issued);

        List.of(overdue, reminder, notice).forEach(delivery::deliver);

        assertThat(outbox.find(overdue).orElseThrow()).extracting(OutboxEntry::status, OutboxEntry::lastError)
                .containsExactly(OutboxEntry.Status.DIGESTED, "Not sent: the return's deadline has been moved later"
                        + " since");
        assertThat(outbox.find(notice).orElseThrow()).extracting(OutboxEntry::status, OutboxEntry::lastError)
                .containsExactly(OutboxEntry.Status.DIGESTED, SUBMITTED);
        assertThat(outbox.find(reminder).orElseThrow().status()).as("still asked for: it goes")
                .isEqualTo(OutboxEntry.Status.DELIVERED);
        assertThat(TestMailServer.received()).extracting(MailOvertakenBeforeItsDeliveryTest::subject)
                .contains("Reminder queued 6222").doesNotContain("Overdue queued 6222", "Return_issued queued 6223");
    }

    /**
     * A reminder that waited (for the mail server, or in a queue) until the deadline had passed would say the return
     * closes in two days beside the overdue notice: it is left out, and the overdue notice goes.
     */
    @Test
    void aReminderWhoseDeadlinePassedWhileItWaitedIsLeftOut() {
        long late = ServiceOfItsOwn.returnOf(context, 6228, false, Instant.now().minus(Duration.ofHours(1)));
        long reminder = queued("REMINDER", "cs.dir.6228@demo.council.test", late);
        long overdue = queued("OVERDUE", "cs.dir.6228@demo.council.test", late);

        List.of(reminder, overdue).forEach(delivery::deliver);

        assertThat(outbox.find(reminder).orElseThrow()).extracting(OutboxEntry::status, OutboxEntry::lastError)
                .containsExactly(OutboxEntry.Status.DIGESTED, "Not sent: the return's deadline has passed since: the"
                        + " overdue notice went instead");
        assertThat(outbox.find(overdue).orElseThrow().status()).isEqualTo(OutboxEntry.Status.DELIVERED);
    }

    /**
     * "Ready for your sign-off" held overnight for a director's digest, after the director signed off that day; and
     * "sent back" waiting for its delivery after the service submitted again: each asks for what is done.
     */
    @Test
    void mailAskingForASignOffOrAResubmissionAlreadyMadeIsLeftOut() {
        long r = ServiceOfItsOwn.returnOf(context, 6229, true, Instant.now().plus(Duration.ofDays(14)));
        jdbc.sql("update service_return set status = 'SUBMITTED', first_submitted_at = now() - interval '2 hours',"
                + " submitted_at = now() - interval '2 hours' where id = :id").param("id", r).update();
        long signOff = queued("AWAITING_SIGN_OFF", "cs.dir.6229@demo.council.test", r);
        jdbc.sql("update outbox_message set status = 'HELD' where id = :id").param("id", signOff).update();
        long sentBack = queued("SENT_BACK", "cs.dir.6229@demo.council.test", r);
        // sent back in the morning, submitted again two hours ago, signed off now
        jdbc.sql("update outbox_message set created_at = now() - interval '3 hours' where id = :id")
                .param("id", sentBack).update();
        jdbc.sql("update service_return set status = 'SIGNED_OFF', signed_off_at = now() where id = :id")
                .param("id", r).update();

        digest.sendDigests();
        delivery.deliver(sentBack);

        assertThat(outbox.find(signOff).orElseThrow()).extracting(OutboxEntry::status, OutboxEntry::lastError)
                .containsExactly(OutboxEntry.Status.DIGESTED, "Left out of the daily digest: the return has been"
                        + " signed off or sent back since");
        assertThat(outbox.find(sentBack).orElseThrow()).extracting(OutboxEntry::status, OutboxEntry::lastError)
                .containsExactly(OutboxEntry.Status.DIGESTED, "Not sent: the return has been submitted again since");
        assertThat(TestMailServer.receivedBy("cs.dir.6229@demo.council.test", "digest")).isEmpty();
    }

    /** The issue notice's step reads the return under its lock: a submission committing meanwhile is seen. */
    @Test
    void anIssueNoticeTakenWhileTheServiceSubmitsWaitsForTheSubmissionAndAsksForNothing() throws Exception {
        long returnId = ServiceOfItsOwn.returnOf(context, 6224, false, Instant.now().plus(Duration.ofDays(14)));
        HeldImports.secondWhileFirstOpen(transactions, () -> {
            returns.lock(returnId);
            submitted(returnId);
            return null;
        }, () -> {
            chasing.notifyIssued(returnId);
            return null;
        });

        assertThat(outbox.forReturn(returnId)).extracting(OutboxEntry::kind).doesNotContain("RETURN_ISSUED");
    }

    /** The return submitted, as its data officer's submission leaves it. */
    private void submitted(long returnId) {
        jdbc.sql("update service_return set status = 'SUBMITTED', first_submitted_at = now(), submitted_at = now()"
                + " where id = :id").param("id", returnId).update();
    }

    /** A message recorded for delivery and not yet delivered: its delivery is run by the test. */
    private long queued(String kind, String to, long returnId) {
        String subject = kind.charAt(0) + kind.substring(1).toLowerCase() + " queued " + to.replaceAll("\\D", "");
        return jdbc.sql("""
                insert into outbox_message (message_key, kind, recipient, subject, body_text, status, return_id,
                                            created_at)
                values (:key, :kind, :to, :subject, 'Hello', 'PENDING', :r, now()) returning id""")
                .param("key", "overtaken-queued:" + System.nanoTime()).param("kind", kind).param("to", to)
                .param("subject", subject).param("r", returnId).query(Long.class).single();
    }

    private List<OutboxEntry> messages(Set<Long> ids) {
        return ids.stream().map(id -> outbox.find(id).orElseThrow()).toList();
    }

    private List<Job> deliveryJobs(OutboxEntry message) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(message.key()).list().stream()
                .flatMap(p -> management.createJobQuery().processInstanceId(p.getId()).list().stream()).toList();
    }

    private static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
