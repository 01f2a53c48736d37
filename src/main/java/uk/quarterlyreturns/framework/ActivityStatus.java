package uk.quarterlyreturns.framework;

/**
 * Where an activity indicator's figure sits against its expected range. Outside the range, demand has
 * risen or fallen beyond expectations, which may mean extra or reduced costs.
 */
public enum ActivityStatus {
    ABOVE_RANGE("Above expected range"),
    WITHIN_RANGE("Within expected range"),
    BELOW_RANGE("Below expected range");

    private final String label;

    ActivityStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
