package uk.quarterlyreturns.faults;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.EngineJobs;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.TestMailServer;

/**
 * SMTP goes down just before a reminder round over many returns. The reminders are recorded and chased, but
 * their delivery fails, is retried, then stops as incidents; nothing is marked delivered. Once SMTP is back and
 * an operator retries the incidents, every reminder is delivered exactly once.
 */
class SmtpOutageTest extends ApplicationTest {

    private static final int RETURNS = 40;

    @Autowired ApplicationContext app;
    @Autowired JdbcClient jdbc;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;

    private ReminderRound round;

    /** The clock moves on: the chases of cycles that tests before this one left open must not all run now. */
    @BeforeEach
    void noCycleLeftRunning() {
        OpenedCycles.endThoseLeftRunning(runtime);
    }

    @AfterEach
    void restore() {
        if (!TestMailServer.server().isRunning()) {
            TestMailServer.restart();
        }
        if (round != null) {
            List<String> instances = new ArrayList<>(jdbc.sql("""
                    select process_instance_id from service_return where cycle_id = :c
                    union select process_instance_id from cycle where id = :c""")
                    .param("c", round.cycleId()).query(String.class).list());
            OpenedCycles.endAll(runtime, instances);
        }
        ClockUtil.reset();
    }

    @Test
    void remindersWhileSmtpIsDownAreDeliveredExactlyOnceAfterItReturns() {
        long began = System.nanoTime();
        // A year of its own in the shared database.
        round = ReminderRound.prepare(app, "smtp", 2350, RETURNS);

        TestMailServer.stop();
        long outageBegan = System.nanoTime();
        assertThat(RestClient.create().get().uri(url("/actuator/health")).retrieve().body(String.class))
                .as("the application's health while the mail server is away").contains("\"status\":\"UP\"");
        ReminderRound.setClock(round.reminderAt().plusSeconds(60));
        EngineJobs.wake();
        Await.until(RETURNS + " reminders recorded and their deliveries stopped as incidents", Duration.ofSeconds(90),
                () -> count(REMINDERS) == RETURNS && count(INCIDENTS) == RETURNS);
        long outageMillis = (System.nanoTime() - outageBegan) / 1_000_000;
        long chased = count("select count(*) from chase c join service_return r on r.id = c.return_id"
                + " where r.cycle_id = :c and c.kind = 'REMINDER'");
        assertThat(chased).as("chases recorded").isEqualTo(RETURNS);
        assertThat(count(REMINDERS + " and status = 'DELIVERED'")).as("delivered while SMTP is down").isZero();
        assertThat(count(REMINDERS + " and status = 'PENDING' and attempts = 2")).isEqualTo(RETURNS);
        long failedAttempts = count("select coalesce(sum(attempts), 0) from outbox_message where cycle_id = :c"
                + " and kind = 'REMINDER'");

        // SMTP is back; the operator retries the incidents (Cockpit's "increment retries").
        TestMailServer.restart();
        long recoveryBegan = System.nanoTime();
        List<String> jobs = jdbc.sql("""
                select j.id_ from act_ru_job j join act_ru_execution e on e.id_ = j.process_instance_id_
                join outbox_message o on o.message_key = e.business_key_
                where o.cycle_id = :c and o.kind = 'REMINDER' and j.retries_ = 0""")
                .param("c", round.cycleId()).query(String.class).list();
        assertThat(jobs).hasSize(RETURNS);
        management.setJobRetries(jobs, 1);
        EngineJobs.wake(); // jobs given tries again are told to nobody, as timers are
        Await.until("every reminder delivered", Duration.ofSeconds(90), () ->
                count(REMINDERS + " and status = 'DELIVERED'") == RETURNS && received().size() >= RETURNS);
        long recoveryMillis = (System.nanoTime() - recoveryBegan) / 1_000_000;
        Await.until("this round's deliveries settled", Duration.ofSeconds(60), () -> count("""
                select count(*) from act_ru_job j join act_ru_execution e on e.id_ = j.process_instance_id_
                join outbox_message o on o.message_key = e.business_key_
                where o.cycle_id = :c and (j.lock_owner_ is not null or j.retries_ > 0)""") == 0);

        List<MimeMessage> received = received();
        long delivered = count(REMINDERS + " and status = 'DELIVERED'");
        System.out.printf("Fault (SMTP down): %d returns, %d reminders due, %d chases recorded, %d incidents and"
                + " %d failed attempts in %d ms, 0 delivered while down; after recovery %d delivered, %d received,"
                + " %d duplicates in %d ms; test %d s%n", RETURNS, RETURNS, chased, RETURNS, failedAttempts,
                outageMillis, delivered, received.size(), Mail.duplicates(received), recoveryMillis,
                (System.nanoTime() - began) / 1_000_000_000L);
        assertThat(delivered).isEqualTo(RETURNS);
        assertThat(received).hasSize(RETURNS).allSatisfy(m -> assertThat(Mail.subject(m)).contains("Reminder"));
        assertThat(Mail.duplicates(received)).isZero();
        assertThat(received.stream().map(Mail::recipient).distinct()).hasSize(RETURNS);
        assertThat(count(INCIDENTS)).isZero();
        assertThat(count("select count(*) from chase c join service_return r on r.id = c.return_id"
                + " where r.cycle_id = :c and c.kind = 'REMINDER'")).as("chases, once each").isEqualTo(RETURNS);
    }

    private static final String REMINDERS = "select count(*) from outbox_message where cycle_id = :c"
            + " and kind = 'REMINDER'";

    private static final String INCIDENTS = """
            select count(*) from act_ru_incident i join act_ru_execution e on e.id_ = i.proc_inst_id_
            join outbox_message o on o.message_key = e.business_key_
            where o.cycle_id = :c and o.kind = 'REMINDER'""";

    private long count(String sql) {
        return jdbc.sql(sql).param("c", round.cycleId()).query(Long.class).single();
    }

    private List<MimeMessage> received() {
        return TestMailServer.received().stream().filter(Mail.to(round.domain())).toList();
    }
}
