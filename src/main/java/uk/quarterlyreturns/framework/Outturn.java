package uk.quarterlyreturns.framework;

import java.math.BigDecimal;
import java.util.List;
import uk.quarterlyreturns.framework.io.FrameworkRow;

/**
 * A year's outturn from its quarter values, as the next year's tables print it: an annual measure's figure
 * in its due quarter; a cumulative measure's total of the quarters; a snapshot's latest quarter.
 */
public final class Outturn {

    private Outturn() {
    }

    /**
     * @param quarterValues Q1..Q4, null where there is no figure
     * @return the outturn, or null when the year has no figure to give one
     */
    public static BigDecimal of(FrameworkRow measure, List<BigDecimal> quarterValues) {
        if (measure.frequency() == Frequency.ANNUAL) {
            return quarterValues.get(measure.dueQuarter() - 1);
        }
        if (measure.aggregation() == Aggregation.CUMULATIVE) {
            return quarterValues.stream().filter(v -> v != null).reduce(BigDecimal::add).orElse(null);
        }
        for (int q = 4; q >= 1; q--) {
            if (quarterValues.get(q - 1) != null) {
                return quarterValues.get(q - 1);
            }
        }
        return null;
    }
}
