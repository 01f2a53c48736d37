package uk.quarterlyreturns.framework;

/**
 * How a unit's figures are formatted. The framework file names the unit in the council's own words;
 * the words we know choose one of these kinds, and any other unit is {@link #WRITTEN}: printed as written
 * after the figure.
 */
public enum UnitKind {
    PERCENT,
    COUNT,
    GBP,
    GBP_THOUSANDS,
    GBP_MILLIONS,
    DAYS,
    WEEKS,
    RATE_PER_1000,
    RATE_PER_10K,
    RATE_PER_100K,
    WRITTEN
}
