package uk.quarterlyreturns.framework;

import java.util.List;
import java.util.Optional;

/**
 * Whether a measure has a computed RAG a director could override this quarter. One with no target, a target to be
 * agreed, no RAG scheme, or not due has none: an override there would rate what the rules leave unrated, so it is
 * refused on saving, and one stored before the framework changed is never in effect (MeasureStatus).
 */
public final class OverrideRule {

    private static final String NOTHING = ", so there is no computed RAG to override";
    private static final List<Rag> FIVE_POINT = List.of(Rag.GREEN, Rag.AMBER_GREEN, Rag.AMBER, Rag.RED_AMBER,
            Rag.RED);
    private static final List<Rag> THREE_POINT = List.of(Rag.GREEN, Rag.AMBER, Rag.RED);

    private OverrideRule() {
    }

    /**
     * The ratings an override of this measure may choose: its scheme's own, as the rule would give them. A
     * three-point scheme (target and floor, tolerance) rates Green, Amber or Red, so a five-point rating there
     * would print a rating the measure cannot have.
     */
    public static List<Rag> ratings(Measure measure) {
        return switch (measure.rule().scheme()) {
            case FIVE_POINT -> FIVE_POINT;
            case TARGET_FLOOR, TOLERANCE -> THREE_POINT;
            case NONE -> List.of();
        };
    }

    /** Why this rating is not one an override of the measure may choose; empty when it is. */
    public static Optional<String> notARating(Measure measure, Rag rag) {
        List<Rag> ratings = ratings(measure);
        if (ratings.contains(rag)) {
            return Optional.empty();
        }
        return Optional.of(measure.code() + " is rated " + String.join(", ", ratings.stream().map(Rag::label)
                .toList()).replaceFirst(", ([^,]*)$", " or $1") + " (" + measure.rule().scheme().words()
                + "): " + rag.label() + " is not one of its ratings");
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

    /**
     * Why saving this override (a rating, or null to clear the one kept) is refused in this quarter; empty when it
     * may be saved.
     */
    public static Optional<String> refusal(Measure measure, int quarter, Rag rag, RagOverride kept) {
        return rag != null ? nothingToOverride(measure, quarter).or(() -> notARating(measure, rag))
                : nothingToClear(measure, quarter, kept);
    }

    /**
     * Why clearing the override of this measure is refused: it is not due this quarter and keeps none to clear, so the
     * save would change nothing but leave a row (and a started return) where the return shows the measure Not due.
     * Empty otherwise: one kept from before the framework changed may always be cleared.
     */
    private static Optional<String> nothingToClear(Measure measure, int quarter, RagOverride kept) {
        if (kept == null && !QuarterFigureRule.isDue(measure, quarter)) {
            return Optional.of(QuarterFigureRule.notDue(measure, quarter));
        }
        return Optional.empty();
    }
}
