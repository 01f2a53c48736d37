package uk.quarterlyreturns.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.Environment;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;
import uk.quarterlyreturns.base.mail.MailDeliveryProcess;
import uk.quarterlyreturns.support.ApplicationTest;

class ApplicationDatabaseTest extends ApplicationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedDatabase embedded;

    @Autowired
    RepositoryService repository;

    @Autowired
    Flyway flyway;

    @Autowired
    Environment environment;

    @Test
    void runsOnItsOwnPostgres() {
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL 17");
        // the tests' database is thrown away at the end of the run: nothing in it to keep through a crash
        assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("off");
        // Only the superuser may read where the data lives; the application connects as its own role.
        assertThat(JdbcClient.create(embedded.postgresDatabase()).sql("show data_directory").query(String.class)
                .single()).isEqualTo(embedded.dataDirectory().toAbsolutePath().toString());
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("quarterly");
        assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class)
                .single()).isFalse();
        assertThat(jdbc.sql("select tableowner from pg_tables where tablename = 'report_version'")
                .query(String.class).single()).isEqualTo("quarterly");
    }

    /** A database kept between runs survives a crash; only a throw-away one (the tests') skips the disk's waits. */
    @Test
    void aDatabaseKeptBetweenRunsIsDurable(@TempDir Path temp) {
        try (EmbeddedDatabase kept = EmbeddedDatabase.start(temp.resolve("kept"), 0)) {
            JdbcClient superuser = JdbcClient.create(kept.postgresDatabase());
            for (String setting : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
                assertThat(superuser.sql("show " + setting).query(String.class).single()).as(setting).isEqualTo("on");
            }
        }
        Path parent = temp.resolve("throwaway");
        try (EmbeddedDatabase throwaway = EmbeddedDatabase.throwaway(parent, 0)) {
            JdbcClient superuser = JdbcClient.create(throwaway.postgresDatabase());
            for (String setting : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
                assertThat(superuser.sql("show " + setting).query(String.class).single()).as(setting).isEqualTo("off");
            }
        }
        assertThat(parent).as("deleted once stopped").doesNotExist();
    }

    /** An older version started on a database a newer one migrated would run against tables it does not know. */
    @Test
    void aDatabaseMigratedByANewerVersionIsRefusedAtStart(@TempDir Path temp) {
        try (EmbeddedDatabase newer = EmbeddedDatabase.start(temp.resolve("newer"), 0)) {
            Flyway asConfigured = Flyway.configure().configuration(flyway.getConfiguration())
                    .dataSource(newer.postgresDatabase()).load();
            asConfigured.migrate();
            JdbcClient.create(newer.postgresDatabase()).sql("""
                    insert into app_schema_history (installed_rank, version, description, type, script, checksum,
                        installed_by, execution_time, success)
                    select max(installed_rank) + 1, '999', 'from a newer version', 'SQL', 'V999__newer.sql', 0,
                        current_user, 1, true from app_schema_history""").update();
            Throwable refused = catchThrowable(asConfigured::migrate);
            assertThat(refused).as("refused, not ignored").isNotNull();
            assertThat(new DatabaseFailures(environment).analyze(refused).getDescription())
                    .isEqualTo("The database holds migration 999, which this version of Quarterly Returns does not"
                            + " have: a newer version has migrated it. Start that version, or restore the backup"
                            + " taken before the upgrade (deploy/README.md, Upgrading)");
        }
    }

    @Test
    void createsTheSchemaWithFlywayAndCamunda() {
        assertThat(jdbc.sql("select count(*) from app_schema_history where success").query(Long.class).single())
                .isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("select count(*) from act_re_procdef").query(Long.class).single()).isPositive();
    }

    @Test
    void deploysTheProcessesFromTheProcessesFolder() {
        assertThat(repository.createProcessDefinitionQuery()
                .processDefinitionKey(MailDeliveryProcess.PROCESS_ID).latestVersion().singleResult())
                .isNotNull()
                .satisfies(d -> assertThat(d.getResourceName()).endsWith("processes/mailDelivery.bpmn"));
    }

    @Test
    void reportsHealthWithoutSigningIn() {
        String health = RestClient.create().get().uri(url("/actuator/health")).retrieve().body(String.class);
        assertThat(health).contains("\"status\":\"UP\"");
    }
}
