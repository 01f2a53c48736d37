package uk.quarterlyreturns.framework;

/**
 * The groups the report counts RAGs in ("54% on track, 25% off track, 16% at risk"). NOT_COUNTED
 * items (Not due, No RAG) are shown apart and left out of the percentages.
 */
public enum RagSummary {
    ON_TRACK("On track"),
    AT_RISK("At risk"),
    OFF_TRACK("Off track"),
    MISSING("Missing"),
    NOT_COUNTED("Not counted");

    private final String label;

    RagSummary(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
