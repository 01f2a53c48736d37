package uk.quarterlyreturns.returns;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.BandEdges;
import uk.quarterlyreturns.framework.FigureRevision;
import uk.quarterlyreturns.framework.Measure;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.ProvisionalFigure;
import uk.quarterlyreturns.framework.QuarterValue;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.RevisedRag;
import uk.quarterlyreturns.framework.SavedMeanwhileException;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.framework.ValueValidity;
import uk.quarterlyreturns.framework.YearRepository;

/**
 * Provisional figures of earlier quarters, confirmed final or revised in a later quarter's return of the same service
 * (part of that return's content, under its locks), and made final when that return is accepted: the performance team
 * checks the revision first. The earlier return's trail says so; its published report does not change.
 */
@Service
public class EarlierFigures {

    private static final Logger log = LoggerFactory.getLogger(EarlierFigures.class);

    /** The later return's trail kind: what it said of an earlier figure. */
    public static final String EARLIER_FIGURE = "EARLIER_FIGURE";
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
     * @param ragChanges what a revision not yet applied does to the earlier quarter's RAG and, for a cumulative
     *                measure, to this quarter's year to date; empty otherwise
     */
    public record Offered(Measure measure, int earlierQuarter, BigDecimal figure, FigureRevision said,
            Integer version, boolean applied, boolean changedMeanwhile, boolean waiting, boolean overtaken,
            List<RevisedRag> ragChanges) {
    }

    private final ReturnEditing editing;
    private final ReturnRepository returns;
    private final CycleRepository cycles;
    private final MeasureRepository measures;
    private final ValueRepository values;
    private final EarlierFigureRows rows;
    private final ReturnTrail trail;
    private final Clock clock;
    private final YearRepository years;

    EarlierFigures(ReturnEditing editing, ReturnRepository returns, CycleRepository cycles,
            MeasureRepository measures, ValueRepository values, EarlierFigureRows rows, ReturnTrail trail,
            Clock clock, YearRepository years) {
        this.editing = editing;
        this.returns = returns;
        this.cycles = cycles;
        this.measures = measures;
        this.values = values;
        this.rows = rows;
        this.trail = trail;
        this.clock = clock;
        this.years = years;
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
        Map<Long, List<BigDecimal>> figures = figures(cycle.yearId(), r.serviceId());
        for (int q = 1; q < cycle.quarter(); q++) {
            boolean accepted = accepted(cycle.yearId(), q, r.serviceId());
            for (Measure m : measures.forService(cycle.yearId(), r.serviceId())) {
                EarlierFigureRows.Row row = said.get(key(m.id(), q));
                QuarterValue earlier = values.find(m.id(), q).orElse(null);
                if (row != null || FigureRevision.offered(m, q, cycle.quarter(), earlier, accepted)) {
                    boolean pending = row != null && row.appliedAt() == null;
                    boolean overtaken = pending && !stillAsSaid(m, row.revision(), earlier);
                    out.add(new Offered(m, q, earlier == null ? null : earlier.value(),
                            row == null ? null : row.revision(), row == null ? null : row.version(),
                            row != null && !pending, row != null && row.changedMeanwhile(),
                            pending && r.status() == ReturnStatus.ACCEPTED, overtaken, pending && !overtaken
                                    ? ragChanges(m, row.revision(), cycle, figures.get(m.id())) : List.of()));
                }
            }
        }
        return out;
    }

