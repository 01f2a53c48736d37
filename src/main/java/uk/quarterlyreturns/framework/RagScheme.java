package uk.quarterlyreturns.framework;

/** How a measure's RAG is judged from its shortfall (see docs/rag.md). */
public enum RagScheme {
    TARGET_FLOOR("Target and floor"),
    TOLERANCE("Tolerance"),
    FIVE_POINT("Five-point"),
    NONE("None");

    private final String words;

    RagScheme(String words) {
        this.words = words;
    }

    /** The scheme as the screens name it; files and the API keep the constant's name. */
    public String words() {
        return words;
    }
}
