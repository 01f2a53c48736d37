package uk.quarterlyreturns.framework;

/**
 * SNAPSHOT: the quarter's value stands alone. CUMULATIVE: each quarter holds its own figure and the
 * year to date (their sum) is what the RAG judges, against the profiled annual target.
 */
public enum Aggregation {
    SNAPSHOT,
    CUMULATIVE
}
