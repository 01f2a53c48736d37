package uk.quarterlyreturns.returns;

import java.util.List;
import java.util.Optional;
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

    QualityCheck(ReturnSheets sheets, ReturnTrail trail, ReturnValidation validation, ReturnRepository returns,
            ReturnPermissions permissions) {
        this.sheets = sheets;
        this.trail = trail;
        this.validation = validation;
        this.returns = returns;
        this.permissions = permissions;
    }

    /** The return's items for review; only the performance team reads the check. */
    public List<ReviewItem> items(ReturnSheet sheet, String user) {
        permissions.requirePerformanceTeam(user);
        return ReviewItems.of(sheet, trail.history(sheet.serviceReturn().id()), validation.checks());
    }

    /**
     * The next signed-off return of the cycle after this one (in the cycle's order, going round) that this
     * person may accept; empty when there is none.
     */
    public Optional<ServiceReturn> next(ServiceReturn current, String user) {
        List<ServiceReturn> all = returns.forCycle(current.cycleId());
        int at = 0;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id() == current.id()) {
                at = i;
            }
        }
        for (int step = 1; step < all.size(); step++) {
            ServiceReturn r = all.get((at + step) % all.size());
            if (r.status() == ReturnStatus.SIGNED_OFF && permissions.canAccept(user, r)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
