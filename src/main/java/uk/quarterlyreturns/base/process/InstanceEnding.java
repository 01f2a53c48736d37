package uk.quarterlyreturns.base.process;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ends a process instance within the caller's transaction, even while one of its jobs runs (a chase timer firing,
 * the issue notice being sent). A job that commits while the delete is under way leaves the engine's rows changed
 * under it (an optimistic locking failure, or a deadlock PostgreSQL breaks on our side): the delete alone is undone,
 * back to a savepoint, and tried again on what the job left. The caller's own changes stay, so nothing is half done.
 */
@Component
public class InstanceEnding {

    /** Each try waits for the job it met to commit, so a few are enough. */
    static final int TRIES = 5;

    private final RuntimeService runtime;
    private final TransactionTemplate savepoint;

    InstanceEnding(RuntimeService runtime, PlatformTransactionManager transactions) {
        this.runtime = runtime;
        this.savepoint = new TransactionTemplate(transactions);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Deletes the instance, if it is still there, with this reason; its listeners and mappings skipped. */
    public void end(String instanceId, String reason) {
        for (int tried = 1; ; tried++) {
            try {
                savepoint.executeWithoutResult(tx -> runtime.deleteProcessInstanceIfExists(instanceId, reason,
                        true, true, true, false));
                return;
            } catch (ProcessEngineException e) {
                if (tried == TRIES || !metAJob(e)) {
                    throw e;
                }
            }
        }
    }

    /** Whether the engine met rows a job changed and committed meanwhile: tried again on what the job left, it goes. */
    static boolean metAJob(ProcessEngineException e) {
        return e instanceof OptimisticLockingException || e.getCode() == BuiltinExceptionCode.DEADLOCK.getCode();
    }
}
