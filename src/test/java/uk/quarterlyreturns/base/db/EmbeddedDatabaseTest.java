package uk.quarterlyreturns.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import uk.quarterlyreturns.support.BesideTheSuite;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

@Execution(ExecutionMode.CONCURRENT) // its databases and processes are its own: it runs beside the suite
@ResourceLock(BesideTheSuite.LOCK)
class EmbeddedDatabaseTest {

    @TempDir
    Path temp;

    @Test
    void keepsDataAcrossRestarts() {
        Path dir = temp.resolve("postgres");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0)) {
            JdbcClient.create(db.postgresDatabase()).sql("create table kept (v int); insert into kept values (42)")
                    .update();
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0)) {
            assertThat(JdbcClient.create(db.postgresDatabase()).sql("select v from kept").query(Integer.class)
                    .single()).isEqualTo(42);
        }
    }

    @Test
    void refusesAPortAlreadyInUseInsteadOfConnectingToSomeoneElse() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("localhost"))) {
            assertThatThrownBy(() -> EmbeddedDatabase.start(temp.resolve("postgres"), taken.getLocalPort()))
                    .isInstanceOf(EmbeddedDatabaseException.class)
                    .hasMessageContaining("Port " + taken.getLocalPort() + " is already in use")
                    .hasMessageContaining("QUARTERLY_DB_PORT");
        }
    }

    /**
     * A connection PostgreSQL closed first (here, a client it turned away) leaves the port in TIME_WAIT for
     * a minute, also after PostgreSQL stops. That is no one listening: the fixed port must be taken again at once.
     */
    @Test
    void startsAgainOnItsFixedPortAtOnceAfterStopping() throws Exception {
        Path dir = temp.resolve("postgres");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, port)) {
            // A client PostgreSQL turns away: it answers with an error and closes the connection first.
            try (java.net.Socket client = new java.net.Socket("localhost", port)) {
                client.getOutputStream().write(new byte[] {0, 0, 0, 8, 0, 9, 0, 9}); // protocol 9.9
                client.getInputStream().readAllBytes();
            }
        }
        try (EmbeddedDatabase again = EmbeddedDatabase.start(dir, port)) {
            assertThat(again.port()).isEqualTo(port);
        }
    }

    @Test
    void refusesADirectoryARunningInstanceUses() {
        Path dir = temp.resolve("postgres");
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dir, 0)) {
            assertThatThrownBy(() -> EmbeddedDatabase.start(dir, 0))
                    .isInstanceOf(EmbeddedDatabaseException.class)
                    .hasMessageContaining("in use by another running instance");
            assertThat(JdbcClient.create(first.postgresDatabase()).sql("select 1").query(Integer.class).single())
                    .isEqualTo(1);
        }
    }

    @Test
    void stopsThePostgresAKilledRunLeftBehindAndKeepsItsData() throws Exception {
        Path dir = temp.resolve("postgres");
        Process owner = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledOwner.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(owner.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.equals(KilledOwner.READY)) {
            // start-up log lines
        }
        assertThat(line).as("the owner process started its database").isEqualTo(KilledOwner.READY);
        owner.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        long orphanPid = Long.parseLong(Files.readAllLines(dir.resolve("postmaster.pid")).get(0).trim());
        assertThat(ProcessHandle.of(orphanPid)).as("postgres outlived its killed owner")
                .hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());

        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0)) {
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            try (Connection c = db.postgresDatabase().getConnection()) {
                assertThat(JdbcClient.create(db.postgresDatabase()).sql("select v from committed")
                        .query(Integer.class).single()).isEqualTo(7);
            }
        }
    }

    /** Runs in a child JVM: starts a database, commits a row, then waits to be killed. */
    public static final class KilledOwner {
        static final String READY = "READY";

        public static void main(String[] args) throws Exception {
            EmbeddedDatabase db = EmbeddedDatabase.start(Path.of(args[0]), 0);
            JdbcClient.create(db.postgresDatabase()).sql("create table committed (v int); insert into committed values (7)")
                    .update();
            System.out.println(READY);
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
        }
    }
}
