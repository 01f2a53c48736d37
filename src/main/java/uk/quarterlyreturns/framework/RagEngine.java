package uk.quarterlyreturns.framework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Works out RAG ratings, directions of travel and activity statuses by the product's RAG rules.
 * Stateless and free of I/O, so one instance can be shared.
 */
public final class RagEngine {

    /** A quarterly measure is always due; an annual one only in its due quarter. */
    public boolean isDue(MeasureRule m, int quarter) {
        checkQuarter(quarter);
        return m.frequency() == Frequency.QUARTERLY || m.dueQuarter() == quarter;
    }

    /**
     * The target the quarter's value is judged against: the annual target for a SNAPSHOT measure, the
     * profiled share of it (annual x profile% / 100) for a CUMULATIVE one. An ANNUAL measure's one figure is the
     * year's, so it is judged against the whole annual target whatever its aggregation. Empty for no target or TBA.
     */
    public Optional<BigDecimal> profiledTarget(MeasureRule m, int quarter) {
        checkQuarter(quarter);
        return m.target().hasValue()
                ? Optional.of(TargetProfile.profiled(m, quarter, m.target().value()))
                : Optional.empty();
    }

    /** The floor standard, profiled like the target for a CUMULATIVE measure. Empty when none. */
    public Optional<BigDecimal> profiledFloor(MeasureRule m, int quarter) {
        checkQuarter(quarter);
        return Optional.ofNullable(m.floor()).map(floor -> TargetProfile.profiled(m, quarter, floor));
    }

    /**
     * The floor standard a CUMULATIVE measure's year to date is judged against, profiled as
     * {@link #profiledTarget(MeasureRule, int, List)} profiles the target: the shares of the quarters in only. Empty
     * when none.
     */
    public Optional<BigDecimal> profiledFloor(MeasureRule m, int quarter, List<BigDecimal> quarterValues) {
        checkQuarter(quarter);
        return Optional.ofNullable(m.floor()).map(floor -> TargetProfile.profiled(m, quarter, floor,
                missingQuarters(m, quarter, quarterValues)));
    }

    /**
     * The target a CUMULATIVE measure's year to date is judged against when some earlier quarters have no figure: the
     * profiled shares of the quarters that are in only (a quarter's share is its profile% less the one before), so a
     * Q1 never returned does not leave Q2's year to date short of half the annual target. With every quarter to date
     * in, the same as {@link #profiledTarget(MeasureRule, int)}.
     */
    public Optional<BigDecimal> profiledTarget(MeasureRule m, int quarter, List<BigDecimal> quarterValues) {
        checkQuarter(quarter);
        return m.target().hasValue()
                ? Optional.of(TargetProfile.profiled(m, quarter, m.target().value(),
                        missingQuarters(m, quarter, quarterValues)))
                : Optional.empty();
    }

    /**
     * The quarters before this one that a CUMULATIVE measure's year to date lacks (no figure: the return never came
     * in, or the figure was not available), in order. Empty for a snapshot or an annual measure, whose figure does
     * not add up the quarters.
     */
    public List<Integer> missingQuarters(MeasureRule m, int quarter, List<BigDecimal> quarterValues) {
        checkQuarter(quarter);
        Objects.requireNonNull(quarterValues, "quarterValues");
        return TargetProfile.missing(m, quarter, quarterValues);
    }

    /**
     * The value the RAG judges. {@code quarterValues} holds the year's own figures for Q1..Q4 (null,
     * or a short list, where absent). SNAPSHOT or ANNUAL: the quarter's figure. CUMULATIVE: the year to date,
     * the sum of the figures present for Q1..quarter (an earlier quarter without one is left out, and so is its share
     * of the target: see {@link #missingQuarters}). Empty when the quarter's own figure is absent,
     * because a year to date without this quarter would be judged against the wrong profile. Each figure is taken
     * at the measure's stored precision ({@code decimals}, rounded half up), as every screen and report prints it:
     * 59.996% kept to 2 places is judged as the 60.00% the council reads.
     */
    public Optional<BigDecimal> judgedValue(MeasureRule m, int quarter, List<BigDecimal> quarterValues) {
        checkQuarter(quarter);
        Objects.requireNonNull(quarterValues, "quarterValues");
        if (quarterValues.size() > 4) {
            throw new IllegalArgumentException(
                    "a year has four quarters' values, got " + quarterValues.size());
        }
        if (TargetProfile.valueAt(quarterValues, quarter) == null) {
            return Optional.empty();
        }
        if (!m.addsUpQuarters()) {
            return Optional.of(stored(m, TargetProfile.valueAt(quarterValues, quarter)));
        }
        BigDecimal yearToDate = BigDecimal.ZERO;
        for (int q = 1; q <= quarter; q++) {
            BigDecimal value = TargetProfile.valueAt(quarterValues, q);
            if (value != null) {
                yearToDate = yearToDate.add(stored(m, value));
            }
        }
        return Optional.of(yearToDate);
    }

