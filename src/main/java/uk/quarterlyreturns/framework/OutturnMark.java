package uk.quarterlyreturns.framework;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;
import uk.quarterlyreturns.framework.io.FrameworkRow;

/**
 * How next year's report marks last year's outturn carried into its history, as it marks the quarter figures it is
 * made from: "p" while one of them is still provisional (a year-end figure awaiting audit, say), "r" once one was
 * revised since it was reported provisional, nothing when they are final as reported.
 */
public final class OutturnMark {

    public static final String PROVISIONAL = "p";
    public static final String REVISED = "r";

    private OutturnMark() {
    }

    /**
     * @param quarters    Q1..Q4 as the outturn was worked out from them ({@link Outturn}), null where none
     * @param provisional the quarters whose figure is still provisional
     * @param revised     the quarters whose figure was revised since it was reported provisional
     * @return "p", "r" or null
     */
    public static String of(FrameworkRow measure, List<BigDecimal> quarters, Collection<Integer> provisional,
            Collection<Integer> revised) {
        List<Integer> from = madeFrom(measure, quarters);
        if (from.stream().anyMatch(provisional::contains)) {
            return PROVISIONAL;
        }
        return from.stream().anyMatch(revised::contains) ? REVISED : null;
    }

    /** The quarters the outturn is made from: an annual measure's due one, a cumulative one's all, a snapshot's last. */
    static List<Integer> madeFrom(FrameworkRow measure, List<BigDecimal> quarters) {
        List<Integer> given = IntStream.rangeClosed(1, 4).filter(q -> quarters.get(q - 1) != null).boxed().toList();
        if (measure.frequency() == Frequency.ANNUAL) {
            return given.contains(measure.dueQuarter()) ? List.of(measure.dueQuarter()) : List.of();
        }
        if (measure.aggregation() == Aggregation.CUMULATIVE) {
            return given;
        }
        return given.isEmpty() ? List.of() : List.of(given.get(given.size() - 1));
    }
}
