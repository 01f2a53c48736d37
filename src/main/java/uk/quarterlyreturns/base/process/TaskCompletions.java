package uk.quarterlyreturns.base.process;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Completes user tasks on behalf of the application's services, after their checks. The ticket tells
 * the task listener (GuardTaskCompletion) that the checks were made, so a task completed any other way
 * (engine REST, Tasklist) is refused.
 *
 * <p>A completion can meet a job of the same return committing at that moment (its chase timer firing as it is
 * submitted, its issue notice going out): the engine then finds its rows changed. The completion alone is undone,
 * back to a savepoint, and done again on what the job left, so the person's step goes through; the caller's own
 * changes stay. A task gone meanwhile (done in another tab) is not tried again: the caller hears of the conflict.
 */
@Component
public class TaskCompletions {

    private static final ThreadLocal<String> TICKET = new ThreadLocal<>();

    private final TaskService tasks;
    private final TransactionTemplate savepoint;

    TaskCompletions(TaskService tasks, PlatformTransactionManager transactions) {
        this.tasks = tasks;
        this.savepoint = new TransactionTemplate(transactions);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    public void complete(String taskId, String user, Map<String, Object> variables) {
        for (int tried = 1; ; tried++) {
            try {
                savepoint.executeWithoutResult(tx -> completeOnce(taskId, user, variables));
                return;
            } catch (ProcessEngineException e) {
                if (tried == InstanceEnding.TRIES || !InstanceEnding.metAJob(e)
                        || tasks.createTaskQuery().taskId(taskId).count() == 0) {
                    throw e;
                }
            }
        }
    }

    private void completeOnce(String taskId, String user, Map<String, Object> variables) {
        TICKET.set(taskId);
        try {
            tasks.setAssignee(taskId, user);
            tasks.complete(taskId, variables);
        } finally {
            TICKET.remove();
        }
    }

    static boolean checked(String taskId) {
        return taskId.equals(TICKET.get());
    }
}
