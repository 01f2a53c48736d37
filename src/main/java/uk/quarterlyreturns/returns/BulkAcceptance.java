package uk.quarterlyreturns.returns;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.security.PersonNames;

/**
 * Accepting several returns at once: first what would happen to each (accepted, or left with the reason),
 * then the acceptance of what the preview said it would accept and nothing more: each of those at the version the
 * preview judged, checked again as it stands at that moment. A return the preview left stays left even if it could
 * be accepted by then, and one that went round again since is left for its new version to be checked. One a
 * colleague accepted or sent back meanwhile says so, naming them and when; one whose check a colleague who may still
 * take it has claimed is left to them (QualityCheckClaims), naming them.
 */
@Service
public class BulkAcceptance {

    /**
     * One chosen return: accepted when {@code reason} is null, else left for that reason.
     *
     * @param version the return's version the verdict was given on
     */
    public record Verdict(long returnId, int version, String service, String reason) {

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

    static final String CHANGED = "it has changed since the preview, so it was not accepted: check it again";

    static final String OWN_WORK = "you prepared, submitted or signed it off, so another member of the performance"
            + " team must accept it: nobody checks their own work";

    private final ReturnRepository returns;
    private final ReturnTrail trail;
    private final ReturnValidation validation;
    private final ReturnWorkflow workflow;
    private final ReturnPermissions permissions;
    private final PersonNames names;
    private final QualityCheckClaims claims;

    BulkAcceptance(ReturnRepository returns, ReturnTrail trail, ReturnValidation validation, ReturnWorkflow workflow,
            ReturnPermissions permissions, PersonNames names, QualityCheckClaims claims) {
        this.returns = returns;
        this.claims = claims;
        this.trail = trail;
        this.validation = validation;
        this.workflow = workflow;
        this.permissions = permissions;
        this.names = names;
    }

    /** What accepting these returns would do, nothing changed. */
    public List<Verdict> preview(Collection<Long> returnIds, String user) {
        permissions.requirePerformanceTeam(user);
        return returnIds.stream().map(id -> verdict(find(id), user)).toList();
    }

    /** Accepts each return that may be accepted now; the others are left with their reasons (no page to confirm). */
    public Result accept(Collection<Long> returnIds, String user) {
        return accept(preview(returnIds, user), user);
    }

    /**
     * Accepts what the preview said it would, each at the version it judged; the rest are left with their reasons.
     * A confirmation covers what it showed: a return left then is not taken now, nor a version nobody previewed.
     */
    public Result accept(List<Verdict> previewed, String user) {
        permissions.requirePerformanceTeam(user);
        List<String> accepted = new ArrayList<>();
        List<Verdict> left = new ArrayList<>();
        for (Verdict v : previewed) {
            if (!v.acceptable()) {
                left.add(v);
                continue;
            }
            // claimed since the preview: the claimant's to finish, as the preview would now say
            Optional<String> claimed = claims.byColleague(find(v.returnId()), user).map(BulkAcceptance::claimed);
            if (claimed.isPresent()) {
                left.add(new Verdict(v.returnId(), v.version(), v.service(), claimed.get()));
                continue;
            }
            try {
                workflow.accept(v.returnId(), v.version(), user);
                accepted.add(v.service());
            } catch (NotAllowedException | IllegalStateException e) {
                left.add(new Verdict(v.returnId(), v.version(), v.service(), notAccepted(v, e)));
            }
        }
        return new Result(accepted, left);
    }

    /**
     * Why a return the preview judged acceptable was not accepted: the refusal itself while it is as previewed; a
     * colleague's acceptance or sending back since, with who and when (there is nothing to check again); else that it
     * went round again and its new version is to be checked.
     */
    private String notAccepted(Verdict previewed, RuntimeException refusal) {
        ServiceReturn now = find(previewed.returnId());
        if (now.version() == previewed.version()) {
            return refusal.getMessage();
        }
        String step = now.status() == ReturnStatus.ACCEPTED ? "accepted meanwhile"
                : now.status() == ReturnStatus.SENT_BACK ? "sent back to the service meanwhile" : null;
        if (step == null) {
            return CHANGED;
        }
        return ReturnTrail.latestStep(trail.forReturn(now.id()), now.status())
                .map(e -> step + " by " + names.nameOf(e.actor()) + " on " + TrailTable.WHEN.format(e.at())
                        + (now.status() == ReturnStatus.ACCEPTED ? "" : ", so it was not accepted"))
                .orElse(CHANGED);
    }

    /** A check a colleague holds is theirs to finish: accepting it would refuse the challenges they are typing. */
    static String claimed(QualityCheckClaims.Claim claim) {
        return claim.describe() + ", who is checking it: leave it to them, or ask them to release it";
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
        if (why.isEmpty()) {
            why = claims.byColleague(r, user).map(BulkAcceptance::claimed);
        }
        return new Verdict(r.id(), r.version(), r.serviceName(), why.orElse(null));
    }
}
