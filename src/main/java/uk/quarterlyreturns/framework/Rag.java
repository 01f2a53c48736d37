package uk.quarterlyreturns.framework;

/**
 * A measure's or key action's status for a quarter: the five-point scale (the three-point schemes use
 * GREEN, AMBER and RED only) plus the statuses that are not ratings.
 */
public enum Rag {
    GREEN("Green", "G", RagSummary.ON_TRACK),
    AMBER_GREEN("Amber/Green", "A/G", RagSummary.ON_TRACK),
    AMBER("Amber", "A", RagSummary.AT_RISK),
    RED_AMBER("Red/Amber", "R/A", RagSummary.OFF_TRACK),
    RED("Red", "R", RagSummary.OFF_TRACK),
    /** The measure is not expected this quarter (e.g. an annual measure outside its quarter). */
    NOT_DUE("Not due", "ND", RagSummary.NOT_COUNTED),
    /** A value was expected but had not been returned by the deadline. */
    MISSING("Missing", "M", RagSummary.MISSING),
    /** No rating is possible: no target, target TBA, or a measure reported without a RAG. */
    NONE("No RAG", "-", RagSummary.NOT_COUNTED);

    private final String label;
    private final String code;
    private final RagSummary summary;

    Rag(String label, String code, RagSummary summary) {
        this.label = label;
        this.code = code;
        this.summary = summary;
    }

    /** The words shown to people, e.g. "Amber/Green". */
    public String label() {
        return label;
    }

    /** The short form used in report tables, e.g. "A/G". */
    public String code() {
        return code;
    }

    /** Which group of the report's summary counts this status falls in. */
    public RagSummary summary() {
        return summary;
    }

    /** Amber or worse: a return must explain these with a narrative (performance by exception). */
    public boolean isAmberOrWorse() {
        return this == AMBER || this == RED_AMBER || this == RED;
    }
}
