package uk.quarterlyreturns.framework;

import java.util.ArrayList;
import java.util.List;
import uk.quarterlyreturns.base.api.LockedException;

/** Values fed for measures whose return is already submitted, signed off or accepted, each named on its row. */
public class ValuesLockedException extends LockedException {

    /** @param rows each code's row in the values file (the header is row 1) */
    public ValuesLockedException(List<String> lockedCodes, List<Integer> rows) {
        super("These measures are in returns that are already submitted, signed off or accepted, so the feed"
                + " cannot change them: " + named(lockedCodes, rows) + ". Nothing was changed.", lockedCodes, rows);
    }

    private static String named(List<String> codes, List<Integer> rows) {
        List<String> named = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            named.add(codes.get(i) + " (row " + rows.get(i) + ")");
        }
        return String.join(", ", named);
    }
}
