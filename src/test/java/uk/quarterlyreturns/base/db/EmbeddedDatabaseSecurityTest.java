package uk.quarterlyreturns.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.support.BesideTheSuite;

/**
 * The embedded PostgreSQL used to trust every local connection, and the application connected as its
 * superuser: any local process could read the password hashes, drop the report's trigger or run programs.
 */
@Execution(ExecutionMode.CONCURRENT) // its databases are its own: it runs beside the suite
@ResourceLock(BesideTheSuite.LOCK)
class EmbeddedDatabaseSecurityTest {

    @TempDir
    Path temp;

    @Test
    void aLocalProcessWithoutThePasswordIsRefused() {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(temp.resolve("postgres"), 0)) {
            for (String user : new String[] {"postgres", "quarterly"}) {
                assertThatThrownBy(() -> count(connect(db, user, null))).as(user + " without a password")
                        .rootCause().hasMessageContaining("password");
                assertThatThrownBy(() -> count(connect(db, user, "guess"))).as(user + " with a guess")
                        .rootCause().hasMessageContaining("password authentication failed");
            }
            String hba = readHba(db);
            assertThat(hba).contains("scram-sha-256");
            assertThat(hba.lines().filter(l -> !l.isBlank() && !l.startsWith("#")))
                    .allMatch(l -> l.trim().endsWith("scram-sha-256"));
        }
    }

    @Test
    void thePasswordsAreKeptInAnOwnerOnlyFileWithTheDataAndSurviveARestart() throws Exception {
        Path dir = temp.resolve("postgres");
        DatabaseCredentials first;
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0)) {
            first = db.credentials();
        }
        Path file = dir.resolve(DatabaseCredentials.FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(DatabaseCredentials.read(dir)).isEqualTo(first);
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0)) {
            assertThat(db.credentials()).isEqualTo(first);
            assertThat(count(connect(db, "quarterly", first.applicationPassword()))).isEqualTo(1);
        }
    }

    @Test
    void theApplicationsRoleOwnsItsSchemaButCannotRunProgramsOrActAsSuperuser() {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(temp.resolve("postgres"), 0)) {
            JdbcClient app = JdbcClient.create(connect(db, "quarterly", db.credentials().applicationPassword()));
            assertThat(app.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class)
                    .single()).isFalse();
            assertThat(app.sql("select nspowner::regrole::text from pg_namespace where nspname = 'public'")
                    .query(String.class).single()).isEqualTo("quarterly");
            app.sql("create table mine (v int); insert into mine values (1)").update();
            assertThatThrownBy(() -> app.sql("copy (select 1) to program 'id'").update())
                    .rootCause().hasMessageContaining("permission denied");
            assertThatThrownBy(() -> app.sql("alter role quarterly superuser").update())
                    .rootCause().hasMessageContaining("permission denied");
        }
    }

    @Test
    void aDataDirectoryFromBeforePasswordsIsTakenOverOnItsNextStart() throws Exception {
        Path dir = temp.resolve("postgres");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0)) {
            JdbcClient.create(db.postgresDatabase()).sql("create table earlier (id serial primary key, v int);"
                    + " insert into earlier (v) values (5); alter table earlier owner to postgres").update();
        }
        // As an earlier version left it: trusting every local connection, no password file.
        Files.writeString(dir.resolve("pg_hba.conf"), "host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n");
        Files.delete(dir.resolve(DatabaseCredentials.FILE));

        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0)) {
            assertThat(readHba(db)).doesNotContain("trust");
            JdbcClient app = JdbcClient.create(connect(db, "quarterly", db.credentials().applicationPassword()));
            app.sql("insert into earlier (v) values (6)").update();
            assertThat(app.sql("select sum(v) from earlier").query(Integer.class).single()).isEqualTo(11);
            assertThat(app.sql("select tableowner from pg_tables where tablename = 'earlier'").query(String.class)
                    .single()).isEqualTo("quarterly");
            assertThatThrownBy(() -> count(connect(db, "postgres", null))).rootCause().hasMessageContaining("password");
        }
    }

    private static String readHba(EmbeddedDatabase db) {
        try {
            return Files.readString(db.dataDirectory().resolve("pg_hba.conf"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static DataSource connect(EmbeddedDatabase db, String user, String password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(db.jdbcUrl());
        ds.setUser(user);
        if (password != null) {
            ds.setPassword(password);
        }
        return ds;
    }

    private static int count(DataSource ds) {
        return JdbcClient.create(ds).sql("select 1").query(Integer.class).single();
    }
}
