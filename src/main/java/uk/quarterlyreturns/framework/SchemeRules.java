package uk.quarterlyreturns.framework;

import java.math.BigDecimal;

/** The rating rule of each RAG scheme, applied to a value already known to be due and rateable. */
final class SchemeRules {

    private SchemeRules() {
    }

    /** Rejects a rateable measure whose scheme lacks the setting it is judged by. */
    static void requireSettings(MeasureRule m, BandEdges edges) {
        if (m.scheme() == RagScheme.TARGET_FLOOR && m.floor() == null) {
            throw new IllegalArgumentException("RAG scheme TARGET_FLOOR needs a floor, but none is set");
        }
        if (m.scheme() == RagScheme.TOLERANCE && m.tolerancePct() == null) {
            throw new IllegalArgumentException(
                    "RAG scheme TOLERANCE needs a tolerance_pct, but none is set");
        }
        if (m.scheme() == RagScheme.FIVE_POINT && edges == null) {
            throw new IllegalArgumentException("RAG scheme FIVE_POINT needs the year's band edges");
        }
    }

    /**
     * @param target the profiled target
     * @param floor  the profiled floor (TARGET_FLOOR only, else null)
     */
    static Rag judge(MeasureRule m, BigDecimal value, BigDecimal target, BigDecimal floor,
                     BandEdges edges) {
        Shortfall shortfall = Shortfall.of(m.polarity(), target, value);
        if (shortfall.isMet()) {
            return Rag.GREEN;
        }
        return switch (m.scheme()) {
            case TARGET_FLOOR -> onOrBetter(m.polarity(), value, floor) ? Rag.AMBER : Rag.RED;
            case TOLERANCE -> shortfall.isWithin(m.tolerancePct()) ? Rag.AMBER : Rag.RED;
            case FIVE_POINT -> fivePoint(shortfall, edges);
            case NONE -> throw new IllegalStateException("scheme NONE is never rated");
        };
    }

    private static Rag fivePoint(Shortfall shortfall, BandEdges edges) {
        if (shortfall.isWithin(edges.e1())) {
            return Rag.AMBER_GREEN;
        }
        if (shortfall.isWithin(edges.e2())) {
            return Rag.AMBER;
        }
        return shortfall.isWithin(edges.e3()) ? Rag.RED_AMBER : Rag.RED;
    }

    private static boolean onOrBetter(Polarity polarity, BigDecimal value, BigDecimal floor) {
        int sign = value.compareTo(floor);
        return polarity == Polarity.HIGHER_IS_BETTER ? sign >= 0 : sign <= 0;
    }
}
