package uk.quarterlyreturns.returns;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A return's quality check claimed by a colleague who may still take it. It stays out of everyone else's way until
 * they release it, as it stays out of their inboxes: not offered as the next return to check, left out of a bulk
 * acceptance, and named beside Accept on the check page. Otherwise another reviewer's acceptance would refuse the
 * challenges the claimant is typing, and their review would be lost.
 */
@Component
public class QualityCheckClaims {

    /** Who holds the check, by name, and since when (null when the history does not say). */
    public record Claim(String name, Instant since) {

        /** "claimed by Lucy Wade since Mon 30 Oct 2017, 10:15". */
        public String describe() {
            return "claimed by " + name + sinceWhen();
        }

        /** " since Mon 30 Oct 2017, 10:15", or nothing when the history does not say. */
        public String sinceWhen() {
            return since == null ? "" : " since " + TrailTable.WHEN.format(since);
        }
    }

    private final TaskService tasks;
    private final ReturnPermissions permissions;
    private final ReturnTrail trail;

    QualityCheckClaims(TaskService tasks, ReturnPermissions permissions, ReturnTrail trail) {
        this.tasks = tasks;
        this.permissions = permissions;
        this.trail = trail;
    }

    /** The colleague (anyone but this person) holding the return's open quality check while they may still take it. */
    public Optional<Claim> byColleague(ServiceReturn r, String user) {
        Task check = openCheck(r);
        String claimant = check == null ? null : check.getAssignee();
        if (claimant == null || claimant.equals(user)) {
            return Optional.empty();
        }
        // one who may no longer take it is taken over from the inbox: their claim holds nobody back
        StepTaker taker = permissions.takers(Set.of(claimant)).get(claimant);
        if (taker == null || !taker.mayTake(r, ReturnProcess.TASK_QUALITY_CHECK)) {
            return Optional.empty();
        }
        return Optional.of(new Claim(taker.person().displayName(), since(r.id(), claimant, check.getName())));
    }

    /**
     * Refuses a decision on the check (accept, send back, challenge) while a colleague holds it, naming them, unless
     * this person takes it over: the check is then theirs, and the return's history says from whom. Deciding unasked
     * would refuse the challenges the claimant is typing.
     */
    void requireFreeOrTakeOver(ServiceReturn r, String user, boolean takeOver) {
        Optional<Claim> claim = byColleague(r, user);
        if (claim.isEmpty()) {
            return;
        }
        if (!takeOver) {
            throw new ClaimedByColleague(claim.get());
        }
        Task check = openCheck(r);
        tasks.setAssignee(check.getId(), user);
        trail.record(r.id(), user, TaskClaims.TAKEN_OVER, check.getName(), check.getAssignee(), user,
                "Taken over from a colleague still checking it");
    }

    /** A decision refused while a colleague holds the check: the page asks whether to take it over. */
    public static final class ClaimedByColleague extends IllegalStateException {

        private final transient Claim claim;

        ClaimedByColleague(Claim claim) {
            super(claim.name() + " is checking this return (" + claim.describe() + "): ask them first, or take the"
                    + " check over from them");
            this.claim = claim;
        }

        public Claim claim() {
            return claim;
        }
    }

    private Task openCheck(ServiceReturn r) {
        return tasks.createTaskQuery().processVariableValueEquals(ReturnProcess.VAR_RETURN_ID, r.id())
                .taskDefinitionKey(ReturnProcess.TASK_QUALITY_CHECK).active().singleResult();
    }

    /** When the claimant claimed the step, or took it over: their latest such entry in the return's history. */
    private Instant since(long returnId, String claimant, String step) {
        List<ReturnTrail.Event> held = trail.forReturn(returnId).stream()
                .filter(e -> claimant.equals(e.actor()) && step.equals(e.item()))
                .filter(e -> TaskClaims.CLAIMED.equals(e.kind()) || TaskClaims.TAKEN_OVER.equals(e.kind())).toList();
        return held.isEmpty() ? null : held.get(held.size() - 1).at();
    }
}
