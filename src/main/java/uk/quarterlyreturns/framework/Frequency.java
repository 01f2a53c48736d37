package uk.quarterlyreturns.framework;

/** How often a measure is reported: an annual measure is Not due except in its due quarter. */
public enum Frequency {
    QUARTERLY,
    ANNUAL
}
