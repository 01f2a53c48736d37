package uk.quarterlyreturns.framework;

/** Which way is better for a measure. */
public enum Polarity {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
