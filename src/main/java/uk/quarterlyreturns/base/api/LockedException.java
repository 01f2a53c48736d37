package uk.quarterlyreturns.base.api;

import java.util.List;

/** A change refused because the items it names are locked: answered 409 with each code listed. */
public class LockedException extends RuntimeException {

    private final List<String> lockedCodes;

    public LockedException(String message, List<String> lockedCodes) {
        super(message);
        this.lockedCodes = List.copyOf(lockedCodes);
    }

    public List<String> lockedCodes() {
        return lockedCodes;
    }
}
