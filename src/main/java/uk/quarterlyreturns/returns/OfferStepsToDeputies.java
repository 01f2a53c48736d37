package uk.quarterlyreturns.returns;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import java.time.Clock;
import java.time.LocalDate;
import uk.quarterlyreturns.base.process.AfterAJob;
import uk.quarterlyreturns.people.Delegations;
import uk.quarterlyreturns.people.DeputyEnded;
import uk.quarterlyreturns.people.DeputyNamed;

/**
 * A return's completing and sign-off steps are offered by name to the deputies of the day they begin. A deputy
 * named later (a director going on leave mid-cycle) is offered the service's steps already open, so they reach
 * the deputy's inbox; the inbox shows them only within the deputy's period (see ReturnPermissions). A deputy ended
 * (by hand, or because the director they covered left the post) is no longer offered them, unless another period of
 * theirs for the service is still under way or to come; a step they claimed and may no longer take is released
 * (DeputyClaimsReleased), so the director and data officers find it free. A period that runs out by date ends the same
 * way within the hour (DeputyPeriodsRunOut).
 */
@Component
class OfferStepsToDeputies {

    static final List<String> STEPS = List.of(ReturnProcess.TASK_COMPLETE_RETURN, ReturnProcess.TASK_SIGN_OFF);

    private final ReturnRepository returns;
    private final TaskService tasks;
    private final Delegations delegations;
    private final Clock clock;
    private final DeputyClaimsReleased claims;
    private final AfterAJob afterAJob;

    OfferStepsToDeputies(ReturnRepository returns, TaskService tasks, Delegations delegations, Clock clock,
            DeputyClaimsReleased claims, AfterAJob afterAJob) {
        this.claims = claims;
        this.afterAJob = afterAJob;
        this.returns = returns;
        this.tasks = tasks;
        this.delegations = delegations;
        this.clock = clock;
    }

    /**
     * The service's returns are held first, as a claim's release holds them: a submission or sign-off under way
     * commits before the steps are listed, and none begins until the naming commits, so each step listed is still open
     * when it is offered.
     */
    @EventListener
    void deputyNamed(DeputyNamed named) {
        openSteps(returns.lockOpenProcessInstances(named.serviceId())).forEach(step -> afterAJob.onTask(step.getId(),
                () -> tasks.addCandidateUser(step.getId(), named.deputy())));
    }

    @EventListener
    void deputyEnded(DeputyEnded ended) {
        List<Task> open = openSteps(ended.serviceId());
        claims.letGo(open, ended.deputy(), ended.by(), ended.why());
        LocalDate today = LocalDate.now(clock);
        if (delegations.forService(ended.serviceId()).stream()
                .anyMatch(d -> d.deputy().equals(ended.deputy()) && d.state(today).open())) {
            return;
        }
        // only the steps offered to them: taking away a link that is not there still changes the step in the engine
        open.stream().filter(step -> offeredTo(step, ended.deputy())).forEach(step -> afterAJob.onTask(step.getId(),
                () -> tasks.deleteCandidateUser(step.getId(), ended.deputy())));
    }

    private boolean offeredTo(Task step, String user) {
        return tasks.getIdentityLinksForTask(step.getId()).stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && user.equals(link.getUserId()));
    }

    /** The completing and sign-off steps open on the service's returns. */
    List<Task> openSteps(long serviceId) {
        return openSteps(returns.openProcessInstances(serviceId));
    }

    private List<Task> openSteps(List<String> instances) {
        return instances.isEmpty() ? List.of() : tasks.createTaskQuery()
                .processInstanceIdIn(instances.toArray(String[]::new))
                .taskDefinitionKeyIn(STEPS.toArray(String[]::new)).active().list();
    }
}
