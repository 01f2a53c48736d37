package uk.quarterlyreturns.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import uk.quarterlyreturns.framework.ActivityStatus;
import uk.quarterlyreturns.framework.Comparison;
import uk.quarterlyreturns.framework.Direction;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.RagOverride;
import uk.quarterlyreturns.framework.Unit;

/**
 * One measure's line in the report, with its figures and ratings already worked out by the framework.
 *
 * @param code            the report's reference, e.g. "1.1"
 * @param source          the source tag printed in brackets before the title, e.g. "KI 433", or null
 * @param title           e.g. "Increase the number of jobs created as a result of Council interventions"
 * @param directorate     the directorate whose service owns it
 * @param service         the service that returns it
 * @param theme           e.g. "Ambitious Kirklees"
 * @param outcome         the outcome it contributes to, or null
 * @param unit            what the figures count
 * @param decimals        the places figures are printed to, or null when the framework gave none (as a council
 *                        writes them: see {@link Unit#shown})
 * @param cumulative      whether quarter figures add up to a year to date ("60 (122 cum)")
 * @param outturns        the three past years' outturns, oldest first; null entries print "-"
 * @param targetText      the annual target as a number ("250"), or words ("No target", "TBA")
 * @param quarterValues   Q1 to Q4, each quarter's own figure, null when absent
 * @param yearToDate      Q1 to Q4 running totals for a cumulative measure, null when absent
 * @param rag             the effective RAG: the override's when there is one, else the computed one
 * @param ragComputed     the RAG the rule gave
 * @param override        a director's override with its justification, or null
 * @param direction       direction of travel, or null when there is nothing to compare with
 * @param reasons         "reasons for performance", or null
 * @param actionsPlanned  "actions planned to address issues", or null
 * @param lowerThreshold  an activity indicator's expected lower bound, or null
 * @param upperThreshold  an activity indicator's expected upper bound, or null
 * @param activity        where the figure sits against the thresholds, or null
 * @param trend           up to 8 past quarters, oldest first
 * @param notAvailableReason why the service could not give this quarter's figure, or null
 * @param outturnUnits    per outturn, the unit it was published in when not the measure's, else null
 * @param targetToDate    a cumulative measure's target profiled to the reported quarter (what its year to date was
 *                        judged against, "125" of an annual 250 at Q2), else null
 * @param ratio           the reported quarter's figure as the numerator and denominator it was worked out from
 *                        ("380/664" beside 57.2%), else null
 * @param comparedWith    the figure the direction of travel was judged against, or null (none, or a line compiled
 *                        before it was kept)
 * @param missingReason   why a Missing figure is missing when the reader needs telling (its return was sent back
 *                        for rework), else null
 * @param yearToDateMissing the quarters before the reported one that a cumulative measure's year to date lacks (and
 *                        its target to date leaves out), in order; empty when every quarter is in
 * @param provisional     the reported quarter's figure was marked provisional by its service (false in a report
 *                        compiled before figures could be)
 * @param revisedQuarters the earlier quarters whose figure, reported provisional, was revised in a later quarter's
 *                        return since (none in a report compiled before figures could be)
 * @param provisionalQuarters the earlier quarters whose figure is still provisional (none in a report compiled
 *                        before they were marked)
 * @param lastOutturnMark "p" or "r" ({@link uk.quarterlyreturns.framework.OutturnMark}) for last year's outturn,
 *                        carried from figures still provisional or revised since; null for none
 * @param arrearsPeriod   the quarter the reported figure covers, "Q1 (Apr-Jun 2026)", when the measure is reported a
 *                        quarter in arrears; else null (also in a report compiled before measures could be)
 * @param targetChanges   changes to its rating rule since the year's first published report, oldest first; empty for
 *                        none (also in a report compiled before they were kept)
 * @param floor           the annual floor standard that divides its Amber from Red, when it is rated against a target
 *                        and floor (and has a target); else null (also in a report compiled before floors were printed)
 * @param floorToDate     a cumulative measure's floor profiled to the reported quarter as its target to date is (what
 *                        its year to date was judged against for Red), else null
 * @param tolerancePct    how far short of its target, in percent of the target, it is still Amber, when it is rated
 *                        against a tolerance (and has a target); else null (also in a report compiled before
 *                        tolerances were printed)
 */
