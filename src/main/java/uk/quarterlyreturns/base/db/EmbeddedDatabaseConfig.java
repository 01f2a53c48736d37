package uk.quarterlyreturns.base.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** With no external datasource configured, the application starts and uses its own PostgreSQL. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedDatabaseConfig {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(DatabaseProperties properties, Environment environment) throws IOException {
        if (Arrays.asList(environment.getActiveProfiles()).contains("prod") && !properties.embeddedInProd()) {
            throw new EmbeddedDatabaseException("The prod profile needs an external PostgreSQL: set"
                    + " SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD,"
                    + " or opt in to the embedded database with QUARTERLY_DB_EMBEDDED_IN_PROD=true.");
        }
        if (properties.temporary()) {
            return EmbeddedDatabase.throwaway(Files.createTempDirectory("quarterly-db"), properties.port());
        }
        return EmbeddedDatabase.start(Path.of(properties.directory()), properties.port());
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedDatabase database) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl());
        config.setUsername(DatabaseCredentials.APPLICATION_ROLE);
        config.setPassword(database.credentials().applicationPassword());
        config.setMaximumPoolSize(20); // twice the job executor's threads: see application.yml
        config.setPoolName("quarterly");
        return new HikariDataSource(config);
    }
}
