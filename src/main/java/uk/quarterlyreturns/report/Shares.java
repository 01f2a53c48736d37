package uk.quarterlyreturns.report;

/** Whole-number percentages of {@link SummaryCounts}, rounded so that they add up to 100. */
public record Shares(int onTrack, int atRisk, int offTrack, int missing) {
}
