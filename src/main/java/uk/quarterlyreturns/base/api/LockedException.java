package uk.quarterlyreturns.base.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A change refused because the items it names are locked: answered 409 with each code listed, on its file's row. */
public class LockedException extends RuntimeException {

    private final List<String> lockedCodes;
    private final List<Integer> rows;

    /** @param rows each code's row in the file it came from (the header is row 1), or null where none */
    public LockedException(String message, List<String> lockedCodes, List<Integer> rows) {
        super(message);
        if (rows.size() != lockedCodes.size()) {
            throw new IllegalArgumentException("one row for each code");
        }
        this.lockedCodes = List.copyOf(lockedCodes);
        this.rows = Collections.unmodifiableList(new ArrayList<>(rows));
    }

    public List<String> lockedCodes() {
        return lockedCodes;
    }

    /** Each code's row in the file, or null. */
    public List<Integer> rows() {
        return rows;
    }
}
