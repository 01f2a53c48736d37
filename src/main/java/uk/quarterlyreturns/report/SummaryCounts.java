package uk.quarterlyreturns.report;

import uk.quarterlyreturns.framework.RagSummary;

/**
 * How many actions and measures fall in each of the report's summary words. Not due and No RAG items
 * are not part of these counts: they are left out of the percentages.
 */
public record SummaryCounts(int onTrack, int atRisk, int offTrack, int missing) {

    public SummaryCounts {
        if (onTrack < 0 || atRisk < 0 || offTrack < 0 || missing < 0) {
            throw new IllegalArgumentException("Counts cannot be negative");
        }
    }

    /** The items the percentages are taken of. */
    public int total() {
        return onTrack + atRisk + offTrack + missing;
    }

    public int of(RagSummary group) {
        return switch (group) {
            case ON_TRACK -> onTrack;
            case AT_RISK -> atRisk;
            case OFF_TRACK -> offTrack;
            case MISSING -> missing;
            case NOT_COUNTED -> 0;
        };
    }
}
