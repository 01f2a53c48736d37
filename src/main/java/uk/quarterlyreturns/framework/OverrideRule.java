package uk.quarterlyreturns.framework;

import java.util.Optional;

/**
 * Whether a measure has a computed RAG a director could override this quarter. One with no target, a target to be
 * agreed, no RAG scheme, or not due has none: an override there would rate what the rules leave unrated, so it is
 * refused on saving, and one stored before the framework changed is never in effect (MeasureStatus).
 */
public final class OverrideRule {

    private static final String NOTHING = ", so there is no computed RAG to override";

    private OverrideRule() {
    }

    /** Why this measure's RAG cannot be overridden in this quarter; empty when it can. */
    public static Optional<String> nothingToOverride(Measure measure, int quarter) {
        MeasureRule rule = measure.rule();
        if (!QuarterFigureRule.isDue(measure, quarter)) {
            return Optional.of(measure.code() + " is not due in Q" + quarter + NOTHING);
        }
        if (rule.scheme() == RagScheme.NONE) {
            return Optional.of(measure.code() + " is reported without a RAG" + NOTHING);
        }
        return switch (rule.target().kind()) {
            case NO_TARGET -> Optional.of(measure.code() + " has no target" + NOTHING);
            case TBA -> Optional.of(measure.code() + "'s target is still to be agreed (TBA)" + NOTHING);
            case VALUE -> Optional.empty();
        };
    }
}
