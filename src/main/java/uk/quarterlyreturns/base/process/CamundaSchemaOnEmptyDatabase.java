package uk.quarterlyreturns.base.process;

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
 */
@Component
public class CamundaSchemaOnEmptyDatabase extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(CamundaSchemaOnEmptyDatabase.class);

    @Override
    public void postInit(ProcessEngineConfigurationImpl config) {
        config.getCommandExecutorSchemaOperations().execute(context -> {
            DbSqlSession session = (DbSqlSession) context.getSession(PersistenceSession.class);
            if (session.getTableNamesPresent().isEmpty()) {
                log.info("No Camunda tables in the database: creating Camunda {} schema",
                        org.camunda.bpm.engine.ProcessEngine.class.getPackage().getImplementationVersion());
                session.dbSchemaCreate();
            }
            return null;
        });
    }
}
