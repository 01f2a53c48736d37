package uk.quarterlyreturns.returns;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import uk.quarterlyreturns.base.NotAllowedException;

/**
 * Accepting several returns at once: first what would happen to each (accepted, or left with the reason),
 * then the acceptance itself, which checks each return again as it stands at that moment and accepts the
 * version it checked (the preview does not hold versions, so a return that went round again since it was shown
 * is judged afresh).
 */
@Service
public class BulkAcceptance {

    /** One chosen return: accepted when {@code reason} is null, else left for that reason. */
    public record Verdict(long returnId, String service, String reason) {

        public boolean acceptable() {
            return reason == null;
        }

        public String describe() {
            return service + ": " + reason;
        }
    }

    /** What a bulk acceptance did. */
    public record Result(List<String> accepted, List<Verdict> left) {

        /** "2 accepted; 1 left: Housing: the challenge on HF-1 is not answered yet". */
        public String message() {
            return accepted.size() + " accepted; " + left.size() + " left"
                    + (left.isEmpty() ? "" : ": " + String.join("; ", left.stream().map(Verdict::describe).toList()));
        }
    }

    static final String OWN_WORK = "you prepared, submitted or signed it off, so another member of the performance"
            + " team must accept it: nobody checks their own work";

    private final ReturnRepository returns;
    private final ReturnTrail trail;
    private final ReturnValidation validation;
    private final ReturnWorkflow workflow;
    private final ReturnPermissions permissions;

    BulkAcceptance(ReturnRepository returns, ReturnTrail trail, ReturnValidation validation, ReturnWorkflow workflow,
            ReturnPermissions permissions) {
        this.returns = returns;
        this.trail = trail;
        this.validation = validation;
        this.workflow = workflow;
        this.permissions = permissions;
    }

    /** What accepting these returns would do, nothing changed. */
    public List<Verdict> preview(Collection<Long> returnIds, String user) {
        permissions.requirePerformanceTeam(user);
        return returnIds.stream().map(id -> verdict(find(id), user)).toList();
    }

    /** Accepts each return that may be accepted now; the others are left with their reasons. */
    public Result accept(Collection<Long> returnIds, String user) {
        permissions.requirePerformanceTeam(user);
        List<String> accepted = new ArrayList<>();
        List<Verdict> left = new ArrayList<>();
        for (long id : returnIds) {
            ServiceReturn r = find(id);
            Verdict v = verdict(r, user);
            if (!v.acceptable()) {
                left.add(v);
                continue;
            }
            try {
                workflow.accept(id, r.version(), user);
                accepted.add(v.service());
            } catch (NotAllowedException | IllegalStateException e) {
                left.add(new Verdict(id, v.service(), e.getMessage()));
            }
        }
        return new Result(accepted, left);
    }

    private ServiceReturn find(long returnId) {
        return returns.find(returnId).orElseThrow(() -> new IllegalArgumentException("There is no return " + returnId));
    }

    /** Whether this person may accept the return now: the preview foresees every refusal the acceptance makes. */
    private Verdict verdict(ServiceReturn r, String user) {
        List<ReturnChecks.Problem> problems = r.status() == ReturnStatus.SIGNED_OFF ? validation.problems(r)
                : List.of();
        Optional<String> why = AcceptanceRules.whyNot(r, AcceptanceRules.openSinceSignOff(trail.forReturn(r.id())),
                problems);
        if (why.isEmpty() && !permissions.canAccept(user, r)) {
            why = Optional.of(OWN_WORK);
        }
        return new Verdict(r.id(), r.serviceName(), why.orElse(null));
    }
}
