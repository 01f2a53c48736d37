package uk.quarterlyreturns.people;

/** Where a delegation stands on a given day. */
public enum DelegationState {
    COMING("Coming"),
    CURRENT("Current"),
    PAST("Past"),
    WITHDRAWN("Withdrawn");

    private final String label;

    DelegationState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether it can still be ended (under way) or withdrawn (still to come). */
    public boolean open() {
        return this == COMING || this == CURRENT;
    }
}
