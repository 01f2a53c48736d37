package uk.quarterlyreturns.base.process;

import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * Completes user tasks on behalf of the application's services, after their checks. The ticket tells
 * the task listener (GuardTaskCompletion) that the checks were made, so a task completed any other way
 * (engine REST, Tasklist) is refused.
 *
 * <p>A completion can meet a job of the same return committing at that moment (its chase timer firing as it is
 * submitted, its issue notice going out): it is done again on what the job left ({@link AfterAJob}), so the person's
 * step goes through. A task gone meanwhile (done in another tab) is not tried again: the caller hears of the conflict.
 */
@Component
public class TaskCompletions {

    private static final ThreadLocal<String> TICKET = new ThreadLocal<>();

    private final TaskService tasks;
    private final AfterAJob afterAJob;

    TaskCompletions(TaskService tasks, AfterAJob afterAJob) {
        this.tasks = tasks;
        this.afterAJob = afterAJob;
    }

    public void complete(String taskId, String user, Map<String, Object> variables) {
        afterAJob.onTask(taskId, () -> completeOnce(taskId, user, variables));
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
