package uk.quarterlyreturns.framework;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A later quarter's return saying what became of an earlier quarter's provisional figure of the same measure: final
 * as it stands, or revised to a new figure for a reason ("the Q1 figure was provisional, here is the final one").
 *
 * @param reported the earlier figure as reported, provisional, when this was said
 * @param revised  the final figure when revised; null when confirmed
 * @param reason   why it was revised; null when confirmed
 */
public record FigureRevision(int earlierQuarter, BigDecimal reported, Decision decision, BigDecimal revised,
        String reason) {

    public enum Decision { CONFIRMED, REVISED }

    public FigureRevision {
        reason = reason == null || reason.isBlank() ? null : reason.strip();
        if (decision == Decision.CONFIRMED) {
            revised = null;
            reason = null;
        }
    }

    /**
     * Whether a later quarter's return offers the earlier quarter's figure: one the measure was due, still marked
     * provisional, whose return is accepted (a figure in a return still in progress is changed there, not here).
     * Next year's Q1 return stands as quarter 5 of last year for its Q4 figure.
     */
    public static boolean offered(Measure measure, int earlierQuarter, int quarter, QuarterValue earlier,
            boolean earlierAccepted) {
        return earlierQuarter >= 1 && earlierQuarter < quarter && earlierAccepted
                && ProvisionalFigure.of(measure, earlierQuarter, earlier);
    }

    /** Why this cannot be saved, or empty: a revision needs its new figure and a reason, and must change the figure. */
    public Optional<String> problem(String code) {
        return problem(code, "Q" + earlierQuarter);
    }

    /** As {@link #problem(String)}, naming the earlier quarter as given ("Q4 2026/27" for last year's). */
    public Optional<String> problem(String code, String period) {
        if (decision != Decision.REVISED) {
            return Optional.empty();
        }
        String figure = code + ": the " + period + " figure ";
        if (revised == null) {
            return Optional.of(figure + "revised needs its final figure");
        }
        if (reason == null) {
            return Optional.of(figure + "revised needs a reason");
        }
        if (revised.compareTo(reported) == 0) {
            return Optional.of(figure + "is the one reported: confirm it instead");
        }
        return Optional.empty();
    }

    /** The earlier quarter's final figure once this is applied. */
    public BigDecimal finalFigure() {
        return decision == Decision.REVISED ? revised : reported;
    }

    /** "Q1 figure revised from 74% to 76%: late returns counted" or "Q1 figure confirmed final (74%)". */
    public String words(Unit unit, Integer decimals) {
        return words("Q" + earlierQuarter, unit, decimals);
    }

    /** As {@link #words(Unit, Integer)}, naming the earlier quarter as given ("Q4 2026/27 figure confirmed final"). */
    public String words(String period, Unit unit, Integer decimals) {
        String was = unit.format(reported, decimals);
        return decision == Decision.REVISED
                ? period + " figure revised from " + was + " to " + unit.format(revised, decimals) + ": "
                        + reason
                : period + " figure confirmed final (" + was + ")";
    }
}
