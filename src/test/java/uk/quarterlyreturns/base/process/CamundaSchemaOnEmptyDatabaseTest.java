package uk.quarterlyreturns.base.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.quarterlyreturns.base.db.DatabaseCredentials;
import uk.quarterlyreturns.base.db.EmbeddedDatabase;

/**
 * Production runs the engine with schema-update off: a fresh database still gets Camunda's tables (from
 * Camunda's own scripts), and an existing schema is left as it is.
 */
class CamundaSchemaOnEmptyDatabaseTest {

    @TempDir
    Path temp;

    @Test
    void productionChecksCamundaSchemaInsteadOfUpdatingIt() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application-prod.yml"));
        Properties prod = yaml.getObject();
        assertThat(prod.getProperty("camunda.bpm.database.schema-update")).isEqualTo("false");
    }

    @Test
    void aFreshDatabaseGetsCamundaTablesAndAnExistingSchemaIsLeftAlone() {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(temp.resolve("postgres"), 0)) {
            PooledDataSource pool = new PooledDataSource("org.postgresql.Driver", db.jdbcUrl(), DatabaseCredentials.SUPERUSER,
                db.credentials().superuserPassword());
            JdbcTemplate sql = new JdbcTemplate(pool);
            try {
                // Without the plugin, schema-update off refuses an empty database: the plugin is what makes it start.
                assertThatThrownBy(() -> engine(pool, false).close()).hasMessageContaining("no Camunda tables");
                assertThat(camundaTables(sql)).isEmpty();
                sql.execute("create table service_return (id bigint)"); // the application's own tables come first


                ProcessEngine first = engine(pool, true);
                first.getRepositoryService().createDeployment().addModelInstance("p.bpmn",
                        Bpmn.createExecutableProcess("p").camundaHistoryTimeToLive(1).startEvent().userTask("t")
                                .endEvent().done()).deploy();
                first.getRuntimeService().startProcessInstanceByKey("p");
                first.close();
                List<String> created = camundaTables(sql);
                assertThat(created).contains("act_ru_execution", "act_hi_procinst", "act_id_user",
                        "act_re_decision_def");
                sql.execute("comment on table act_ru_task is 'left alone'");

                ProcessEngine again = engine(pool, true);
                assertThat(again.getTaskService().createTaskQuery().taskDefinitionKey("t").count()).isEqualTo(1);
                again.close();
                assertThat(camundaTables(sql)).isEqualTo(created);
                assertThat(sql.queryForObject("select obj_description('act_ru_task'::regclass)", String.class))
                        .isEqualTo("left alone");
            } finally {
                pool.forceCloseAll();
            }
        }
    }

    private static ProcessEngine engine(PooledDataSource pool, boolean withPlugin) {
        StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
        config.setProcessEngineName("schemaTest" + System.nanoTime());
        config.setDataSource(pool);
        config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        config.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        config.setJobExecutorActivate(false);
        if (withPlugin) {
            config.getProcessEnginePlugins().add(new CamundaSchemaOnEmptyDatabase());
        }
        return config.buildProcessEngine();
    }

    private static List<String> camundaTables(JdbcTemplate sql) {
        return sql.queryForList("select tablename from pg_tables where tablename like 'act\\_%' order by tablename",
                String.class);
    }
}
