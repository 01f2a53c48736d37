package uk.quarterlyreturns.cycle;

import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The report's steps still to take in the cycle's process: the chief executive's decision, or the performance team's
 * revision. Each compilation sent for approval, and each return with comments, opens a new step, so a page that names
 * the step it showed acts on what it showed only.
 */
@Component
class ReportSteps {

    private final TaskService tasks;

    ReportSteps(TaskService tasks) {
        this.tasks = tasks;
    }

    /** The chief executive's decision still to make, named by its step. Empty once decided. */
    Optional<String> decision(long cycleId) {
        return Optional.ofNullable(openOrNull(cycleId, CycleProcess.TASK_APPROVE_REPORT)).map(Task::getId);
    }

    /** The revision the performance team has still to send, named by its step. Empty while none is open. */
    Optional<String> revision(long cycleId) {
        return Optional.ofNullable(openOrNull(cycleId, CycleProcess.TASK_REVISE_REPORT)).map(Task::getId);
    }

    /**
     * The open decision, if it is the one the page showed: a page opened before the report was returned and
     * revised shows the earlier compilation, and its reader has not seen the revised one.
     */
    Task decisionAsShown(long cycleId, String stepShown) {
        Task step = open(cycleId, CycleProcess.TASK_APPROVE_REPORT);
        if (stepShown != null && !stepShown.equals(step.getId())) {
            throw new IllegalStateException("The report was revised and compiled again since this page was opened:"
                    + " open it again to read the revised report, then decide");
        }
        return step;
    }

    /**
     * The step still to take. It can be gone while the cycle's status has not moved yet: taken a moment ago in
     * another tab, the compilation or publication that follows still running. The page then says so plainly.
     */
    Task open(long cycleId, String taskKey) {
        Task task = openOrNull(cycleId, taskKey);
        if (task == null) {
            String done = CycleProcess.TASK_APPROVE_REPORT.equals(taskKey) ? "The report was approved"
                    : "The revised report was sent for approval";
            throw new IllegalStateException(done + " a moment ago, perhaps in another tab: open the page again to see"
                    + " where it stands");
        }
        return task;
    }

    private Task openOrNull(long cycleId, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(CycleProcess.businessKey(cycleId))
                .taskDefinitionKey(taskKey).active().singleResult();
    }
}
