package uk.quarterlyreturns.framework;

/** Direction of travel: how a value moved against the comparison period, judged by polarity. */
public enum Direction {
    IMPROVED("Improved", "\u2191"),   // up arrow
    WORSENED("Worsened", "\u2193"),   // down arrow
    UNCHANGED("Unchanged", "\u2192"); // right arrow

    private final String label;
    private final String arrow;

    Direction(String label, String arrow) {
        this.label = label;
        this.arrow = arrow;
    }

    public String label() {
        return label;
    }

    /** The arrow printed in report tables. */
    public String arrow() {
        return arrow;
    }
}
