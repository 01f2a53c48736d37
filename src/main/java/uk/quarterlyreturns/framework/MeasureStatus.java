package uk.quarterlyreturns.framework;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A measure as it stands in one quarter: its own figure, what the RAG judged (the year to date for a
 * cumulative measure), the profiled target (of the quarters in, for a cumulative measure's year to date), the
 * computed and effective RAG, and the direction of travel.
 *
 * @param quarterValues this year's own figure of each quarter (null where none is given)
 * @param previousQuarterValue the own figure of the quarter before: this year's previous quarter, or for Q1
 *        last year's Q4 from history; null when not known. A change since last quarter is measured from it.
 * @param comparedWith the figure the direction of travel was judged against, or null when there was no direction
 */
public record MeasureStatus(Measure measure, int quarter, BigDecimal value, BigDecimal judgedValue,
        BigDecimal target, Rag ragComputed, RagOverride override, Direction direction, ActivityStatus activity,
        List<BigDecimal> quarterValues, BigDecimal previousQuarterValue, QuarterValue entry, Comparison comparedWith) {

    /** A status whose direction's comparison is not kept. */
    public MeasureStatus(Measure measure, int quarter, BigDecimal value, BigDecimal judgedValue, BigDecimal target,
            Rag ragComputed, RagOverride override, Direction direction, ActivityStatus activity,
            List<BigDecimal> quarterValues, BigDecimal previousQuarterValue, QuarterValue entry) {
        this(measure, quarter, value, judgedValue, target, ragComputed, override, direction, activity, quarterValues,
                previousQuarterValue, entry, null);
    }

    /**
     * The override when there is one in effect, else the computed RAG (null: not yet entered, before the deadline).
     */
    public Rag rag() {
        return overrideInEffect() != null ? override.rag() : ragComputed;
    }

    /**
     * The override, when it replaces a RAG the rule computed from a figure: the one rule every form, download, report
     * and API answer follows. An invalid figure has no RAG of its own; Missing, Not due and not yet entered are facts
     * about the return, not ratings; a measure without a target (or TBA, or no RAG scheme) is never rated (see
     * OverrideRule). None of them takes an override, which stays saved on the return but is not reported; nor does
     * one that is not a rating of the measure's scheme (an Amber/Green kept from before the scheme became three-point).
     */
    public RagOverride overrideInEffect() {
        boolean rated = ragComputed != null && ragComputed != Rag.MISSING && nothingToOverride().isEmpty();
        return override != null && rated && valueError().isEmpty() && notARating().isEmpty() ? override : null;
    }

    /**
     * Why the saved override is not one of the measure's ratings (see OverrideRule); empty when it is, when there is
     * none, or when the measure takes no override this quarter at all (it is then simply not in effect).
     */
    public Optional<String> notARating() {
        return override == null || nothingToOverride().isPresent() ? Optional.empty()
                : OverrideRule.notARating(measure, override.rag());
    }

    /** Why a director cannot override this measure's RAG this quarter (see OverrideRule); empty when they can. */
    public Optional<String> nothingToOverride() {
        return OverrideRule.nothingToOverride(measure, quarter);
    }

    /** What is wrong with the figure as given (a percentage of 150), if anything. */
    public Optional<String> valueError() {
        return ValueValidity.error(measure.definition().unit(), value);
    }

    /**
     * The earlier quarters a cumulative measure's year to date lacks, which its target leaves out too (see
     * RagEngine.missingQuarters); empty when every quarter to date is in, or for any other measure. A measure added
     * mid-year counts its year to date from the quarter it is reported from: the quarters before it owed no figure, so
     * none is missing (their shares of the target are still left out).
     */
    public List<Integer> missingQuarters() {
        int from = measure.reportedFrom() == null ? 1 : measure.reportedFrom();
        return quarterValues == null ? List.of()
                : new RagEngine().missingQuarters(measure.rule(), quarter, quarterValues).stream()
                        .filter(q -> q >= from).toList();
    }

    /** The quarter's figure is given but marked provisional (see ProvisionalFigure). */
    public boolean provisional() {
        return ProvisionalFigure.of(measure, quarter, entry);
    }

    /** The service said this quarter's figure cannot be given, with a reason. */
    public boolean notAvailable() {
        return value == null && entry != null && entry.notAvailable();
    }
}
