package uk.quarterlyreturns.returns;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.process.AfterAJob;

/** The return steps a deputy claimed, released when their cover ends and they may no longer take them. */
@Component
class DeputyClaimsReleased {

    private final TaskService tasks;
    private final ReturnRepository returns;
    private final ReturnPermissions permissions;
    private final ReturnTrail trail;
    private final AfterAJob afterAJob;

    DeputyClaimsReleased(TaskService tasks, ReturnRepository returns, ReturnPermissions permissions,
            ReturnTrail trail, AfterAJob afterAJob) {
        this.tasks = tasks;
        this.afterAJob = afterAJob;
        this.returns = returns;
        this.permissions = permissions;
        this.trail = trail;
    }

    /**
     * A deputy's cover ended (by hand, or with the director they covered): the return steps they claimed and may no
     * longer take are released, so that the director and data officers find them free, not held by someone gone. Each
     * release is in the return's history by whoever ended the cover, naming whose claim it was and why. The return is
     * locked first, so a claim made at the same moment is either refused or released here.
     */
    void letGo(List<Task> steps, String deputy, String by, String why) {
        Map<String, ServiceReturn> of = returns.byProcessInstance(steps.stream().map(Task::getProcessInstanceId)
                .collect(Collectors.toSet()));
        for (Map.Entry<String, ServiceReturn> instance : of.entrySet()) {
            ServiceReturn r = returns.lock(instance.getValue().id());
            tasks.createTaskQuery().processInstanceId(instance.getKey()).taskAssignee(deputy).active().list()
                    .stream().filter(step -> !permissions.mayTake(deputy, r, step.getTaskDefinitionKey()))
                    .forEach(step -> {
                        afterAJob.onTask(step.getId(), () -> tasks.setAssignee(step.getId(), null));
                        trail.record(r.id(), by, TaskClaims.RELEASED, step.getName(), deputy, null, why);
                    });
        }
    }
}
