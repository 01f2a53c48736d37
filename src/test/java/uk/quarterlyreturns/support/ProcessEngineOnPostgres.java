package uk.quarterlyreturns.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import uk.quarterlyreturns.base.db.DatabaseCredentials;
import uk.quarterlyreturns.base.db.EmbeddedDatabase;

/**
 * The process engine alone, on a throw-away embedded PostgreSQL, with the BPMN of {@code processes/}
 * deployed and every bean its expressions name taken from {@link #beans()}: the application's services
 * are replaced by test doubles, so one path through a process runs in well under a second. No job
 * executor runs: a test executes each job (async step, timer) itself, when it chooses.
 */
public final class ProcessEngineOnPostgres implements AutoCloseable {

    private final Path temp;
    private final EmbeddedDatabase database;
    private final PooledDataSource pool;
    private final ProcessEngine engine;
    private final Map<Object, Object> beans = new HashMap<>();

    private ProcessEngineOnPostgres(List<String> bpmnFiles) throws IOException {
        temp = Files.createTempDirectory("process-engine-test");
        database = EmbeddedDatabase.throwaway(temp, 0);
        pool = new PooledDataSource("org.postgresql.Driver", database.jdbcUrl(), DatabaseCredentials.SUPERUSER,
                database.credentials().superuserPassword());
        StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
        config.setProcessEngineName("processPathTests");
        config.setDataSource(pool);
        config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        config.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        config.setJobExecutorActivate(false);
        config.setEnforceHistoryTimeToLive(false);
        config.setBeans(beans);
        engine = config.buildProcessEngine();
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("process path tests");
        for (String file : bpmnFiles) {
            Path path = Path.of("processes", file);
            try (InputStream in = Files.newInputStream(path)) {
                deployment.addString(file, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        deployment.deploy();
        AbstractAssertions.init(engine);
    }

    /** Starts PostgreSQL and the engine and deploys the named files of {@code processes/}. */
    public static ProcessEngineOnPostgres start(String... bpmnFiles) {
        try {
            return new ProcessEngineOnPostgres(List.of(bpmnFiles));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ProcessEngine engine() {
        return engine;
    }

    /** The beans expressions resolve, by name; put test doubles here (read at each evaluation). */
    public Map<Object, Object> beans() {
        return beans;
    }

    /** Executes the instance's one job of the given activity (async step or timer), due or not. */
    public void executeJob(String processInstanceId, String activityId) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId)
                .activityId(activityId).singleResult();
        if (job == null) {
            throw new AssertionError("No job at " + activityId + " in " + processInstanceId);
        }
        engine.getManagementService().executeJob(job.getId());
    }

    public long jobCount(String processInstanceId) {
        return engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).count();
    }

    @Override
    public void close() {
        AbstractAssertions.reset();
        engine.close();
        pool.forceCloseAll();
        database.close();
    }
}
