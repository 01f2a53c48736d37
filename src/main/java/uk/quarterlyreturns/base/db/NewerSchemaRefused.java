package uk.quarterlyreturns.base.db;

import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * Flyway lets a version start on a database that a newer version has migrated ("future" migrations are ignored by
 * default); ours then would run against tables it does not know, e.g. a node left behind in an upgrade, or a
 * rollback without its restore. Nothing is ignored: such a start is refused ({@link DatabaseFailures} says why).
 */
@Component
class NewerSchemaRefused implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.ignoreMigrationPatterns(new String[0]);
    }
}
