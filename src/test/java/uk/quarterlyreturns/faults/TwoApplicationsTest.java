package uk.quarterlyreturns.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
 * Two application processes on one PostgreSQL, both job executors on, as a second node would run. Over a reminder
 * round of more than a hundred returns each reminder is chased, recorded and delivered exactly once, and both
 * processes did part of the work (the engine's job log names the node that ran each job).
 */
@Execution(ExecutionMode.CONCURRENT) // its applications are processes of their own: it runs beside the suite
@ResourceLock(BesideTheSuite.LOCK)
class TwoApplicationsTest {

    private static final Duration START = Duration.ofMinutes(5);
    private static final int RETURNS = 120;
    private static final int START_YEAR = 2420;

    @TempDir
    Path temp;

    @Test
    void twoNodesSendEachReminderOnce() throws Exception {
        long began = System.nanoTime();
        GreenMail smtp = Mail.start();
        List<ChildProcess> nodes = new ArrayList<>();
        try (EmbeddedDatabase db = EmbeddedDatabase.start(temp.resolve("shared"), 0)) {
            JdbcClient jdbc = JdbcClient.create(db.postgresDatabase());
            Instant opening = java.time.ZonedDateTime.of(START_YEAR, 7, 1, 9, 0, 0, 0,
                    uk.quarterlyreturns.framework.ReportingYear.LONDON).toInstant();
            ChildProcess a = ChildProcess.start("node-a", List.of("faults.clock=" + opening,
                    "faults.setup=two:" + START_YEAR + ":" + RETURNS), args(db, smtp, "node-a"));
            nodes.add(a);
            a.await(ChildApplication.STARTED, START); // its schema is in place: the second node can start
            ChildProcess b = ChildProcess.start("node-b", List.of("faults.clock=" + opening), args(db, smtp, "node-b"));
            nodes.add(b);
            String[] ready = a.await(ChildApplication.READY, START);
            ReminderRound round = ReminderRound.parse(String.join(" ", List.of(ready).subList(3, ready.length)));
            b.await(ChildApplication.READY, START);
            long startSeconds = (System.nanoTime() - began) / 1_000_000_000L;

            Instant fireAt = round.reminderAt().plusSeconds(60);
            long timersDue = jdbc.sql("""
                    select count(*) from act_ru_job where type_ = 'timer' and process_def_key_ = 'serviceReturn'
                    and duedate_ <= :t""").param("t", Timestamp.from(fireAt)).query(Long.class).single();
            assertThat(timersDue).as("reminder timers due").isEqualTo(RETURNS);
            smtp.purgeEmailFromAllMailboxes();
            long fired = System.nanoTime();
            for (ChildProcess node : nodes) {
                node.send("clock " + fireAt);
            }
            for (ChildProcess node : nodes) {
                node.await(ChildApplication.CLOCK, Duration.ofSeconds(30));
            }
            String delivered = "select count(*) from outbox_message where kind = 'REMINDER' and status = 'DELIVERED'";
            Await.until(RETURNS + " reminders delivered", Duration.ofSeconds(120), () ->
                    Sql.count(jdbc, delivered) >= RETURNS && smtp.getReceivedMessages().length >= RETURNS);
            long firedMillis = (System.nanoTime() - fired) / 1_000_000;
            Sql.awaitJobsSettled(jdbc, Duration.ofSeconds(60)); // a duplicate would be sent by then

            List<MimeMessage> received = Mail.received(smtp, Mail.to(round.domain()));
            long outbox = Sql.count(jdbc, "select count(*) from outbox_message where kind = 'REMINDER'");
            long chases = Sql.count(jdbc, "select count(*) from chase where kind = 'REMINDER'");
            long chaseDuplicates = Sql.count(jdbc, """
                    select coalesce(sum(n - 1), 0) from (select count(*) n from chase
                    group by return_id, step, recipient having count(*) > 1) d""");
            long keyDuplicates = Sql.count(jdbc, "select count(*) - count(distinct message_key) from outbox_message");
            // Successful executions of this round's jobs (timer, chase, delivery) by the node that ran them.
            Map<String, Long> byNode = jdbc.sql("""
                    select hostname_, count(*) n from act_hi_job_log
                    where job_state_ = 2 and timestamp_ >= :t group by hostname_""")
                    .param("t", Timestamp.from(round.reminderAt())).query((rs, i) -> Map.entry(rs.getString(1),
                            rs.getLong(2))).list().stream().collect(Collectors.toMap(Map.Entry::getKey,
                            Map.Entry::getValue));
            List<String> byStep = jdbc.sql("""
                    select act_id_, hostname_, count(*) n from act_hi_job_log
                    where job_state_ = 2 and timestamp_ >= :t group by 1, 2 order by 1, 2""")
                    .param("t", Timestamp.from(round.reminderAt()))
                    .query((rs, i) -> rs.getString(1) + " on " + rs.getString(2) + ": " + rs.getLong(3)).list();
            long failedAttempts = jdbc.sql("""
                    select count(*) from act_hi_job_log where job_state_ = 1 and timestamp_ >= :t""")
                    .param("t", Timestamp.from(round.reminderAt())).query(Long.class).single();
            System.out.printf("Fault (two nodes): %d returns, %d reminders due, outbox %d, delivered %d, received %d,"
                    + " chases %d; duplicates: chases %d, outbox keys %d, deliveries %d; jobs run per node %s"
                    + " (%d failed attempts, retried); round took %d ms after a %d s start; test %d s%n",
                    RETURNS, timersDue, outbox, Sql.count(jdbc, delivered), received.size(), chases, chaseDuplicates,
                    keyDuplicates, Mail.duplicates(received), byNode, failedAttempts, firedMillis, startSeconds,
                    (System.nanoTime() - began) / 1_000_000_000L);
            byStep.forEach(line -> System.out.println("  " + line));

            assertThat(outbox).isEqualTo(RETURNS);
            assertThat(Sql.count(jdbc, delivered)).isEqualTo(RETURNS);
            assertThat(received).hasSize(RETURNS);
            assertThat(chases).isEqualTo(RETURNS);
            assertThat(chaseDuplicates).isZero();
            assertThat(keyDuplicates).isZero();
            assertThat(Mail.duplicates(received)).isZero();
            assertThat(Sql.count(jdbc, "select count(*) from act_ru_incident")).isZero();
            assertThat(byNode.keySet()).containsExactlyInAnyOrder("node-a", "node-b");
            assertThat(byNode.values()).allMatch(n -> n > 0);
            for (ChildProcess node : nodes) {
                node.close();
            }
        } finally {
            for (ChildProcess node : nodes) {
                node.close();
            }
            smtp.stop();
        }
    }

    private static List<String> args(EmbeddedDatabase db, GreenMail smtp, String node) {
        return List.of("--server.port=0", "--spring.datasource.url=" + db.jdbcUrl(),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=" + db.credentials().superuserPassword(),
                "--quarterly.demo.cycles=false", "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp.getSmtp().getPort(), "--quarterly.mail.retry-cycle=R2/PT1S",
                "--camunda.bpm.job-execution.wait-time-in-millis=200", "--camunda.bpm.job-execution.max-wait=1000",
                // The engine writes this name into its job log: which node ran each job.
                "--camunda.bpm.generic-properties.properties.hostname=" + node, "--logging.level.root=warn");
    }
}
