package uk.quarterlyreturns.returns;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.FigureRevision;
import uk.quarterlyreturns.framework.Measure;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.ProvisionalFigure;
import uk.quarterlyreturns.framework.QuarterValue;
import uk.quarterlyreturns.framework.RevisedRag;
import uk.quarterlyreturns.framework.SavedMeanwhileException;
import uk.quarterlyreturns.returns.EarlierQuarters.Earlier;

/**
 * Provisional figures of earlier quarters, confirmed final or revised in a later quarter's return of the same service
 * (part of that return's content, under its locks), and made final when that return is accepted: the performance team
 * checks the revision first. The earlier return's trail says so; its published report does not change. A fourth
 * quarter has no later quarter in its year, so next year's first return of the same service does this for last year's
 * fourth-quarter figures of its measures (by code, in any letters): the outturns councils confirm after audit. They
 * become final in {@link EarlierFiguresMadeFinal}.
 */
@Service
public class EarlierFigures {

    /** The later return's trail kind: what it said of an earlier figure. */
    public static final String EARLIER_FIGURE = "EARLIER_FIGURE";
    /**
     * How the comment of a later return's {@link #EARLIER_FIGURE} entry starts when, at an acceptance, what it said
     * could no longer be applied: a record of that acceptance, not a change anyone made to the return.
     */
    public static final String NOT_APPLIED = "not applied: ";
    /** The earlier return's trail kind: its figure made final by a later return's acceptance. */
    public static final String FINAL_IN_LATER_RETURN = "FINAL_IN_LATER_RETURN";
    /** The earlier return's trail kind: a later return accepted with its figure while it was reopened. */
    public static final String WAITS_FOR_THIS_RETURN = "WAITS_FOR_THIS_RETURN";

    /**
     * An earlier quarter's figure as a later return shows it.
     *
     * @param figure  the earlier figure as stored now
     * @param said    what this return said of it, or null
     * @param version the version of what was said (null: nothing said)
     * @param applied the return was accepted with it: the earlier figure is final, and this can no longer change
     * @param changedMeanwhile applied, but the earlier figure had changed meanwhile (corrected in its own return, or
     *                made final by another return): it was left so
     * @param waiting the return was accepted with it while the earlier return was reopened for correction: applied
     *                when that return is accepted again
     * @param overtaken not applied yet, and the earlier figure is no longer the provisional one it was said of (made
     *                final by another return, or corrected in its own): it will not be applied
     * @param period  the earlier quarter as the return names it: "Q1", or "Q4 2026/27" for last year's (whose
     *                {@code measure} is last year's)
     * @param ragChanges what a revision not yet applied does to the earlier quarter's RAG and, for a cumulative
     *                measure, to this quarter's year to date; empty otherwise
     */
    public record Offered(Measure measure, int earlierQuarter, BigDecimal figure, FigureRevision said,
            Integer version, boolean applied, boolean changedMeanwhile, boolean waiting, boolean overtaken,
            String period, List<RevisedRag> ragChanges) {
    }

    private final ReturnRepository returns;
    private final CycleRepository cycles;
    private final MeasureRepository measures;
    private final EarlierFigureRows rows;
    private final EarlierQuarters earlierQuarters;
    private final EarlierFigureRevisions revisions;
    private final RevisionRagChanges ragChanges;

    EarlierFigures(ReturnRepository returns, CycleRepository cycles, MeasureRepository measures, EarlierFigureRows rows,
            EarlierQuarters earlierQuarters, EarlierFigureRevisions revisions, RevisionRagChanges ragChanges) {
        this.returns = returns;
        this.cycles = cycles;
        this.measures = measures;
        this.rows = rows;
        this.earlierQuarters = earlierQuarters;
        this.revisions = revisions;
        this.ragChanges = ragChanges;
    }

