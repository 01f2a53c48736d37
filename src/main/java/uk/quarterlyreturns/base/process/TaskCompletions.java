package uk.quarterlyreturns.base.process;

import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * Completes user tasks on behalf of the application's services, after their checks. The ticket tells
 * the task listener (GuardTaskCompletion) that the checks were made, so a task completed any other way
 * (engine REST, Tasklist) is refused.
 */
@Component
public class TaskCompletions {

    private static final ThreadLocal<String> TICKET = new ThreadLocal<>();

    private final TaskService tasks;

    TaskCompletions(TaskService tasks) {
        this.tasks = tasks;
    }

    public void complete(String taskId, String user, Map<String, Object> variables) {
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
