package uk.quarterlyreturns.returns;

import static uk.quarterlyreturns.returns.StepChecks.requireShort;
import static uk.quarterlyreturns.returns.StepChecks.requireStatus;
import static uk.quarterlyreturns.returns.StepChecks.requireText;
import static uk.quarterlyreturns.returns.StepChecks.requireUnchanged;

import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.process.InstanceEnding;

/**
 * The performance team reopens an accepted return for correction (ReturnWorkflow's step): it goes round the loop
 * again in a new instance of the return's process.
 */
@Component
class Reopening {

    private final ReturnRepository returns;
    private final ReturnStepRecords steps;
    private final ReturnPermissions permissions;
    private final ReturnTrail trail;
    private final RuntimeService runtime;
    private final InstanceEnding ending;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Reopening(ReturnRepository returns, ReturnStepRecords steps, ReturnPermissions permissions, ReturnTrail trail,
            RuntimeService runtime, InstanceEnding ending, ApplicationEventPublisher events, Clock clock) {
        this.returns = returns;
        this.steps = steps;
        this.permissions = permissions;
        this.trail = trail;
        this.runtime = runtime;
        this.ending = ending;
        this.events = events;
        this.clock = clock;
    }

    /** Reopens the accepted version the page showed, with a reason; nothing is changed when it is refused. */
    void reopen(long returnId, int seenVersion, String user, String reason) {
        // The return's lock comes first: a second reopening (another tab) waits here, then finds it reopened.
        ServiceReturn r = returns.lock(returnId);
        permissions.requirePerformanceTeam(user);
        if (r.status() == ReturnStatus.REOPENED) {
            throw new IllegalStateException(r.serviceName() + "'s return was already reopened, perhaps in another"
                    + " tab: open the page again to see where it stands");
        }
        requireStatus(r, ReturnStatus.ACCEPTED);
        requireUnchanged(r, seenVersion);
        requireText(reason, ReturnWorkflow.REOPEN_REASON_NEEDED);
        requireShort(reason.strip(), "A reason for reopening");
        steps.markReopened(returnId, reason.strip());
        events.publishEvent(new ReturnEvent(returnId, ReturnEvent.Kind.REOPENING, user, reason));
        trail.status(returnId, user, r.status(), ReturnStatus.REOPENED, reason);
        endEarlierInstances(returnId);
        String instance = runtime.startProcessInstanceByKey(ReturnProcess.PROCESS_ID,
                ReturnProcess.businessKey(returnId) + "-reopened-" + clock.millis(),
                Map.of(ReturnProcess.VAR_RETURN_ID, returnId, ReturnProcess.VAR_REOPENED, true)).getId();
        returns.setProcessInstance(returnId, instance);
    }

    /**
     * Acceptance ends a return's path, but its instance stays while the issue notice has not yet gone out (queued
     * behind a large opening, say), and one started before acceptance ended it could still hold a chasing token.
     * It goes before the reopened instance starts, so two never run side by side; ended as withdrawals end theirs,
     * since the notice's job may be taken or run at that very moment.
     */
    private void endEarlierInstances(long returnId) {
        runtime.createProcessInstanceQuery().processDefinitionKey(ReturnProcess.PROCESS_ID)
                .variableValueEquals(ReturnProcess.VAR_RETURN_ID, returnId).list()
                .forEach(p -> ending.end(p.getId(), "return reopened"));
    }
}
