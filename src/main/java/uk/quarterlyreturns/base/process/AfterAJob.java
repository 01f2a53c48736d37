package uk.quarterlyreturns.base.process;

import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a step on the engine within the caller's transaction, and again on what a job left when one of the engine's
 * jobs of the same process (a chase timer firing, the issue notice being sent) commits while the step is under way:
 * the engine then finds its rows changed (an optimistic locking failure, or a deadlock PostgreSQL breaks on our side).
 * The step alone is undone, back to a savepoint; the caller's own changes stay, so nothing is half done. Completing,
 * claiming and releasing a return's steps, offering them to deputies, moving its due dates and chase, ending its
 * process, and telling its cycle that the returns are accepted all go through here.
 */
@Component
public class AfterAJob {

    /** Each try waits for the job it met to commit, so a few are enough. */
    static final int TRIES = 5;

    private final TransactionTemplate savepoint;
    private final TaskService tasks;

    AfterAJob(PlatformTransactionManager transactions, TaskService tasks) {
        this.tasks = tasks;
        this.savepoint = new TransactionTemplate(transactions);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Runs the step, again while it meets a job and {@code stillToActOn} says something is left to act on. */
    public void run(Runnable step, BooleanSupplier stillToActOn) {
        for (int tried = 1; ; tried++) {
            try {
                savepoint.executeWithoutResult(tx -> step.run());
                return;
            } catch (ProcessEngineException e) {
                if (tried == TRIES || !metAJob(e) || !stillToActOn.getAsBoolean()) {
                    throw e;
                }
            }
        }
    }

    /** Runs the step, again while it meets a job: for a step that is always still to make (it reads what it moves). */
    public void run(Runnable step) {
        run(step, () -> true);
    }

    /** Changes one task (its holder, candidates, due date, or completes it), again while it is still open. */
    public void onTask(String taskId, Runnable change) {
        run(change, () -> tasks.createTaskQuery().taskId(taskId).count() > 0);
    }

    private static boolean metAJob(ProcessEngineException e) {
        return e instanceof OptimisticLockingException || e.getCode() == BuiltinExceptionCode.DEADLOCK.getCode();
    }
}