    /**
     * The computed RAG, decided in this order:
     * <ol>
     * <li>NOT_DUE when the measure is not expected this quarter;</li>
     * <li>a measure that can be rated (scheme other than NONE, with a target) must have its scheme's
     *     settings: TARGET_FLOOR a floor, TOLERANCE a tolerance, FIVE_POINT band edges, else
     *     IllegalArgumentException naming what is missing;</li>
     * <li>no value: MISSING once the deadline has passed; before it, <b>null</b>, because the value
     *     is simply not yet entered and has no status to show or count. A measure without a target is
     *     still expected to be returned, so it too can be MISSING;</li>
     * <li>NONE for scheme NONE, no target or TBA;</li>
     * <li>otherwise the scheme's rule against the profiled target, edges inclusive on the better side.</li>
     * </ol>
     *
     * @param judgedValue the value from {@link #judgedValue}, or null when there is none
     * @param edges       the year's band edges; needed only for FIVE_POINT
     */
    public Rag rag(MeasureRule m, int quarter, BigDecimal judgedValue, boolean deadlinePassed,
                   BandEdges edges) {
        return rag(m, quarter, judgedValue, List.of(), deadlinePassed, edges);
    }

    /**
     * The computed RAG of the quarter's figures ({@code quarterValues}, Q1..Q4 as for {@link #judgedValue}), as
     * {@link #rag(MeasureRule, int, BigDecimal, boolean, BandEdges)} decides it, a CUMULATIVE measure's year to date
     * judged against the profiled shares of the quarters that are in (see {@link #missingQuarters}).
     */
    public Rag ragOfFigures(MeasureRule m, int quarter, List<BigDecimal> quarterValues, boolean deadlinePassed,
                            BandEdges edges) {
        return rag(m, quarter, judgedValue(m, quarter, quarterValues).orElse(null),
                missingQuarters(m, quarter, quarterValues), deadlinePassed, edges);
    }

    private Rag rag(MeasureRule m, int quarter, BigDecimal judgedValue, List<Integer> missing,
                    boolean deadlinePassed, BandEdges edges) {
        if (!isDue(m, quarter)) {
            return Rag.NOT_DUE;
        }
        boolean rated = m.scheme() != RagScheme.NONE && m.target().hasValue();
        if (rated) {
            SchemeRules.requireSettings(m, edges);
        }
        if (judgedValue == null) {
            return deadlinePassed ? Rag.MISSING : null;
        }
        if (!rated) {
            return Rag.NONE;
        }
        if (!missing.isEmpty() && TargetProfile.shareOfQuartersIn(m, quarter, missing).signum() == 0
                && m.profilePct().get(quarter - 1).signum() != 0) {
            // the quarters missing carry the whole target to date: the quarters in would be judged against 0
            return Rag.MISSING;
        }
        BigDecimal floor = m.floor() == null ? null : TargetProfile.profiled(m, quarter, m.floor(), missing);
        BigDecimal target = TargetProfile.profiled(m, quarter, m.target().value(), missing);
        return SchemeRules.judge(m, judgedValue, target, floor, edges);
    }

    /**
     * Direction of travel of {@code current} against {@code previous}, by polarity; UNCHANGED when they
     * are equal once both are rounded half-up to the measure's stored precision. Empty when either is
     * null. The caller chooses the comparison: the previous quarter's value, or for a CUMULATIVE
     * measure the same quarter last year (a year to date always grows through the year, so the
     * previous quarter would be no comparison).
     */
    public Optional<Direction> direction(Polarity p, BigDecimal current, BigDecimal previous,
                                         int decimals) {
        return DirectionOfTravel.of(p, current, previous, decimals);
    }

    /**
     * An activity indicator's figure against its expected range ({@code m}'s thresholds). Both thresholds are inside
     * the range; either may be null for a one-sided range. Empty when there is no value or no threshold at all. The
     * figure is taken at the measure's stored precision, as the RAG takes it and the appendix prints it: 4,500.4 kept
     * to whole numbers is the 4,500 it reads, within an upper threshold of 4,500; the thresholds are never rounded.
     */
    public Optional<ActivityStatus> activity(MeasureRule m, BigDecimal value) {
        return ExpectedRange.status(value == null ? null : stored(m, value), m.lowerThreshold(), m.upperThreshold());
    }

    /** The figure at the measure's stored precision, only ever rounded (never padded with zeros). */
    private static BigDecimal stored(MeasureRule m, BigDecimal value) {
        return stored(value, m.decimals());
    }

    /** A figure at a stored precision of {@code decimals} places, rounded half up (never padded with zeros). */
    static BigDecimal stored(BigDecimal value, int decimals) {
        return value.scale() > decimals ? value.setScale(decimals, RoundingMode.HALF_UP) : value;
    }

    private static void checkQuarter(int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1-4, got " + quarter);
        }
    }
}
