package uk.quarterlyreturns.framework;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A measure's annual figures (target, floor) profiled to a quarter: a CUMULATIVE measure's share to date by its
 * profile%, less the shares of the quarters whose figures are not in; any other measure's figure is the year's.
 */
final class TargetProfile {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext MC = MathContext.DECIMAL64;

    private TargetProfile() {
    }

    /** The quarters before this one a CUMULATIVE measure's year to date lacks (see RagEngine.missingQuarters). */
    static List<Integer> missing(MeasureRule m, int quarter, List<BigDecimal> quarterValues) {
        if (!m.addsUpQuarters()) {
            return List.of();
        }
        List<Integer> missing = new ArrayList<>();
        for (int q = 1; q < quarter; q++) {
            if (valueAt(quarterValues, q) == null) {
                missing.add(q);
            }
        }
        return List.copyOf(missing);
    }

    static BigDecimal profiled(MeasureRule m, int quarter, BigDecimal annual) {
        return profiled(m, quarter, annual, List.of());
    }

    /** The annual figure profiled to the quarter, less the shares of the {@code missing} quarters. */
    static BigDecimal profiled(MeasureRule m, int quarter, BigDecimal annual, List<Integer> missing) {
        // an annual count due in Q2 is the year's count: half the target would turn a shortfall Green
        if (!m.addsUpQuarters()) {
            return annual;
        }
        return annual.multiply(shareOfQuartersIn(m, quarter, missing), MC).divide(HUNDRED, MC);
    }

    /**
     * The profile% to the quarter less the shares of the {@code missing} quarters (each its profile% less the one
     * before).
     */
    static BigDecimal shareOfQuartersIn(MeasureRule m, int quarter, List<Integer> missing) {
        BigDecimal pct = m.profilePct().get(quarter - 1);
        for (int q : missing) {
            BigDecimal before = q == 1 ? BigDecimal.ZERO : m.profilePct().get(q - 2);
            pct = pct.subtract(m.profilePct().get(q - 1).subtract(before));
        }
        return pct;
    }

    /** The quarter's own figure, or null where absent (a short list has none for the later quarters). */
    static BigDecimal valueAt(List<BigDecimal> quarterValues, int quarter) {
        return quarter <= quarterValues.size() ? quarterValues.get(quarter - 1) : null;
    }
}
