package uk.quarterlyreturns.framework;

import java.math.BigDecimal;
import java.util.List;
import uk.quarterlyreturns.framework.io.FrameworkRow;

/**
 * A year's outturn from its quarter values, as the next year's tables print it: an annual measure's figure
 * in its due quarter; a cumulative measure's total of the quarters (its year to date, as Q4 judged it); a snapshot's
 * latest quarter. A measure reported until a quarter (ReportedUntil) has no figure after it: its outturn is its
 * last reported one, and nothing later is owed to settle it.
 */
public final class Outturn {

    private Outturn() {
    }

    /**
     * @param figures Q1..Q4, null where there is no figure
     * @return the outturn, or null when the year has no figure to give one
     */
    public static BigDecimal of(FrameworkRow measure, List<BigDecimal> figures) {
        List<BigDecimal> quarterValues = ReportedUntil.reportedFigures(measure, figures);
        if (measure.frequency() == Frequency.ANNUAL) {
            return quarterValues.get(measure.dueQuarter() - 1);
        }
        if (measure.aggregation() == Aggregation.CUMULATIVE) {
            // added up as the year to date was judged and printed: each quarter's figure at the measure's precision
            int decimals = measure.decimals() == null ? MeasureRule.DEFAULT_DECIMALS : measure.decimals();
            return quarterValues.stream().filter(v -> v != null).map(v -> RagEngine.stored(v, decimals))
                    .reduce(BigDecimal::add).orElse(null);
        }
        for (int q = 4; q >= 1; q--) {
            if (quarterValues.get(q - 1) != null) {
                return quarterValues.get(q - 1);
            }
        }
        return null;
    }

    /**
     * Whether the figures settle the year's outturn: an annual measure's due quarter has its figure, a cumulative
     * one's every quarter (its total needs them all), a snapshot's fourth (the year-end figure, whatever the
     * quarters before it had). Until then an outturn from elsewhere (history imported from the council's own
     * records, or the rollover's from the figures then in) stands.
     */
    public static boolean settled(FrameworkRow measure, List<BigDecimal> quarterValues) {
        return settled(measure, 1, quarterValues);
    }

    /** The same for a stored measure: one added mid-year owes no figure before the quarter it is reported from. */
    public static boolean settled(Measure measure, List<BigDecimal> quarterValues) {
        return settled(measure.definition(), measure.reportedFrom() == null ? 1 : measure.reportedFrom(),
                quarterValues);
    }

    private static boolean settled(FrameworkRow measure, int first, List<BigDecimal> quarterValues) {
        int last = measure.reportedUntil() == null ? 4 : measure.reportedUntil();
        if (first > last) {
            return false; // reported in no quarter of the year: an outturn from elsewhere stands
        }
        List<BigDecimal> reported = ReportedUntil.reportedFigures(measure, quarterValues);
        if (measure.frequency() == Frequency.ANNUAL) {
            // retired before its due quarter, nothing ever settles it: an outturn from elsewhere stands
            return reported.get(measure.dueQuarter() - 1) != null;
        }
        if (measure.aggregation() == Aggregation.CUMULATIVE) {
            return reported.subList(first - 1, last).stream().allMatch(v -> v != null);
        }
        return reported.get(last - 1) != null;
    }
}
