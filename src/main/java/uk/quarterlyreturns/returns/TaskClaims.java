package uk.quarterlyreturns.returns;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.process.AfterAJob;
import uk.quarterlyreturns.cycle.CycleProcess;
import uk.quarterlyreturns.cycle.ReportApproval;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;

/**
 * Claiming a task tells colleagues who share it that someone is on it: it leaves their inboxes until it
 * is released, or until the claimant may no longer take it (then those who may take it over). Only someone the
 * task is offered to, and who may still do it (ReturnPermissions), may claim it; only the claimant may release it.
 * A deputy's claims when their cover ends are released in DeputyClaimsReleased.
 */
@Service
public class TaskClaims {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(TaskClaims.class);

    /** The trail's kind for a step taken over from a claimant who may no longer take it. */
    public static final String TAKEN_OVER = "STEP_TAKEN_OVER";
    /** The trail's kinds for a step claimed ("I'll do it") and released: who held it, and since when. */
    public static final String CLAIMED = "STEP_CLAIMED";
    public static final String RELEASED = "STEP_RELEASED";
    /**
     * The entries that only say who held a step. Holding one is no work on the return: these never count as having
     * prepared, submitted or signed it off (ReturnTrail.workedOn reads only content and status entries).
     */
    public static final List<String> HOLDING = List.of(CLAIMED, RELEASED, TAKEN_OVER);

    static final String ALREADY_YOURS = "You already took this step in another tab or window";
    static final String ALREADY_RELEASED = "You already released this step in another tab or window";

    private final TaskService tasks;
    private final OfferedSteps offers;
    private final PeopleService people;
    private final ReturnRepository returns;
    private final ReturnPermissions permissions;
    private final ReturnTrail trail;
    private final ReportApproval approval;
    private final IdentityService identity;
    private final AfterAJob afterAJob;

    TaskClaims(TaskService tasks, OfferedSteps offers, PeopleService people, ReturnRepository returns,
            ReturnPermissions permissions, ReturnTrail trail, ReportApproval approval, IdentityService identity,
            AfterAJob afterAJob) {
        this.identity = identity;
        this.afterAJob = afterAJob;
        this.trail = trail;
        this.approval = approval;
        this.tasks = tasks;
        this.offers = offers;
        this.people = people;
        this.returns = returns;
        this.permissions = permissions;
    }

    /**
     * Claims the task, or takes it over from whoever claimed it but may no longer take it (a deputy whose period
     * ended, someone moved to another service or disabled). A return's claims queue on its row, so two people
     * taking over at once cannot take it from each other.
     */
    @Transactional
    public void claim(String taskId, String user) {
        Person person = people.find(user).orElseThrow(() -> new NotAllowedException("No such user"));
        Task offered = offers.offered(taskId, user, person);
        ServiceReturn r = offers.returnOf(offered);
        if (r != null) {
            returns.lock(r.id());
            offered = offers.offered(taskId, user, person);
        }
        if (offered == null) {
            throw offers.notOpen(taskId, user, person);
        }
        if (r != null && !permissions.mayTake(user, r, offered.getTaskDefinitionKey())) {
            throw new NotAllowedException(OfferedSteps.NOT_OFFERED);
        }
        if (r == null) {
            // held by someone who may not approve, the report would leave the inboxes of those who may
            Optional<String> own = ownWork(offered, user);
            if (own.isPresent()) {
                throw new NotAllowedException(own.get());
            }
        }
        String claimant = offered.getAssignee();
        if (claimant != null && !claimant.equals(user) && !mayStillTake(claimant, r, offered)) {
            ServiceReturn of = r;
            inTheirName(of, user, taskId, () -> tasks.setAssignee(taskId, user));
            // a step taken from someone is a fact an auditor asks about: who held it, who took it, why
            if (r != null) {
                trail.record(r.id(), user, TAKEN_OVER, offered.getName(), claimant, user,
                        "Claimed by someone who may no longer take it");
            } else {
                log.info("{} took over '{}' from {}, who may no longer take it", user, offered.getName(), claimant);
            }
            return;
        }
        if (claimant != null) {
            throw alreadyClaimed(claimant, user, "Already claimed by ");
        }
        try {
            ServiceReturn of = r;
            inTheirName(of, user, taskId, () -> tasks.claim(taskId, user));
        } catch (TaskAlreadyClaimedException e) {
            throw alreadyClaimed(e.getTaskAssignee(), user, "Someone claimed it a moment ago: ");
        }
        held(r, user, CLAIMED, offered);
    }

