package uk.quarterlyreturns.base.db;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void runsOnItsOwnDurablePostgres() {
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL 17");
        assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
        // Only the superuser may read where the data lives; the application connects as its own role.
        assertThat(JdbcClient.create(embedded.postgresDatabase()).sql("show data_directory").query(String.class)
                .single()).isEqualTo(embedded.dataDirectory().toAbsolutePath().toString());
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("quarterly");
        assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class)
                .single()).isFalse();
        assertThat(jdbc.sql("select tableowner from pg_tables where tablename = 'report_version'")
                .query(String.class).single()).isEqualTo("quarterly");
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
