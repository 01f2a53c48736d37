package uk.quarterlyreturns.returns;

import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.process.TaskCompletions;

/** The process task each step of a return's journey completes, once the step is taken. */
@Component
class StepTasks {

    private final TaskService tasks;
    private final TaskCompletions completions;

    StepTasks(TaskService tasks, TaskCompletions completions) {
        this.tasks = tasks;
        this.completions = completions;
    }

    void complete(ServiceReturn r, String taskKey, String user, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery().processVariableValueEquals(ReturnProcess.VAR_RETURN_ID, r.id())
                .taskDefinitionKey(taskKey).active().singleResult();
        if (task == null) {
            // The status allowed the step, yet the step is gone: taken a moment ago elsewhere, the process not yet
            // caught up. Nothing is changed; the page shows where the return stands once opened again.
            throw new IllegalStateException("This step on " + r.serviceName() + "'s return was done a moment ago,"
                    + " perhaps in another tab: open the page again to see where it stands");
        }
        completions.complete(task.getId(), user, variables);
    }
}
