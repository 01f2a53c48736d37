package uk.quarterlyreturns.base.db;

import org.springframework.boot.context.properties.ConfigurationProperties;

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
}