    /**
     * The earlier figures the return offers: each still provisional in an accepted earlier return, and each this
     * return already said something of, in the order of the measures.
     */
    public List<Offered> forReturn(long returnId) {
        ServiceReturn r = returns.find(returnId).orElseThrow();
        Cycle cycle = cycles.find(r.cycleId()).orElseThrow();
        Map<String, EarlierFigureRows.Row> said = new HashMap<>();
        rows.forReturn(returnId).forEach(row -> said.put(key(row.measureId(), row.revision().earlierQuarter()), row));
        List<Offered> out = new ArrayList<>();
        List<Measure> own = measures.forService(cycle.yearId(), r.serviceId());
        earlierQuarters.lastYear(cycle, r.serviceId()).ifPresent(last -> {
            // a measure moved here from another service this year: its Q4 is in that service's return
            Map<Long, Boolean> accepted = new HashMap<>();
            Map<Long, Map<Long, List<QuarterValue>>> stored = new HashMap<>();
            Map<Long, Measure> before = earlierQuarters.lastYears(own, last);
            for (Measure m : own) {
                Measure was = before.get(m.id());
                if (was != null) {
                    Earlier fourth = new Earlier(was, 4, EarlierQuarters.lastYearsFourth(last), 5);
                    offer(r, fourth, accepted.computeIfAbsent(was.serviceId(),
                            s -> earlierQuarters.accepted(last.id(), 4, s)), said, out,
                            stored.computeIfAbsent(was.serviceId(), s -> earlierQuarters.stored(last.id(), s)));
                }
            }
        });
        Map<Long, List<QuarterValue>> stored = earlierQuarters.stored(cycle.yearId(), r.serviceId());
        for (int q = 1; q < cycle.quarter(); q++) {
            boolean accepted = earlierQuarters.accepted(cycle.yearId(), q, r.serviceId());
            for (Measure m : own) {
                offer(r, new Earlier(m, q, "Q" + q, cycle.quarter()), accepted, said, out, stored);
            }
        }
        return out;
    }

    private void offer(ServiceReturn r, Earlier e, boolean accepted, Map<String, EarlierFigureRows.Row> said,
            List<Offered> out, Map<Long, List<QuarterValue>> stored) {
        EarlierFigureRows.Row row = said.get(key(e.measure().id(), e.quarter()));
        List<QuarterValue> quarters = stored.getOrDefault(e.measure().id(), EarlierQuarters.NONE);
        QuarterValue earlier = quarters.get(e.quarter() - 1);
        if (row != null || FigureRevision.offered(e.measure(), e.quarter(), e.laterQuarter(), earlier, accepted)) {
            boolean pending = row != null && row.appliedAt() == null;
            boolean overtaken = pending && !stillAsSaid(e.measure(), row.revision(), earlier);
            out.add(new Offered(e.measure(), e.quarter(), earlier == null ? null : earlier.value(),
                    row == null ? null : row.revision(), row == null ? null : row.version(),
                    row != null && !pending, row != null && row.changedMeanwhile(),
                    pending && r.status() == ReturnStatus.ACCEPTED, overtaken, e.period(), pending && !overtaken
                            ? ragChanges.of(e, row.revision(), quarters) : List.of()));
        }
    }

    /**
     * Saves what the return says of an earlier figure, as read on the page ({@code read}; {@code expectedVersion}
     * the version of what was said then, null for nothing); a null decision clears it. Returns the new version (null
     * once cleared).
     *
     * @throws SavedMeanwhileException when the earlier figure, or what this return said of it, changed since it was
     *                                 read: nothing is saved
     */
    public Integer save(long returnId, long measureId, int earlierQuarter, BigDecimal read, Integer expectedVersion,
            FigureRevision.Decision decision, BigDecimal revised, String reason, String user) {
        return revisions.save(returnId, measureId, earlierQuarter, read, expectedVersion, decision, revised, reason,
                user);
    }

    /**
     * For each of these measures, the quarters up to this one whose figure a later return revised and which still
     * stands as revised ("r" says the stored figure is the revised one; a later correction is not).
     */
    public Map<Long, List<Integer>> revisedQuarters(Collection<Long> measureIds, int quarter) {
        Map<Long, TreeSet<Integer>> found = new HashMap<>();
        if (!measureIds.isEmpty()) {
            rows.revisedBy(measureIds, quarter).forEach(row -> found.computeIfAbsent(row.measureId(),
                    k -> new TreeSet<>()).add(row.revision().earlierQuarter()));
        }
        Map<Long, List<Integer>> out = new HashMap<>();
        found.forEach((id, quarters) -> out.put(id, List.copyOf(quarters)));
        return out;
    }

    /** What the return said, as the trail and the quality check print it. */
    public static String words(Measure m, FigureRevision f) {
        return f.words(m.definition().unit(), m.definition().decimals());
    }

    /** As {@link #words(Measure, FigureRevision)}, naming the earlier quarter as the return does ("Q4 2026/27"). */
    public static String words(Measure m, FigureRevision f, String period) {
        return f.words(period, m.definition().unit(), m.definition().decimals());
    }

    static String figure(Measure m, BigDecimal value) {
        return m.definition().unit().format(value, m.definition().decimals());
    }

    /** Whether the earlier figure is still the provisional one the revision was said of, as applying it needs. */
    private static boolean stillAsSaid(Measure m, FigureRevision f, QuarterValue earlier) {
        return ProvisionalFigure.of(m, f.earlierQuarter(), earlier) && earlier.value().compareTo(f.reported()) == 0;
    }

    private static String key(long measureId, int quarter) {
        return measureId + ":" + quarter;
    }
}