    /**
     * Saves what the return says of an earlier figure, as read on the page ({@code read}; {@code expectedVersion}
     * the version of what was said then, null for nothing); a null decision clears it. Returns the new version (null
     * once cleared).
     *
     * @throws SavedMeanwhileException when the earlier figure, or what this return said of it, changed since it was
     *                                 read: nothing is saved
     */
    @Transactional
    public Integer save(long returnId, long measureId, int earlierQuarter, BigDecimal read, Integer expectedVersion,
            FigureRevision.Decision decision, BigDecimal revised, String reason, String user) {
        ServiceReturn r = editing.lockToSave(returnId, user);
        Cycle cycle = cycles.find(r.cycleId()).orElseThrow();
        Measure m = measures.find(measureId)
                .filter(x -> x.serviceId() == r.serviceId() && x.yearId() == cycle.yearId())
                .orElseThrow(() -> new IllegalArgumentException("That measure is not part of " + r.serviceName()
                        + "'s return"));
        String item = m.code() + " Q" + earlierQuarter;
        Optional<EarlierFigureRows.Row> before = rows.find(returnId, measureId, earlierQuarter);
        if (before.map(EarlierFigureRows.Row::appliedAt).isPresent()) {
            throw new IllegalStateException(item + ": the figure was made final when the return was accepted");
        }
        Optional<QuarterValue> earlier = values.find(measureId, earlierQuarter);
        if (!FigureRevision.offered(m, earlierQuarter, cycle.quarter(), earlier.orElse(null),
                accepted(cycle.yearId(), earlierQuarter, r.serviceId()))) {
            if (before.isPresent() && earlier.map(QuarterValue::value).filter(v -> read != null
                    && v.compareTo(read) == 0).isPresent() && !accepted(cycle.yearId(), earlierQuarter,
                    r.serviceId())) {
                // nobody changed it: its return is back with the service, where it may yet change
                throw new IllegalStateException(item + ": the Q" + earlierQuarter + " return is reopened for"
                        + " correction; say what became of its figure once it is accepted again");
            }
            if (earlier.isPresent() && before.isPresent()) {
                throw new SavedMeanwhileException(item + "'s figure", earlier.get().updatedBy(),
                        earlier.get().updatedAt());
            }
            throw new IllegalArgumentException(item + ": only a provisional figure of an earlier quarter's accepted "
                    + "return is confirmed or revised here");
        }
        if (read == null || earlier.get().value().compareTo(read) != 0) {
            throw new SavedMeanwhileException(item + "'s figure", earlier.get().updatedBy(),
                    earlier.get().updatedAt());
        }
        if (!java.util.Objects.equals(expectedVersion, before.map(EarlierFigureRows.Row::version).orElse(null))) {
            throw savedMeanwhile(item, before);
        }
        String was = before.map(b -> words(m, b.revision())).orElse(null);
        Integer version;
        String now;
        if (decision == null) {
            if (before.isPresent() && !rows.clear(returnId, measureId, earlierQuarter, expectedVersion)) {
                throw savedMeanwhile(item, before);
            }
            version = null;
            now = null;
        } else {
            FigureRevision f = new FigureRevision(earlierQuarter, read, decision, revised, reason);
            // a revision becomes the earlier figure unchecked by the return's submission: checked here instead
            f.problem(m.code()).or(() -> ValueValidity.error(m.definition().unit(), f.revised())
                    .map(error -> m.code() + ": the Q" + earlierQuarter + " figure revised: " + error))
                    .ifPresent(why -> {
                        throw new IllegalArgumentException(why);
                    });
            EntryTexts.check(m.code(), "reason for the revision", f.reason());
            version = rows.save(returnId, measureId, expectedVersion, f, user)
                    .orElseThrow(() -> savedMeanwhile(item, rows.find(returnId, measureId, earlierQuarter)));
            now = words(m, f);
        }
        new TrailChanges(trail, r.id(), user).change(EARLIER_FIGURE, item, was, now);
        return version;
    }

    /**
     * On the return's acceptance, each earlier figure it confirmed or revised becomes final (once: a return reopened
     * and accepted again applies nothing twice). One whose earlier return is reopened for correction waits, so that
     * the figure does not change under that return's editors, and the earlier return's trail says so; it is applied
     * when that return is accepted again, as are the revisions waiting for this return. The earlier return's trail
     * names as its actor the one who accepted: the figure changed then, by their acceptance; its comment names the
     * return and who said it there.
     */
    void applyOnAcceptance(ServiceReturn r, String acceptedBy) {
        Cycle cycle = cycles.find(r.cycleId()).orElseThrow();
        for (EarlierFigureRows.Row row : rows.forReturn(r.id())) {
            if (row.appliedAt() != null) {
                continue;
            }
            Optional<ServiceReturn> earlier = earlierReturn(cycle.yearId(), row.revision().earlierQuarter(),
                    r.serviceId()).flatMap(returns::find);
            if (earlier.filter(e -> e.status() != ReturnStatus.ACCEPTED).isPresent()) {
                Measure m = measures.find(row.measureId()).orElseThrow();
                FigureRevision f = row.revision();
                trail.record(earlier.get().id(), acceptedBy, WAITS_FOR_THIS_RETURN, m.code(),
                        figure(m, f.reported()) + " (provisional)", figure(m, f.finalFigure()), said(row, cycle)
                                + ": made final when this return is accepted again, if the figure is still "
                                + figure(m, f.reported()));
                continue;
            }
            apply(row, cycle, r, earlier, acceptedBy);
        }
        for (EarlierFigureRows.Row row : rows.waitingFor(r.serviceId(), cycle.yearId(), cycle.quarter())) {
            Cycle later = returns.find(row.returnId()).flatMap(x -> cycles.find(x.cycleId())).orElseThrow();
            apply(row, later, returns.find(row.returnId()).orElseThrow(), Optional.of(r), acceptedBy);
        }
    }

    /**
     * What later returns, accepted while this one was reopened, said of its figures and waits for its acceptance
     * ("HF-1: 82% (provisional) to 84%, revised in the Q2 return by …"), for the quality check to show before it.
     */
    public List<String> waitingOn(long returnId) {
        ServiceReturn r = returns.find(returnId).orElseThrow();
        Cycle cycle = cycles.find(r.cycleId()).orElseThrow();
        List<String> out = new ArrayList<>();
        for (EarlierFigureRows.Row row : rows.waitingFor(r.serviceId(), cycle.yearId(), cycle.quarter())) {
            Measure m = measures.find(row.measureId()).orElseThrow();
            Cycle later = returns.find(row.returnId()).flatMap(x -> cycles.find(x.cycleId())).orElseThrow();
            out.add(m.code() + ": " + figure(m, row.revision().reported()) + " (provisional) to "
                    + figure(m, row.revision().finalFigure()) + ", " + said(row, later));
        }
        return out;
    }

