package uk.quarterlyreturns.cycle;

/** Where a cycle is, from returns being collected to the report being published. */
public enum CycleStatus {
    OPEN("Collecting returns"),
    COMPILED("Report compiled"),
    AWAITING_APPROVAL("Awaiting the chief executive's approval"),
    RETURNED("Report returned with comments"),
    PUBLISHED("Report published");

    private final String label;

    CycleStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