public record MeasureLine(String code, String source, String title, String directorate, String service,
                          String theme, String outcome, Unit unit, Integer decimals, boolean cumulative,
                          List<BigDecimal> outturns, String targetText, List<BigDecimal> quarterValues,
                          List<BigDecimal> yearToDate, Rag rag, Rag ragComputed, RagOverride override,
                          Direction direction, String reasons, String actionsPlanned,
                          BigDecimal lowerThreshold, BigDecimal upperThreshold, ActivityStatus activity,
                          List<TrendPoint> trend, String notAvailableReason, List<Unit> outturnUnits,
                          BigDecimal targetToDate, String ratio, Comparison comparedWith, String missingReason,
                          List<Integer> yearToDateMissing, boolean provisional, List<Integer> revisedQuarters,
                          List<Integer> provisionalQuarters, String lastOutturnMark, String arrearsPeriod,
                          List<TargetChange> targetChanges, BigDecimal floor, BigDecimal floorToDate,
                          BigDecimal tolerancePct) {

    /** An empty line to fill in, component by component. */
    public static MeasureLineBuilder builder() {
        return new MeasureLineBuilder();
    }

    /** A builder holding this line, to make a copy with a component or two changed. */
    public MeasureLineBuilder toBuilder() {
        return new MeasureLineBuilder(this);
    }

    public MeasureLine {
        outturns = padded(outturns, 3);
        outturnUnits = padded(outturnUnits, 3);
        quarterValues = padded(quarterValues, 4);
        yearToDate = padded(yearToDate, 4);
        trend = trend == null ? List.of() : List.copyOf(trend);
        // a report stored before the missing quarters were kept says none
        yearToDateMissing = yearToDateMissing == null ? List.of() : List.copyOf(yearToDateMissing);
        revisedQuarters = revisedQuarters == null ? List.of() : List.copyOf(revisedQuarters);
        provisionalQuarters = provisionalQuarters == null ? List.of() : List.copyOf(provisionalQuarters);
        targetChanges = targetChanges == null ? List.of() : List.copyOf(targetChanges);
        if (rag == null) {
            rag = Rag.NONE;
        }
        if (ragComputed == null) {
            ragComputed = rag;
        }
    }

    /** The unit the i-th outturn was published in: its own when it has one, else the measure's. */
    public Unit outturnUnit(int i) {
        Unit own = outturnUnits.get(i);
        return own == null ? unit : own;
    }

    /** Places for the i-th outturn: an outturn in its own unit keeps the places it was published with. */
    public Integer outturnDecimals(int i) {
        BigDecimal value = outturns.get(i);
        if (outturnUnits.get(i) == null || value == null) {
            return decimals;
        }
        return Math.max(0, value.stripTrailingZeros().scale());
    }

    /** The same line, saying which earlier quarters' figures were revised since they were reported provisional. */
    public MeasureLine withRevisedQuarters(List<Integer> quarters) {
        return toBuilder().revisedQuarters(quarters).build();
    }

    /** The same line, its figure for the quarter named ("Q1 (Apr-Jun 2026)"), reported a quarter in arrears. */
    public MeasureLine withArrearsPeriod(String period) {
        return toBuilder().arrearsPeriod(period).build();
    }

    /** The same line, with the changes to its rating rule since the year's first published report. */
    public MeasureLine withTargetChanges(List<TargetChange> changes) {
        return toBuilder().targetChanges(changes).build();
    }

    /** Whether its target or rating rule moved since the year's first published report: marked "t". */
    public boolean targetChanged() {
        return !targetChanges.isEmpty();
    }

    /** Whether the figure is the previous quarter's, reported a quarter in arrears. */
    public boolean inArrears() {
        return arrearsPeriod != null;
    }

    /** The same line, saying which earlier quarters' figures are still provisional. */
    public MeasureLine withProvisionalQuarters(List<Integer> quarters) {
        return toBuilder().provisionalQuarters(quarters).build();
    }

    /** The same line, its last year's outturn marked "p" or "r" (null: unmarked). */
    public MeasureLine withLastOutturnMark(String mark) {
        return toBuilder().lastOutturnMark(mark).build();
    }

    /** Whether the figure of quarter {@code q} is provisional, in the report of quarter {@code reported}. */
    public boolean provisional(int q, int reported) {
        return q == reported ? provisional : q < reported && provisionalQuarters.contains(q);
    }

    /**
     * Whether the year to date printed beside quarter {@code q}'s figure ("60 (122 cum)") adds up a provisional
     * figure: it is then no more final than that figure.
     */
    public boolean yearToDateProvisional(int q, int reported) {
        if (!cumulative || q < 2 || yearToDate.get(q - 1) == null) {
            return false;
        }
        return java.util.stream.IntStream.rangeClosed(1, q).anyMatch(i -> provisional(i, reported));
    }

    /** Whether what is printed for quarter {@code q}, its figure or year to date, is or includes a provisional one. */
    public boolean printedProvisional(int q, int reported) {
        return provisional(q, reported) || yearToDateProvisional(q, reported);
    }

    /** The quarters before {@code quarter} that the year to date printed in that quarter's cell lacks. */
    public List<Integer> yearToDateMissing(int quarter) {
        return yearToDateMissing.stream().filter(q -> q < quarter).toList();
    }

    /** Whether this is an activity indicator, reported against an expected range in the appendix. */
    public boolean hasThresholds() {
        return lowerThreshold != null || upperThreshold != null;
    }

    /** Nulls stand for absent figures, so the list cannot be List.copyOf'd; it is fixed in length. */
    private static <T> List<T> padded(List<T> values, int size) {
        List<T> copy = new ArrayList<>(Collections.nCopies(size, null));
        if (values != null) {
            for (int i = 0; i < Math.min(size, values.size()); i++) {
                copy.set(i, values.get(i));
            }
        }
        return Collections.unmodifiableList(copy);
    }
}
