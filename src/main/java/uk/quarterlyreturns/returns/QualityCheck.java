package uk.quarterlyreturns.returns;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;

/**
 * What the performance team's quality check reads: a return's items flagged for review, and the next
 * return of the same cycle that waits for the check, so a reviewer goes from one to the next without the
 * inbox.
 */
@Service
public class QualityCheck {

    private final ReturnSheets sheets;
    private final ReturnTrail trail;
    private final ReturnValidation validation;
    private final ReturnRepository returns;
    private final ReturnPermissions permissions;
    private final ReturnPeople people;
    private final QualityCheckClaims claims;

    QualityCheck(ReturnSheets sheets, ReturnTrail trail, ReturnValidation validation, ReturnRepository returns,
            ReturnPermissions permissions, ReturnPeople people, QualityCheckClaims claims) {
        this.people = people;
        this.claims = claims;
        this.sheets = sheets;
        this.trail = trail;
        this.validation = validation;
        this.returns = returns;
        this.permissions = permissions;
    }

    /** The return's items for review; only the performance team reads the check. */
    public List<ReviewItem> items(ReturnSheet sheet, String user) {
        permissions.requirePerformanceTeam(user);
        // names read again with the history: the reviewer's own challenges name them
        return ReviewItems.of(sheet, trail.history(sheet.serviceReturn().id()), validation.checks(),
                people.of(sheet.serviceReturn(), sheet.measures(), user));
    }

    /** The return's history, oldest first, chases included. */
    public List<ReturnTrail.Event> history(long returnId) {
        return trail.history(returnId);
    }

    /** What changed since the version the performance team saw before (nothing for a first version). */
    public ChangesSinceLastVersion changes(long returnId) {
        return ChangesSinceLastVersion.of(trail.history(returnId));
    }

    /**
     * The next signed-off return of the cycle after this one (in the cycle's order, going round) that this
     * person may accept and no colleague who may still check it has claimed; empty when there is none.
     */
    public Optional<ServiceReturn> next(ServiceReturn current, String user) {
        return nextAfter(returns.forCycle(current.cycleId()), current.id(),
                r -> permissions.canAccept(user, r) && claims.byColleague(r, user).isEmpty());
    }

    /** The first signed-off return after this one in the list, going round, that passes the test. */
    static Optional<ServiceReturn> nextAfter(List<ServiceReturn> inOrder, long currentId,
            Predicate<ServiceReturn> mayAccept) {
        int at = 0;
        for (int i = 0; i < inOrder.size(); i++) {
            if (inOrder.get(i).id() == currentId) {
                at = i;
            }
        }
        for (int step = 1; step < inOrder.size(); step++) {
            ServiceReturn r = inOrder.get((at + step) % inOrder.size());
            if (r.status() == ReturnStatus.SIGNED_OFF && mayAccept.test(r)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
