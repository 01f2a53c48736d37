package uk.quarterlyreturns.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.mock.env.MockEnvironment;

/**
 * What an IT department reads when the database stops the start: one sentence saying what is wrong and which
 * setting to look at, never the password (nor the address's parameters, where one could be written).
 */
class DatabaseFailuresTest {

    private final DatabaseFailures analyser = new DatabaseFailures(new MockEnvironment()
            .withProperty("spring.datasource.url", "jdbc:postgresql://db.council.internal:5432/quarterly?password=hunter2")
            .withProperty("spring.datasource.username", "quarterly")
            .withProperty("spring.datasource.password", "hunter2"));

    @Test
    void eachWayAnExternalDatabaseFailsIsSaidInOneSentence() {
        assertThat(described(new SQLException("FATAL: password authentication failed for user \"quarterly\"",
                "28P01"))).isEqualTo("PostgreSQL at jdbc:postgresql://db.council.internal:5432/quarterly refused the"
                + " sign-in of user 'quarterly': check SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD"
                + " (FATAL: password authentication failed for user \"quarterly\")");
        assertThat(described(new SQLException("The connection attempt failed.", "08001")))
                .startsWith("PostgreSQL could not be reached at jdbc:postgresql://db.council.internal:5432/quarterly:"
                        + " check SPRING_DATASOURCE_URL");
        assertThat(described(new SQLException("FATAL: database \"quarterly\" does not exist", "3D000")))
                .startsWith("There is no database jdbc:postgresql://db.council.internal:5432/quarterly: create it");
        assertThat(described(new SQLException("ERROR: permission denied for schema public", "42501")))
                .startsWith("User 'quarterly' may not create or change the tables of"
                        + " jdbc:postgresql://db.council.internal:5432/quarterly: the application needs a user that"
                        + " owns its database, not a read-only one");
        assertThat(described(new FlywayException("Found non-empty schema(s) \"public\" but no schema history table."
                + " Use baseline() or set baselineOnMigrate to true to initialize the schema history table.")))
                .startsWith("The database jdbc:postgresql://db.council.internal:5432/quarterly already holds tables"
                        + " that are not Quarterly Returns'");
    }

    @Test
    void theEmbeddedDatabasesRefusalsAreItsOwnWords() {
        assertThat(described(new EmbeddedDatabaseException("Port 15432 is already in use, so the embedded"
                + " PostgreSQL cannot start there"))).startsWith("Port 15432 is already in use");
    }

    @Test
    void aDatabaseRefusedForWhatItHoldsIsSaidInItsOwnWords() {
        assertThat(described(new DatabaseRefusedException("The prod profile refuses to start: this database holds the"
                + " demo users"))).isEqualTo("The prod profile refuses to start: this database holds the demo users");
    }

    @Test
    void otherFailuresAreLeftToSpringBoot() {
        assertThat(analyser.analyze(new BeanCreationException("report", new IllegalStateException("no")))).isNull();
        assertThat(analyser.analyze(new SQLException("ERROR: division by zero", "22012"))).isNull();
    }

    @Test
    void springBootFindsTheAnalyser() {
        assertThat(SpringFactoriesLoader.loadFactoryNames(FailureAnalyzer.class, getClass().getClassLoader()))
                .contains(DatabaseFailures.class.getName());
    }

    /** The description of a start that failed deep inside bean creation with this cause. */
    private String described(Exception cause) {
        var analysis = analyser.analyze(new BeanCreationException("flywayInitializer", "Failed", cause));
        assertThat(analysis).as(cause.getMessage()).isNotNull();
        assertThat(analysis.getDescription()).doesNotContain("hunter2").doesNotContain("\n");
        assertThat(analysis.getAction()).isEqualTo(DatabaseFailures.ACTION);
        return analysis.getDescription();
    }
}
