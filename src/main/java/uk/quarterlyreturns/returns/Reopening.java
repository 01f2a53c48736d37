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
 * The performance team reopens an accepted return for correction (ReturnWorkflow's step), or a return the published
 * report prints as submitted is sent back: it goes round the loop again in a new instance of the return's process.
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
        reopenForCorrection(r, user, reason.strip());
    }

    /**
     * Reopens the return for correction, whoever's step it is: an accepted one reopened, or one the published report
     * prints as submitted sent back at its sign-off or quality check (ReturnWorkflow). The cycle is told, so after
     * publication a correction starts and waits for the return.
     */
    void reopenForCorrection(ServiceReturn r, String user, String reason) {
        long returnId = r.id();
        steps.markReopened(returnId, reason);
        // the trail first: the cycle counts the returns being corrected by it when the correction starts
        trail.status(returnId, user, r.status(), ReturnStatus.REOPENED, reason);
        events.publishEvent(new ReturnEvent(returnId, ReturnEvent.Kind.REOPENING, user, reason));
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
