package uk.quarterlyreturns.bench;

/**
 * One measured figure: its value beside a baseline measured in the same run (so the ratio holds on a
 * noisy machine) and the target it is judged against. {@code lowerIsBetter} says which side of the
 * target meets it.
 */
record Figure(String name, double value, String unit, Double baseline, Double ratio, double target, boolean met) {

    static Figure atMost(String name, double value, String unit, double target) {
        return new Figure(name, value, unit, null, null, target, value <= target);
    }

    static Figure atLeast(String name, double value, String unit, double target) {
        return new Figure(name, value, unit, null, null, target, value >= target);
    }

    /** The ratio value / baseline must stay at or under the target. */
    static Figure ratioAtMost(String name, double value, double baseline, String unit, double target) {
        double ratio = value / Math.max(baseline, 0.001);
        return new Figure(name, value, unit, baseline, ratio, target, ratio <= target);
    }
}
