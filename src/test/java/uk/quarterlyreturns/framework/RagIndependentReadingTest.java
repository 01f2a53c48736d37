package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The RAG rules read afresh from PRODUCT.md and docs/rag.md, in a few lines, and the engine checked against that
 * reading on many generated measures: every scheme and polarity, targets of 0 and below, values on each edge and
 * one step of the stored precision either side, profiles, annual measures and earlier quarters missing.
 * A failure names the case's seed: {@code new Case(seed)} rebuilds it.
 */
class RagIndependentReadingTest {

    private static final long FIRST_SEED = 20261204L;
    private static final int CASES = 8_000;

    private final RagEngine engine = new RagEngine();

    @Test
    void theEngineRatesAsTheRulesRead() {
        for (long seed = FIRST_SEED; seed < FIRST_SEED + CASES; seed++) {
            Case c = new Case(seed);
            Rag engineRag = engine.ragOfFigures(c.rule, c.quarter, c.values, c.deadlinePassed, c.edges);
            assertThat(engineRag).as("seed %d: %s", seed, c).isEqualTo(Reading.rag(c));
            if (Reading.yearToDateOfQuartersIn(c)) {
                assertThat(engine.missingQuarters(c.rule, c.quarter, c.values))
                        .as("missing quarters, seed %d: %s", seed, c).isEqualTo(Reading.missingQuarters(c));
                assertThat(engine.profiledTarget(c.rule, c.quarter, c.values))
                        .as("profiled target, seed %d: %s", seed, c)
                        .hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo(Reading.target(c)));
            }
        }
    }

    @Test
    void theDirectionOfTravelIsAsTheRulesRead() {
        for (long seed = FIRST_SEED; seed < FIRST_SEED + CASES; seed++) {
            Random r = new Random(seed);
            Polarity p = r.nextBoolean() ? Polarity.HIGHER_IS_BETTER : Polarity.LOWER_IS_BETTER;
            int decimals = r.nextInt(4);
            BigDecimal previous = r.nextInt(10) == 0 ? null : randomValue(r, decimals + r.nextInt(3));
            BigDecimal current = previous == null || r.nextInt(3) == 0
                    ? randomValue(r, decimals + r.nextInt(3))
                    : previous.add(BigDecimal.ONE.movePointLeft(decimals + r.nextInt(3)).multiply(
                            BigDecimal.valueOf(r.nextInt(7) - 3)));
            assertThat(engine.direction(p, current, previous, decimals))
                    .as("seed %d: %s, %s after %s at %d dp", seed, p, current, previous, decimals)
                    .isEqualTo(Reading.direction(p, current, previous, decimals));
        }
    }

    private static BigDecimal randomValue(Random r, int scale) {
        return BigDecimal.valueOf(r.nextInt(40_001) - 20_000, Math.min(scale, 3))
                .multiply(BigDecimal.valueOf(r.nextInt(3) == 0 ? 1 : 10));
    }

    /** One generated measure, quarter and set of figures. */
    static final class Case {
        final MeasureRule rule;
        final int quarter;
        final List<BigDecimal> values;
        final boolean deadlinePassed;
        final BandEdges edges;

        Case(long seed) {
            Random r = new Random(seed);
            Polarity polarity = r.nextBoolean() ? Polarity.HIGHER_IS_BETTER : Polarity.LOWER_IS_BETTER;
            RagScheme scheme = pick(r, RagScheme.TARGET_FLOOR, RagScheme.TOLERANCE, RagScheme.FIVE_POINT,
                    RagScheme.TARGET_FLOOR, RagScheme.TOLERANCE, RagScheme.FIVE_POINT, RagScheme.NONE);
            int decimals = r.nextInt(4);
            BigDecimal annual = pick(r, BigDecimal.ZERO, number(r, 1, 1000), number(r, 1, 1000),
                    number(r, 1, 1000), number(r, 1, 100).negate(), number(r, 1, 20));
            Target target = r.nextInt(12) == 0 ? Target.NO_TARGET : r.nextInt(12) == 0 ? Target.TBA
                    : Target.of(annual);
            BigDecimal floor = scheme == RagScheme.TARGET_FLOOR
                    ? worseBy(polarity, annual, number(r, 0, 100)).add(r.nextInt(8) == 0 ? number(r, -50, 50)
                    : BigDecimal.ZERO)
                    : null;
            BigDecimal tolerance = scheme == RagScheme.TOLERANCE ? number(r, 0, 30) : null;
            BigDecimal e1 = number(r, 1, 10).max(new BigDecimal("0.5"));
            BigDecimal e2 = e1.add(number(r, 1, 10).max(BigDecimal.ONE));
            BigDecimal e3 = e2.add(number(r, 1, 10).max(BigDecimal.ONE));
            edges = r.nextInt(3) == 0 ? BandEdges.DEFAULT : new BandEdges(e1, e2, e3);
            MeasureRule.Builder b = MeasureRule.builder(polarity).scheme(scheme).target(target).floor(floor)
                    .tolerancePct(tolerance).decimals(decimals).profilePct(profile(r));
            if (r.nextBoolean()) {
                b.cumulative();
            }
            if (r.nextInt(4) == 0) {
                b.annual(1 + r.nextInt(4));
            }
            rule = b.build();
            quarter = r.nextInt(5) == 0 && rule.frequency() == Frequency.ANNUAL ? rule.dueQuarter()
                    : 1 + r.nextInt(4);
            deadlinePassed = r.nextBoolean();
            values = figures(r);
        }

        /** Figures for each quarter, the quarter's own one often put on an edge of its rating or a step off it. */
        private List<BigDecimal> figures(Random r) {
            int places = rule.decimals() + (r.nextInt(5) == 0 ? 1 + r.nextInt(2) : 0);
            List<BigDecimal> v = new ArrayList<>(Arrays.asList(null, null, null, null));
            for (int q = 1; q <= 4; q++) {
                if (r.nextInt(4) != 0) {
                    v.set(q - 1, randomValue(r, places));
                }
            }
            if (r.nextInt(8) == 0) {
                v.set(quarter - 1, null);
            } else if (r.nextInt(5) != 0 && rule.target().hasValue()) {
                v.set(quarter - 1, BigDecimal.ZERO);
                Case probe = new Case(this, v);
                BigDecimal others = Reading.judgedValue(probe).orElseThrow();
                BigDecimal step = BigDecimal.ONE.movePointLeft(rule.decimals());
                BigDecimal edge = pick(r, edgesOf(Reading.target(probe), Reading.floor(probe)).toArray(
                        new BigDecimal[0]));
                v.set(quarter - 1, edge.subtract(others).setScale(rule.decimals(), RoundingMode.HALF_UP)
                        .add(step.multiply(BigDecimal.valueOf(r.nextInt(3) - 1))));
            }
            int length = r.nextInt(4) == 0 ? quarter : 4;
            return new ArrayList<>(v.subList(0, length));
        }

        /** The values at which the rating changes for this target: the target, the floor, each shortfall edge. */
        private List<BigDecimal> edgesOf(BigDecimal target, BigDecimal floor) {
            List<BigDecimal> at = new ArrayList<>(List.of(target));
            if (floor != null) {
                at.add(floor);
            }
            List<BigDecimal> pcts = new ArrayList<>(List.of(edges.e1(), edges.e2(), edges.e3()));
            if (rule.tolerancePct() != null) {
                pcts.add(rule.tolerancePct());
            }
            for (BigDecimal pct : pcts) {
                at.add(worseBy(rule.polarity(), target, target.abs().multiply(pct).movePointLeft(2)));
            }
            return at;
        }

        private Case(Case c, List<BigDecimal> values) {
            this.rule = c.rule;
            this.quarter = c.quarter;
            this.values = values;
            this.deadlinePassed = c.deadlinePassed;
            this.edges = c.edges;
        }

        private static List<BigDecimal> profile(Random r) {
            if (r.nextBoolean()) {
                return MeasureRule.DEFAULT_PROFILE;
            }
            int[] p = new int[4];
            int at = 0;
            for (int q = 0; q < 4; q++) {
                at = Math.min(100, at + r.nextInt(45));
                p[q] = at;
            }
            if (r.nextInt(4) != 0) {
                p[3] = 100;
            }
            return Arrays.stream(p).mapToObj(BigDecimal::valueOf).toList();
        }

        /** A number from lo to hi, whole or to one or two places. */
        private static BigDecimal number(Random r, int lo, int hi) {
            int scale = r.nextInt(3);
            int span = (hi - lo) * (int) Math.pow(10, scale);
            return BigDecimal.valueOf(lo).add(BigDecimal.valueOf(r.nextInt(span + 1), scale));
        }

        @SafeVarargs
        private static <T> T pick(Random r, T... choices) {
            return choices[r.nextInt(choices.length)];
        }

        @Override
        public String toString() {
            return rule + ", Q" + quarter + ", figures " + values + ", deadline passed " + deadlinePassed
                    + ", edges " + edges;
        }
    }

    private static BigDecimal worseBy(Polarity p, BigDecimal value, BigDecimal by) {
        return p == Polarity.HIGHER_IS_BETTER ? value.subtract(by) : value.add(by);
    }

    /** The rules as PRODUCT.md's "RAG rules" and docs/rag.md state them, written without the engine's code. */
    static final class Reading {

        static Rag rag(Case c) {
            MeasureRule m = c.rule;
            if (m.frequency() == Frequency.ANNUAL && c.quarter != m.dueQuarter()) {
                return Rag.NOT_DUE;
            }
            if (own(c) == null) {
                return c.deadlinePassed ? Rag.MISSING : null; // before the deadline: not yet entered, no status
            }
            if (m.scheme() == RagScheme.NONE || !m.target().hasValue()) {
                return Rag.NONE;
            }
            BigDecimal value = judgedValue(c).orElseThrow();
            BigDecimal target = target(c);
            if (yearToDateOfQuartersIn(c) && !missingQuarters(c).isEmpty() && sharesIn(c).signum() == 0
                    && c.rule.profilePct().get(c.quarter - 1).signum() != 0) {
                return Rag.MISSING; // what is missing carries the whole target to date: nothing in to judge
            }
            if (!short_(m.polarity(), value, target)) {
                return Rag.GREEN;
            }
            return switch (m.scheme()) {
                case TARGET_FLOOR -> worse(m.polarity(), value, floor(c)) ? Rag.RED : Rag.AMBER;
                case TOLERANCE -> within(m.polarity(), value, target, m.tolerancePct()) ? Rag.AMBER : Rag.RED;
                case FIVE_POINT -> within(m.polarity(), value, target, c.edges.e1()) ? Rag.AMBER_GREEN
                        : within(m.polarity(), value, target, c.edges.e2()) ? Rag.AMBER
                        : within(m.polarity(), value, target, c.edges.e3()) ? Rag.RED_AMBER : Rag.RED;
                case NONE -> Rag.NONE;
            };
        }

        /** s > 0: short of the target (with a target of 0, any value on the wrong side). */
        private static boolean short_(Polarity p, BigDecimal value, BigDecimal target) {
            return worse(p, value, target);
        }

        /** s <= pct, multiplied out by |target| so that no division rounds; a target of 0 has no such s. */
        private static boolean within(Polarity p, BigDecimal value, BigDecimal target, BigDecimal pct) {
            if (target.signum() == 0) {
                return false;
            }
            BigDecimal gap = p == Polarity.HIGHER_IS_BETTER ? target.subtract(value) : value.subtract(target);
            return gap.movePointRight(2).compareTo(pct.multiply(target.abs())) <= 0;
        }

        private static boolean worse(Polarity p, BigDecimal value, BigDecimal than) {
            int cmp = value.compareTo(than);
            return p == Polarity.HIGHER_IS_BETTER ? cmp < 0 : cmp > 0;
        }

        private static BigDecimal own(Case c) {
            return c.quarter <= c.values.size() ? c.values.get(c.quarter - 1) : null;
        }

        /** A cumulative quarterly measure: its year to date, of the quarters in, against their shares. */
        static boolean yearToDateOfQuartersIn(Case c) {
            return c.rule.aggregation() == Aggregation.CUMULATIVE && c.rule.frequency() == Frequency.QUARTERLY
                    && c.rule.target().hasValue() && own(c) != null;
        }

        static Optional<BigDecimal> judgedValue(Case c) {
            if (own(c) == null) {
                return Optional.empty();
            }
            if (c.rule.frequency() == Frequency.ANNUAL || c.rule.aggregation() == Aggregation.SNAPSHOT) {
                return Optional.of(stored(c, own(c)));
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (int q = 1; q <= c.quarter; q++) {
                if (c.values.get(q - 1) != null) {
                    sum = sum.add(stored(c, c.values.get(q - 1)));
                }
            }
            return Optional.of(sum);
        }

        private static BigDecimal stored(Case c, BigDecimal figure) {
            return figure.setScale(c.rule.decimals(), RoundingMode.HALF_UP);
        }

        static List<Integer> missingQuarters(Case c) {
            List<Integer> missing = new ArrayList<>();
            for (int q = 1; q < c.quarter; q++) {
                if (c.values.get(q - 1) == null) {
                    missing.add(q);
                }
            }
            return missing;
        }

        static BigDecimal target(Case c) {
            return profiled(c, c.rule.target().value());
        }

        static BigDecimal floor(Case c) {
            return c.rule.floor() == null ? null : profiled(c, c.rule.floor());
        }

        /** The annual figure times the shares (this quarter's profile less the one before) of the quarters in. */
        private static BigDecimal profiled(Case c, BigDecimal annual) {
            if (!yearToDateOfQuartersIn(c)) {
                return annual;
            }
            return annual.multiply(sharesIn(c)).movePointLeft(2);
        }

        /** The shares (this quarter's profile less the one before) of the quarters in, to this one. */
        private static BigDecimal sharesIn(Case c) {
            BigDecimal shares = BigDecimal.ZERO;
            for (int q = 1; q <= c.quarter; q++) {
                if (c.values.get(q - 1) != null) {
                    BigDecimal before = q == 1 ? BigDecimal.ZERO : c.rule.profilePct().get(q - 2);
                    shares = shares.add(c.rule.profilePct().get(q - 1).subtract(before));
                }
            }
            return shares;
        }

        static Optional<Direction> direction(Polarity p, BigDecimal current, BigDecimal previous, int decimals) {
            if (current == null || previous == null) {
                return Optional.empty();
            }
            BigDecimal rise = current.setScale(decimals, RoundingMode.HALF_UP)
                    .subtract(previous.setScale(decimals, RoundingMode.HALF_UP));
            BigDecimal gain = p == Polarity.HIGHER_IS_BETTER ? rise : rise.negate();
            return Optional.of(switch (gain.signum()) {
                case 1 -> Direction.IMPROVED;
                case -1 -> Direction.WORSENED;
                default -> Direction.UNCHANGED;
            });
        }
    }
}
