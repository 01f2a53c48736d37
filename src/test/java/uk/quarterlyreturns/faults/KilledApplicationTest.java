package uk.quarterlyreturns.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import uk.quarterlyreturns.support.BesideTheSuite;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.db.EmbeddedDatabase;
import uk.quarterlyreturns.support.Await;

/**
 * The application in a process of its own, with its own embedded PostgreSQL on a fixed port (as installed),
 * is killed (kill -9) part-way through a cycle with returns in every state. Restarted on the same data it has
 * lost nothing: returns, values, narratives, tasks, timers, chases and outbox are as they were. The next
 * reminder timer then fires and its mail goes out exactly once.
 */
@Execution(ExecutionMode.CONCURRENT) // its applications are processes of their own: it runs beside the suite
@ResourceLock(BesideTheSuite.LOCK)
class KilledApplicationTest {

    private static final Duration START = Duration.ofMinutes(5);
    private static final int RETURNS = 12;

    @TempDir
    Path temp;

    @Test
    void killedMidCycleThenRestartedLosesNothingAndRemindsOnce() throws Exception {
        long began = System.nanoTime();
        GreenMail smtp = Mail.start();
        int dbPort = Mail.freePortBelowEphemeral();
        Path data = temp.resolve("postgres");
        List<String> args = List.of("--server.port=0", "--quarterly.database.directory=" + data,
                "--quarterly.database.port=" + dbPort, "--quarterly.demo.cycles=false",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--quarterly.mail.retry-cycle=R2/PT1S", "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-wait=1000", "--logging.level.root=warn");
        ChildProcess first = null;
        ChildProcess second = null;
        try {
            first = ChildProcess.start("killed-first", List.of("faults.states=killed:2430:" + RETURNS), args);
            String[] ready = first.await(ChildApplication.READY, START);
            long readyAt = System.nanoTime();
            Instant clockAtReady = Instant.parse(ready[2]);
            ReminderRound round = ReminderRound.parse(String.join(" ", List.of(ready).subList(3, ready.length)));
            long firstStartSeconds = first.secondsSinceStart();
            JdbcClient jdbc = Sql.connect(dbPort, data);

            assertThat(Sql.rows(jdbc, "select distinct status from service_return order by 1"))
                    .containsExactly("status=ACCEPTED", "status=DRAFT", "status=NOT_STARTED", "status=SENT_BACK",
                            "status=SIGNED_OFF", "status=SUBMITTED");
            Map<String, List<String>> before = Sql.snapshot(jdbc);
            List<String> statuses = Sql.rows(jdbc, "select id, status, version from service_return order by id");
            long narratives = Sql.count(jdbc, "select count(*) from measure_value where reasons is not null"
                    + " and actions_planned is not null");
            assertThat(narratives).isEqualTo(RETURNS - RETURNS / ReturnsInEveryState.STATES);
            assertThat(before.get("tasks")).isNotEmpty();
            assertThat(before.get("jobs")).isNotEmpty();

            first.kill();
            Instant clockAtKill = clockAtReady.plusNanos(System.nanoTime() - readyAt);

            // Same data, same port; the clock carries on from where the killed process left it.
            second = ChildProcess.start("killed-second", List.of("faults.clock=" + clockAtKill), args);
            second.await(ChildApplication.READY, START);
            long secondStartSeconds = second.secondsSinceStart();
            Map<String, List<String>> after = Sql.snapshot(jdbc);
            for (String table : before.keySet()) {
                assertThat(after.get(table)).as(table + " after the restart").isEqualTo(before.get(table));
            }

            // The next timer: the reminder of each return still outstanding (not started or a draft).
            Instant fireAt = round.reminderAt().plusSeconds(60);
            long timersDue = jdbc.sql("""
                    select count(*) from act_ru_job where type_ = 'timer' and process_def_key_ = 'serviceReturn'
                    and duedate_ <= :t""").param("t", Timestamp.from(fireAt)).query(Long.class).single();
            assertThat(jdbc.sql("""
                    select min(duedate_) from act_ru_job where type_ = 'timer'""").query(Timestamp.class).single()
                    .toInstant()).as("no other timer comes first").isEqualTo(round.reminderAt());
            long outstanding = Sql.count(jdbc, "select count(*) from service_return where status in"
                    + " ('NOT_STARTED', 'DRAFT')");
            long expected = outstanding * 2; // to the director and the data officer
            assertThat(outstanding).isEqualTo(2L * RETURNS / ReturnsInEveryState.STATES);

            smtp.purgeEmailFromAllMailboxes();
            long fired = System.nanoTime();
            second.send("clock " + fireAt);
            second.await(ChildApplication.CLOCK, Duration.ofSeconds(30));
            String reminders = "select count(*) from chase where kind = 'REMINDER'";
            String delivered = "select count(*) from outbox_message where kind = 'REMINDER' and status = 'DELIVERED'";
            Await.until(expected + " reminders delivered", Duration.ofSeconds(60), () ->
                    Sql.count(jdbc, reminders) >= expected && Sql.count(jdbc, delivered) >= expected
                    && smtp.getReceivedMessages().length >= expected);
            long firedMillis = (System.nanoTime() - fired) / 1_000_000;
            Sql.awaitJobsSettled(jdbc, Duration.ofSeconds(60)); // a duplicate would be sent by then

            List<MimeMessage> received = List.of(smtp.getReceivedMessages());
            long chaseDuplicates = Sql.count(jdbc, """
                    select coalesce(sum(n - 1), 0) from (select count(*) n from chase
                    group by return_id, step, recipient having count(*) > 1) d""");
            System.out.printf("Fault (kill -9): %d returns in 6 states, killed after a %d s start and set-up;"
                    + " restart took %d s; %d tasks, %d jobs (%d reminder timers), %d values with narratives,"
                    + " %d outbox rows intact; reminders due %d (%d returns outstanding x 2), chase rows %d,"
                    + " delivered %d, received %d, duplicates %d, in %d ms; test %d s%n",
                    RETURNS, firstStartSeconds, secondStartSeconds, before.get("tasks").size(),
                    before.get("jobs").size(), timersDue, narratives,
                    before.get("outbox").size(), expected, outstanding, Sql.count(jdbc, reminders),
                    Sql.count(jdbc, delivered), received.size(), chaseDuplicates + Mail.duplicates(received),
                    firedMillis, (System.nanoTime() - began) / 1_000_000_000L);

            assertThat(Sql.count(jdbc, reminders)).isEqualTo(expected);
            assertThat(Sql.count(jdbc, delivered)).isEqualTo(expected);
            assertThat(received).hasSize((int) expected)
                    .allSatisfy(m -> assertThat(Mail.subject(m)).contains("Reminder"));
            assertThat(Mail.duplicates(received)).isZero();
            assertThat(chaseDuplicates).isZero();
            assertThat(Sql.rows(jdbc, "select id, status, version from service_return order by id"))
                    .as("no return changed but for how far it has been chased").isEqualTo(statuses);
        } finally {
            for (ChildProcess child : new ChildProcess[] {second, first}) {
                if (child != null) {
                    child.close();
                }
            }
            // Should the restart not have happened: stops the PostgreSQL the killed process left running.
            if (java.nio.file.Files.exists(data.resolve("postmaster.pid"))) {
                EmbeddedDatabase.start(data, 0).close();
            }
            smtp.stop();
        }
    }
}
