package uk.quarterlyreturns.base.process;

import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.PersistenceSession;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates Camunda's tables, with Camunda's own scripts, on a database that has none of them, before the
 * engine checks its schema. Production runs with {@code camunda.bpm.database.schema-update: false}, so a
 * fresh install still starts, while an existing schema is never altered unattended: upgrades are the
 * explicit step described in README (Camunda's upgrade scripts, run before the new version starts).
 * Nodes starting at once on an empty database (a Deployment's pods) take turns: the first creates the tables while
 * the others wait, then find them, where each would otherwise have begun creating them and all but one failed.
 */
@Component
public class CamundaSchemaOnEmptyDatabase extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(CamundaSchemaOnEmptyDatabase.class);
    /** The advisory lock the nodes take turns on, apart from the application's others (1804-1807). */
    private static final int SCHEMA_LOCK = 1808;

    @Override
    public void postInit(ProcessEngineConfigurationImpl config) {
        config.getCommandExecutorSchemaOperations().execute(context -> {
            DbSqlSession session = (DbSqlSession) context.getSession(PersistenceSession.class);
            if ("postgres".equals(config.getDatabaseType())) {
                takeTurn(session);
            }
            if (session.getTableNamesPresent().isEmpty()) {
                log.info("No Camunda tables in the database: creating Camunda {} schema",
                        org.camunda.bpm.engine.ProcessEngine.class.getPackage().getImplementationVersion());
                session.dbSchemaCreate();
            }
            return null;
        });
    }

    /** Held until this command's transaction ends, so a node waiting on it then sees the tables committed. */
    private static void takeTurn(DbSqlSession session) {
        try (Statement lock = session.getSqlSession().getConnection().createStatement()) {
            lock.execute("select pg_advisory_xact_lock(" + SCHEMA_LOCK + ", 0)");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take turns creating Camunda's tables", e);
        }
    }
}
