package uk.quarterlyreturns.framework;

import java.util.List;
import uk.quarterlyreturns.base.api.LockedException;

/** Values fed for measures whose return is already submitted, signed off or accepted. */
public class ValuesLockedException extends LockedException {

    public ValuesLockedException(List<String> lockedCodes) {
        super("These measures are in returns that are already submitted, signed off or accepted, so the feed"
                + " cannot change them: " + String.join(", ", lockedCodes) + ". Nothing was changed.", lockedCodes);
    }
}
