package uk.quarterlyreturns.returns;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.people.DeputyNamed;

/**
 * A return's completing and sign-off steps are offered by name to the deputies of the day they begin. A deputy
 * named later (a director going on leave mid-cycle) is offered the service's steps already open, so they reach
 * the deputy's inbox; the inbox shows them only within the deputy's period (see ReturnPermissions).
 */
@Component
class OfferStepsToDeputies {

    private static final List<String> STEPS = List.of(ReturnProcess.TASK_COMPLETE_RETURN, ReturnProcess.TASK_SIGN_OFF);

    private final ReturnRepository returns;
    private final TaskService tasks;

    OfferStepsToDeputies(ReturnRepository returns, TaskService tasks) {
        this.returns = returns;
        this.tasks = tasks;
    }

    @EventListener
    void deputyNamed(DeputyNamed named) {
        List<String> instances = returns.openProcessInstances(named.serviceId());
        if (instances.isEmpty()) {
            return;
        }
        for (Task step : tasks.createTaskQuery().processInstanceIdIn(instances.toArray(String[]::new))
                .taskDefinitionKeyIn(STEPS.toArray(String[]::new)).active().list()) {
            tasks.addCandidateUser(step.getId(), named.deputy());
        }
    }
}
