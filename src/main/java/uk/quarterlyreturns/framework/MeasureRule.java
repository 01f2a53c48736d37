package uk.quarterlyreturns.framework;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What the RAG engine needs to know about one measure, taken from its row in the year's framework.
 *
 * @param dueQuarter     the quarter (1-4) an ANNUAL measure is reported in; ignored for QUARTERLY
 * @param floor          the floor standard (TARGET_FLOOR), or null
 * @param tolerancePct   how far short of target, in percent, still counts as Amber (TOLERANCE), or null
 * @param profilePct     percent of the annual target expected by the end of Q1..Q4 (CUMULATIVE)
 * @param lowerThreshold an activity indicator's expected lower bound, or null
 * @param upperThreshold an activity indicator's expected upper bound, or null
 * @param decimals       the stored precision: values equal at this many places count as unchanged (figures print
 *                       at the framework's own decimals: {@link Unit#format})
 */
public record MeasureRule(
        Polarity polarity,
        Frequency frequency,
        int dueQuarter,
        Aggregation aggregation,
        Target target,
        BigDecimal floor,
        BigDecimal tolerancePct,
        RagScheme scheme,
        List<BigDecimal> profilePct,
        BigDecimal lowerThreshold,
        BigDecimal upperThreshold,
        int decimals) {

    public static final int DEFAULT_DUE_QUARTER = 4;
    public static final List<BigDecimal> DEFAULT_PROFILE = List.of(
            new BigDecimal("25"), new BigDecimal("50"), new BigDecimal("75"), new BigDecimal("100"));
    public static final int DEFAULT_DECIMALS = 2;

    public MeasureRule {
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(scheme, "scheme");
        if (dueQuarter < 1 || dueQuarter > 4) {
            throw new IllegalArgumentException("due quarter must be 1-4, got " + dueQuarter);
        }
        profilePct = List.copyOf(profilePct == null ? DEFAULT_PROFILE : profilePct);
        if (profilePct.size() != 4) {
            throw new IllegalArgumentException(
                    "a profile needs four percentages (Q1..Q4), got " + profilePct.size());
        }
        if (profilePct.stream().anyMatch(p -> p.signum() < 0)) {
            throw new IllegalArgumentException("profile percentages cannot be negative: " + profilePct);
        }
        if (tolerancePct != null && tolerancePct.signum() < 0) {
            throw new IllegalArgumentException("tolerance cannot be negative, got " + tolerancePct);
        }
        if (lowerThreshold != null && upperThreshold != null
                && lowerThreshold.compareTo(upperThreshold) > 0) {
            throw new IllegalArgumentException("lower threshold " + lowerThreshold
                    + " is above upper threshold " + upperThreshold);
        }
        if (decimals < 0) {
            throw new IllegalArgumentException("decimals cannot be negative, got " + decimals);
        }
    }

    /**
     * Whether the measure's figure is a year to date, added up from the quarters' own figures: a CUMULATIVE quarterly
     * measure. An ANNUAL one's single figure is already the year's, cumulative or not: a figure held for another
     * quarter (say before the framework made it annual) is no part of it.
     */
    public boolean addsUpQuarters() {
        return aggregation == Aggregation.CUMULATIVE && frequency == Frequency.QUARTERLY;
    }

    /** Starts a rule with the framework file's defaults: quarterly, snapshot, no target, no RAG. */
    public static Builder builder(Polarity polarity) {
        return new Builder(polarity);
    }

    /** Fills in the framework file's defaults for whatever is not set. */
    public static final class Builder {
        private final Polarity polarity;
        private Frequency frequency = Frequency.QUARTERLY;
        private int dueQuarter = DEFAULT_DUE_QUARTER;
        private Aggregation aggregation = Aggregation.SNAPSHOT;
        private Target target = Target.NO_TARGET;
        private BigDecimal floor;
        private BigDecimal tolerancePct;
        private RagScheme scheme = RagScheme.NONE;
        private List<BigDecimal> profilePct = DEFAULT_PROFILE;
        private BigDecimal lowerThreshold;
        private BigDecimal upperThreshold;
        private int decimals = DEFAULT_DECIMALS;

        private Builder(Polarity polarity) {
            this.polarity = polarity;
        }

        public Builder frequency(Frequency frequency) {
            this.frequency = frequency;
            return this;
        }

        /** An annual measure reported in the given quarter. */
        public Builder annual(int dueQuarter) {
            this.frequency = Frequency.ANNUAL;
            this.dueQuarter = dueQuarter;
            return this;
        }

        public Builder dueQuarter(int dueQuarter) {
            this.dueQuarter = dueQuarter;
            return this;
        }

        public Builder aggregation(Aggregation aggregation) {
            this.aggregation = aggregation;
            return this;
        }

        public Builder cumulative() {
            return aggregation(Aggregation.CUMULATIVE);
        }

        public Builder target(Target target) {
            this.target = target;
            return this;
        }

        public Builder target(BigDecimal annualTarget) {
            return target(Target.of(annualTarget));
        }

        public Builder floor(BigDecimal floor) {
            this.floor = floor;
            return this;
        }

        public Builder tolerancePct(BigDecimal tolerancePct) {
            this.tolerancePct = tolerancePct;
            return this;
        }

        public Builder scheme(RagScheme scheme) {
            this.scheme = scheme;
            return this;
        }

        public Builder profilePct(List<BigDecimal> profilePct) {
            this.profilePct = profilePct;
            return this;
        }

        public Builder thresholds(BigDecimal lower, BigDecimal upper) {
            this.lowerThreshold = lower;
            this.upperThreshold = upper;
            return this;
        }

        public Builder decimals(int decimals) {
            this.decimals = decimals;
            return this;
        }

        public MeasureRule build() {
            return new MeasureRule(polarity, frequency, dueQuarter, aggregation, target, floor,
                    tolerancePct, scheme, profilePct, lowerThreshold, upperThreshold, decimals);
        }
    }
}
