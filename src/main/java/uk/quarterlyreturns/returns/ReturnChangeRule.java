package uk.quarterlyreturns.returns;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Who may change a return's contents now, one rule for its figures, words and key actions (ReturnEditing) and for the
 * evidence behind its figures (Evidence): its preparers while it is with the service; whoever may sign it off while
 * it awaits their sign-off (they are accountable for it, and put right there what the checks find missing since its
 * submission), unless the report being compiled, with the chief executive or published prints it as submitted
 * (CycleProgress: once published, it is sent back to correct it);
 * nobody from its sign-off on, the performance team least of all. A change to a return not started starts it.
 */
@Component
class ReturnChangeRule {

    private static final Logger log = LoggerFactory.getLogger(ReturnChangeRule.class);

    private final ReturnRepository returns;
    private final ReturnPermissions permissions;
    private final ReturnTrail trail;
    private final CycleProgress progress;

    ReturnChangeRule(ReturnRepository returns, ReturnPermissions permissions, ReturnTrail trail,
            CycleProgress progress) {
        this.returns = returns;
        this.permissions = permissions;
        this.trail = trail;
        this.progress = progress;
    }

    boolean canChange(String user, ServiceReturn r) {
        return ReturnEditing.isEditable(r) ? permissions.canPrepare(user, r)
                : atSignOff(user, r) && progress.whyNotNow(r).isEmpty();
    }

    /**
     * The return locked for a change by this person, once it is known that they may change it now.
     *
     * @param locked what to say after "Housing's return is submitted: " when they may not
     */
    ServiceReturn lockForChange(long returnId, String user, String locked) {
        ServiceReturn r = returns.lock(returnId);
        permissions.requirePrepare(user, r);
        boolean editable = ReturnEditing.isEditable(r);
        if (editable ? !permissions.canPrepare(user, r) : !atSignOff(user, r)) {
            log.warn("{} tried to change {}'s return {}, which is {}", user, r.serviceName(), r.id(),
                    r.status().label().toLowerCase());
            throw new IllegalStateException(r.serviceName() + "'s return is " + r.status().label().toLowerCase()
                    + ": " + locked);
        }
        if (!editable) {
            // at sign-off its figures may be in the report with the chief executive, who approves them as compiled,
            // or in the published report, which only a correction changes
            progress.refuseWhileInTheReport(r);
        }
        return r;
    }

    /**
     * The same, and a return not started is started by the change, first in the trail (a refused change undoes it
     * with the rest).
     *
     * @param route the trail's comment on where the change came from (an uploaded file), or null: typed
     */
    ServiceReturn lockToSave(long returnId, String user, String locked, String route) {
        ServiceReturn r = lockForChange(returnId, user, locked);
        started(r, user, route);
        return r;
    }

    void started(ServiceReturn r, String user, String route) {
        if (r.status() == ReturnStatus.NOT_STARTED) {
            returns.setStatus(r.id(), ReturnStatus.DRAFT);
            trail.status(r.id(), user, ReturnStatus.NOT_STARTED, ReturnStatus.DRAFT, route);
        }
    }

    private boolean atSignOff(String user, ServiceReturn r) {
        return r.status() == ReturnStatus.SUBMITTED && permissions.canSignOff(user, r);
    }
}
