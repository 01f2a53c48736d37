package uk.quarterlyreturns.framework;

/** The rule a measure's RAG follows (see the RAG rules in the product description). */
public enum RagScheme {
    TARGET_FLOOR,
    TOLERANCE,
    FIVE_POINT,
    NONE
}