    /** The row's earlier figure made final, or the later return's trail saying why not; once. */
    private void apply(EarlierFigureRows.Row row, Cycle cycle, ServiceReturn r, Optional<ServiceReturn> earlier,
            String acceptedBy) {
        FigureRevision f = row.revision();
        Measure m = measures.find(row.measureId()).orElseThrow();
        boolean finalised = values.finalise(m.id(), f.earlierQuarter(), f.reported(), f.finalFigure(),
                row.updatedBy());
        if (finalised) {
            earlier.ifPresent(e -> trail.record(e.id(), acceptedBy, FINAL_IN_LATER_RETURN, m.code(),
                    figure(m, f.reported()) + " (provisional)", figure(m, f.finalFigure()), said(row, cycle)));
        } else {
            // changed by another route since it was read (a correction of the earlier return): that one stands
            log.warn("{} Q{} was no longer the provisional figure {} when return {} was applied", m.code(),
                    f.earlierQuarter(), f.reported(), r.id());
            trail.record(r.id(), acceptedBy, EARLIER_FIGURE, m.code() + " Q" + f.earlierQuarter(), words(m, f),
                    null, "not applied: the Q" + f.earlierQuarter() + " figure had changed meanwhile");
        }
        rows.applied(row, clock.instant(), !finalised);
    }

    /** "revised in the Q2 return by data.housing (reason)": what the later return said, and who said it. */
    private static String said(EarlierFigureRows.Row row, Cycle cycle) {
        FigureRevision f = row.revision();
        return (f.decision() == FigureRevision.Decision.REVISED ? "revised" : "confirmed final") + " in the Q"
                + cycle.quarter() + " return by " + row.updatedBy() + (f.reason() == null ? "" : " (" + f.reason()
                + ")");
    }

    /**
     * For each of these measures, the earlier quarters whose figure was revised by a return up to this quarter and
     * still stands as revised ("r" says the stored figure is the revised one; a later correction is not).
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

    /**
     * A revision's effect on the earlier quarter's RAG and, when the measure adds quarters up, on this quarter's year
     * to date, the other figures as they stand.
     */
    private List<RevisedRag> ragChanges(Measure m, FigureRevision f, Cycle cycle, List<BigDecimal> figures) {
        BandEdges edges = years.find(cycle.yearId()).map(ReportingYear::bandEdges).orElse(BandEdges.DEFAULT);
        List<BigDecimal> stood = figures == null ? List.of() : figures;
        List<RevisedRag> out = new ArrayList<>();
        RevisedRag.of(m.rule(), f, f.earlierQuarter(), stood, edges).ifPresent(out::add);
        if (m.rule().addsUpQuarters()) {
            RevisedRag.of(m.rule(), f, cycle.quarter(), stood, edges).ifPresent(out::add);
        }
        return out;
    }

    /** Each of the service's measures' figures of the year, Q1 to Q4 (null where none). */
    private Map<Long, List<BigDecimal>> figures(long yearId, long serviceId) {
        Map<Long, List<BigDecimal>> out = new HashMap<>();
        for (QuarterValue v : values.forService(yearId, serviceId)) {
            out.computeIfAbsent(v.measureId(), k -> new ArrayList<>(java.util.Collections.nCopies(4, null)))
                    .set(v.quarter() - 1, v.value());
        }
        return out;
    }

    /** Whether the earlier figure is still the provisional one the revision was said of, as applying it needs. */
    private static boolean stillAsSaid(Measure m, FigureRevision f, QuarterValue earlier) {
        return ProvisionalFigure.of(m, f.earlierQuarter(), earlier) && earlier.value().compareTo(f.reported()) == 0;
    }

    /** What the return said, as the trail and the quality check print it. */
    public static String words(Measure m, FigureRevision f) {
        return f.words(m.definition().unit(), m.definition().decimals());
    }

    private static String figure(Measure m, BigDecimal value) {
        return m.definition().unit().format(value, m.definition().decimals());
    }

    private boolean accepted(long yearId, int quarter, long serviceId) {
        return earlierReturn(yearId, quarter, serviceId).flatMap(returns::find)
                .filter(e -> e.status() == ReturnStatus.ACCEPTED).isPresent();
    }

    private Optional<Long> earlierReturn(long yearId, int quarter, long serviceId) {
        return cycles.find(yearId, quarter).flatMap(c -> returns.find(c.id(), serviceId)).map(ServiceReturn::id);
    }

    private static SavedMeanwhileException savedMeanwhile(String item, Optional<EarlierFigureRows.Row> now) {
        return new SavedMeanwhileException(item + "'s figure", now.map(EarlierFigureRows.Row::updatedBy).orElse(null),
                now.map(EarlierFigureRows.Row::updatedAt).orElse(null));
    }

    private static String key(long measureId, int quarter) {
        return measureId + ":" + quarter;
    }
}
