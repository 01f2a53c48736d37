package uk.quarterlyreturns.base.db;

import org.springframework.boot.context.properties.ConfigurationProperties;
import uk.quarterlyreturns.base.SettingException;
import uk.quarterlyreturns.base.SettingRules;

/**
 * Where the embedded PostgreSQL keeps its data and listens. Used only when no external
 * spring.datasource.url is configured.
 *
 * @param directory data directory (default ./data/postgres)
 * @param port port to listen on; 0 picks a free one
 * @param temporary a throw-away data directory, deleted on shutdown (tests)
 * @param embeddedInProd explicit opt-in to the embedded database under the prod profile
 */
@ConfigurationProperties("quarterly.database")
public record DatabaseProperties(String directory, int port, boolean temporary, boolean embeddedInProd) {

    public DatabaseProperties {
        if (port < 0 || port > 65_535) {
            throw new SettingException("QUARTERLY_DB_PORT", "a port number from 1 to 65535", port);
        }
        if (!temporary) {
            SettingRules.notBlank("QUARTERLY_DB_DIR", directory, "a directory for the embedded database's data");
        }
    }
}
