package uk.quarterlyreturns.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.db.EmbeddedDatabase;

/**
 * The demo, as a new user runs it: the first start replays 2017/18 on a moved clock; stopped and started again on
 * the same data, the demo carries on from the instant it had reached. No timer fires because of the restart: no
 * message, chase, escalation or compilation, and every cycle, return, task and timer is as it was.
 */
class DemoRestartTest {

    private static final Duration START = Duration.ofMinutes(12); // the first start replays two quarters
    private static final Instant DEMO_NOW = Instant.parse("2017-10-30T10:00:00Z");

    @TempDir
    Path temp;

    @Test
    void aRestartCarriesOnFromTheDemosTimeAndFiresNothing() throws Exception {
        int dbPort = Mail.freePortBelowEphemeral();
        Path data = temp.resolve("postgres");
        List<String> args = List.of("--server.port=0", "--quarterly.database.directory=" + data,
                "--quarterly.database.port=" + dbPort, "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-wait=1000", "--logging.level.root=warn");
        ChildProcess first = null;
        ChildProcess second = null;
        try {
            first = ChildProcess.start("demo-first", List.of(), args);
            Instant firstClock = Instant.parse(first.await(ChildApplication.READY, START)[2]);
            assertThat(firstClock).isBetween(DEMO_NOW, DEMO_NOW.plus(Duration.ofMinutes(10)));
            JdbcClient jdbc = Sql.connect(dbPort, data);
            assertThat(Sql.count(jdbc, "select count(*) from cycle")).as("the demo's two quarters").isEqualTo(2);
            assertThat(Sql.count(jdbc, "select count(*) from act_ru_job where type_ = 'timer'"))
                    .as("timers waiting in the demo's future").isPositive();
            Map<String, List<String>> before = Sql.snapshot(jdbc);
            long escalations = Sql.count(jdbc, "select count(*) from chase");
            first.close();
            Instant savedAtStop;
            try (EmbeddedDatabase stopped = EmbeddedDatabase.start(data, dbPort)) {
                savedAtStop = jdbc.sql("select demo_now from demo_clock").query(java.sql.Timestamp.class).single()
                        .toInstant();
            }
            assertThat(savedAtStop).as("the demo's time saved on shutdown").isAfterOrEqualTo(firstClock);

            second = ChildProcess.start("demo-second", List.of(), args);
            Instant secondClock = Instant.parse(second.await(ChildApplication.READY, START)[2]);
            assertThat(secondClock).as("carries on from where it stopped, not today")
                    .isBetween(savedAtStop, savedAtStop.plus(Duration.ofMinutes(5)));
            // A clock jumped to today would have every 2017 timer due at once; give the job executor time to show it.
            Thread.sleep(10_000);
            Map<String, List<String>> after = Sql.snapshot(jdbc);
            for (String table : before.keySet()) {
                assertThat(after.get(table)).as(table + " after the restart").isEqualTo(before.get(table));
            }
            assertThat(Sql.count(jdbc, "select count(*) from chase")).isEqualTo(escalations);
        } finally {
            for (ChildProcess child : new ChildProcess[] {second, first}) {
                if (child != null) {
                    child.close();
                }
            }
            if (java.nio.file.Files.exists(data.resolve("postmaster.pid"))) {
                EmbeddedDatabase.start(data, 0).close();
            }
        }
    }
}