    /**
     * The report's steps have no trail of their own: their holder is changed in the person's name, so the engine's log
     * of the step keeps who claimed, released or took it over, and when (ReportStepsHeld reads it). A return's step is
     * recorded in the return's trail instead. A change meeting one of the process's jobs (its issue notice ending
     * its branch moves the step) is made again on what the job left.
     */
    private void inTheirName(ServiceReturn r, String user, String taskId, Runnable change) {
        if (r != null) {
            afterAJob.onTask(taskId, change);
            return;
        }
        Authentication before = identity.getCurrentAuthentication();
        identity.setAuthenticatedUserId(user);
        try {
            afterAJob.onTask(taskId, change);
        } finally {
            if (before == null) {
                identity.clearAuthentication();
            } else {
                identity.setAuthentication(before);
            }
        }
    }

    /** A return's step claimed or released, in its trail under the step's name; the report's are in the engine's log. */
    private void held(ServiceReturn r, String user, String kind, Task step) {
        if (r != null) {
            trail.record(r.id(), user, kind, step.getName(), null, null, null);
        }
    }

    /** A claim found already made: by this person from another tab (a page opened before it), or by a colleague. */
    private IllegalStateException alreadyClaimed(String claimant, String user, String byColleague) {
        return new IllegalStateException(claimant.equals(user) ? ALREADY_YOURS
                : byColleague + people.find(claimant).map(Person::displayName).orElse(claimant));
    }

    /** A return's step as ReturnPermissions decides it; the report's (r null) by the role it needs now. */
    private boolean mayStillTake(String claimant, ServiceReturn r, Task step) {
        StepTaker taker = permissions.takers(Set.of(claimant)).get(claimant);
        return taker != null && (r == null ? taker.mayTakeReportStep(step.getTaskDefinitionKey())
                && ownWork(step, claimant).isEmpty() : taker.mayTake(r, step.getTaskDefinitionKey()));
    }

    /** Why this person may not approve the report whose approval step this is (their own work); empty otherwise. */
    private Optional<String> ownWork(Task step, String user) {
        if (!CycleProcess.TASK_APPROVE_REPORT.equals(step.getTaskDefinitionKey())) {
            return Optional.empty();
        }
        Object cycleId = tasks.getVariable(step.getId(), CycleProcess.VAR_CYCLE_ID);
        return cycleId == null ? Optional.empty() : approval.whyNotApprove(((Number) cycleId).longValue(), user);
    }

    /** Releases the task; one completed meanwhile is said to be, as for a claim. */
    @Transactional
    public void release(String taskId, String user) {
        Task task = tasks.createTaskQuery().taskId(taskId).taskAssignee(user).active().singleResult();
        if (task == null) {
            Person person = people.find(user).orElseThrow(() -> new NotAllowedException("No such user"));
            Task offered = offers.offered(taskId, user, person);
            if (offered != null && offered.getAssignee() == null) {
                throw new IllegalStateException(ALREADY_RELEASED); // from a page opened before, in another tab
            }
            if (offered == null) {
                throw offers.notOpen(taskId, user, person);
            }
            throw new NotAllowedException("Only whoever claimed the task can release it");
        }
        inTheirName(offers.returnOf(task), user, taskId, () -> tasks.setAssignee(taskId, null));
        held(offers.returnOf(task), user, RELEASED, task);
    }
}
