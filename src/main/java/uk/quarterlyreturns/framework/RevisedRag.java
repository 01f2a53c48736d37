package uk.quarterlyreturns.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What a revision of an earlier quarter's provisional figure does to a quarter's RAG, by the measure's rule: the
 * performance team sees a figure turned Red (or worse than before) before accepting the return that makes it final.
 *
 * @param quarter the quarter whose RAG it is: the revised one, or a later one whose year to date adds it up
 * @param before  the RAG with the figure as reported
 * @param after   the RAG with the revised figure
 */
public record RevisedRag(int quarter, Rag before, Rag after) {

    private static final RagEngine ENGINE = new RagEngine();

    /**
     * The quarter's RAG before and after the revision, the other quarters' figures as they stand
     * ({@code quarterValues}, Q1 to Q4); empty for a figure confirmed final (nothing changes) or a quarter not rated.
     */
    public static Optional<RevisedRag> of(MeasureRule rule, FigureRevision revision, int quarter,
            List<BigDecimal> quarterValues, BandEdges edges) {
        if (revision.decision() != FigureRevision.Decision.REVISED) {
            return Optional.empty();
        }
        Rag before = ENGINE.ragOfFigures(rule, quarter, with(quarterValues, revision.earlierQuarter(),
                revision.reported()), true, edges);
        Rag after = ENGINE.ragOfFigures(rule, quarter, with(quarterValues, revision.earlierQuarter(),
                revision.revised()), true, edges);
        return before == null || after == null ? Optional.empty() : Optional.of(new RevisedRag(quarter, before, after));
    }

    /** Worse on the rating scale (Green best, Red worst); a change to or from a status that is no rating is not. */
    public boolean worse() {
        return rated(before) && rated(after) && after.ordinal() > before.ordinal();
    }

    /** "Q1 RAG Green to Red (worse)", "Q2 year to date RAG Green, unchanged". */
    public String words(boolean yearToDate) {
        return words("Q" + quarter, yearToDate);
    }

    /** The same, the quarter named as given: "Q4 2026/27 RAG Green, unchanged" for last year's. */
    public String words(String period, boolean yearToDate) {
        String which = period + (yearToDate ? " year to date" : "") + " RAG ";
        if (before == after) {
            return which + after.label() + ", unchanged";
        }
        return which + before.label() + " to " + after.label() + (worse() ? " (worse)" : "");
    }

    private static boolean rated(Rag rag) {
        return rag.ordinal() <= Rag.RED.ordinal();
    }

    private static List<BigDecimal> with(List<BigDecimal> quarterValues, int quarter, BigDecimal figure) {
        List<BigDecimal> copy = new ArrayList<>(Collections.nCopies(4, null));
        for (int i = 0; i < Math.min(4, quarterValues.size()); i++) {
            copy.set(i, quarterValues.get(i));
        }
        copy.set(quarter - 1, figure);
        return copy;
    }
}
