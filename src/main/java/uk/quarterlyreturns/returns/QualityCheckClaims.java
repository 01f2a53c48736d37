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
        Task check = tasks.createTaskQuery().processVariableValueEquals(ReturnProcess.VAR_RETURN_ID, r.id())
                .taskDefinitionKey(ReturnProcess.TASK_QUALITY_CHECK).active().singleResult();
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

    /** When the claimant claimed the step, or took it over: their latest such entry in the return's history. */
    private Instant since(long returnId, String claimant, String step) {
        List<ReturnTrail.Event> held = trail.forReturn(returnId).stream()
                .filter(e -> claimant.equals(e.actor()) && step.equals(e.item()))
                .filter(e -> TaskClaims.CLAIMED.equals(e.kind()) || TaskClaims.TAKEN_OVER.equals(e.kind())).toList();
        return held.isEmpty() ? null : held.get(held.size() - 1).at();
    }
}
