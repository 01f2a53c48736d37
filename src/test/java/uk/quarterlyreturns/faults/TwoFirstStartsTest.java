package uk.quarterlyreturns.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.db.EmbeddedDatabase;
import uk.quarterlyreturns.support.BesideTheSuite;

/**
 * A Kubernetes install's first start: its two pods start at once on an empty database, with the same settings. Both
 * start, taking turns at Camunda's tables and the first administrator, where one used to stop creating the tables
 * the other was creating, or inserting the administrator the other had just inserted.
 */
@Execution(ExecutionMode.CONCURRENT) // its applications are processes of their own: it runs beside the suite
@ResourceLock(BesideTheSuite.LOCK)
class TwoFirstStartsTest {

    private static final Duration START = Duration.ofMinutes(4);

    @TempDir
    Path temp;

    @Test
    void twoNodesStartingAtOnceOnAnEmptyDatabaseBothStart() throws Exception {
        List<ChildProcess> nodes = new ArrayList<>();
        try (EmbeddedDatabase db = EmbeddedDatabase.start(temp.resolve("empty"), 0)) {
            for (String node : List.of("first-a", "first-b")) {
                nodes.add(ChildProcess.start(node, List.of(), args(db)));
            }
            for (ChildProcess node : nodes) {
                node.await(ChildApplication.STARTED, START);
            }
            JdbcClient jdbc = JdbcClient.create(db.postgresDatabase());
            assertThat(Sql.count(jdbc, "select count(*) from app_user")).as("one first administrator").isOne();
            assertThat(Sql.count(jdbc, "select count(*) from act_re_procdef where key_ = 'serviceReturn'"))
                    .as("the return's process deployed once").isOne();
        } finally {
            for (ChildProcess node : nodes) {
                node.close();
            }
        }
    }

    /** A server's settings (the prod profile), the same for both, as one Deployment's pods have them. */
    private static List<String> args(EmbeddedDatabase db) {
        return List.of("--spring.profiles.active=prod", "--server.port=0", "--spring.datasource.url=" + db.jdbcUrl(),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=" + db.credentials().superuserPassword(),
                "--quarterly.organisation=Test Council", "--quarterly.base-url=https://returns.test.example",
                "--quarterly.first-admin.username=itadmin", "--quarterly.first-admin.email=it@council.test",
                "--quarterly.first-admin.password=a long passphrase for the first start",
                "--logging.level.root=warn");
    }
}
