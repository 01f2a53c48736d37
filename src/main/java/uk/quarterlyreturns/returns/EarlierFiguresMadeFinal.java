package uk.quarterlyreturns.returns;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.FigureRevision;
import uk.quarterlyreturns.framework.Measure;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.framework.YearRepository;

/**
 * What a later return said of earlier provisional figures ({@link EarlierFigures}) becoming final: when that return is
 * accepted, or, while the earlier return is reopened for correction, when the earlier return is accepted again.
 */
@Service
public class EarlierFiguresMadeFinal {

    private static final Logger log = LoggerFactory.getLogger(EarlierFiguresMadeFinal.class);

    private final ReturnRepository returns;
    private final CycleRepository cycles;
    private final MeasureRepository measures;
    private final ValueRepository values;
    private final EarlierFigureRows rows;
    private final EarlierQuarters earlierQuarters;
    private final ReturnTrail trail;
    private final YearRepository years;
    private final Clock clock;

    EarlierFiguresMadeFinal(ReturnRepository returns, CycleRepository cycles, MeasureRepository measures,
            ValueRepository values, EarlierFigureRows rows, EarlierQuarters earlierQuarters, ReturnTrail trail,
            YearRepository years, Clock clock) {
        this.returns = returns;
        this.cycles = cycles;
        this.measures = measures;
        this.values = values;
        this.rows = rows;
        this.earlierQuarters = earlierQuarters;
        this.trail = trail;
        this.years = years;
        this.clock = clock;
    }

    /**
     * On the return's acceptance, each earlier figure it confirmed or revised becomes final (once: a return reopened
     * and accepted again applies nothing twice). One whose earlier return is reopened for correction waits, so that
     * the figure does not change under that return's editors, and the earlier return's trail says so; it is applied
     * when that return is accepted again, as are the revisions waiting for this return. The earlier return's trail
     * names as its actor the one who accepted: the figure changed then, by their acceptance; its comment names the
     * return and who said it there.
     */
    void onAcceptance(ServiceReturn r, String acceptedBy) {
        Cycle cycle = cycles.find(r.cycleId()).orElseThrow();
        for (EarlierFigureRows.Row row : rows.forReturn(r.id())) {
            if (row.appliedAt() != null) {
                continue;
            }
            FigureRevision f = row.revision();
            Measure m = measures.find(row.measureId()).orElseThrow();
            // held, as a reopening locks it: one under way is seen once committed, and none begins until this commits
            // (a shared hold, as the framework's checks take a year's returns: neither waits for the other in a circle)
            Optional<ServiceReturn> earlier = earlierQuarters.earlierReturn(m.yearId(), f.earlierQuarter(),
                    m.serviceId()).map(returns::lockShared);
            if (earlier.filter(e -> e.status() != ReturnStatus.ACCEPTED).isPresent()) {
                trail.record(earlier.get().id(), acceptedBy, EarlierFigures.WAITS_FOR_THIS_RETURN, m.code(),
                        EarlierFigures.figure(m, f.reported()) + " (provisional)", EarlierFigures.figure(m, f.finalFigure()), said(row, m, cycle, r)
                                + ": made final when this return is accepted again, if the figure is still "
                                + EarlierFigures.figure(m, f.reported()));
                continue;
            }
            apply(row, m, cycle, r, earlier, acceptedBy);
        }
        for (EarlierFigureRows.Row row : rows.waitingFor(r.serviceId(), cycle.yearId(), cycle.quarter())) {
            ServiceReturn laterReturn = returns.find(row.returnId()).orElseThrow();
            Cycle later = cycles.find(laterReturn.cycleId()).orElseThrow();
            apply(row, measures.find(row.measureId()).orElseThrow(), later, laterReturn, Optional.of(r), acceptedBy);
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
            ServiceReturn laterReturn = returns.find(row.returnId()).orElseThrow();
            Cycle later = cycles.find(laterReturn.cycleId()).orElseThrow();
            out.add(m.code() + ": " + EarlierFigures.figure(m, row.revision().reported()) + " (provisional) to "
                    + EarlierFigures.figure(m, row.revision().finalFigure()) + ", " + said(row, m, later, laterReturn));
        }
        return out;
    }

    /** The row's earlier figure made final, or the later return's trail saying why not; once. */
    private void apply(EarlierFigureRows.Row row, Measure m, Cycle cycle, ServiceReturn r,
            Optional<ServiceReturn> earlier, String acceptedBy) {
        FigureRevision f = row.revision();
        boolean finalised = values.finalise(m.id(), f.earlierQuarter(), f.reported(), f.finalFigure(),
                row.updatedBy());
        if (finalised) {
            earlier.ifPresent(e -> trail.record(e.id(), acceptedBy, EarlierFigures.FINAL_IN_LATER_RETURN, m.code(),
                    EarlierFigures.figure(m, f.reported()) + " (provisional)", EarlierFigures.figure(m, f.finalFigure()), said(row, m, cycle, r)));
        } else {
            // changed by another route since it was read (a correction of the earlier return): that one stands;
            // the entry is a record of this acceptance, not the acceptor's work on the later return (NOT_APPLIED)
            String period = period(m, f, cycle);
            log.warn("{} {} was no longer the provisional figure {} when return {} was applied", m.code(), period,
                    f.reported(), r.id());
            trail.record(r.id(), acceptedBy, EarlierFigures.EARLIER_FIGURE, m.code() + " " + period, EarlierFigures.words(m, f, period), null,
                    EarlierFigures.NOT_APPLIED + "the " + period + " figure had changed meanwhile");
        }
        rows.applied(row, clock.instant(), !finalised);
    }

    /**
     * "revised in the Q2 return by data.housing (reason)": what the later return said, and who said it; a return of
     * the next year is named with its year ("the Q1 2027/28 return"), and with its service when the measure has
     * moved to another since ("Highways's Q1 2027/28 return").
     */
    private String said(EarlierFigureRows.Row row, Measure m, Cycle later, ServiceReturn laterReturn) {
        FigureRevision f = row.revision();
        String quarter = "Q" + later.quarter() + (m.yearId() != later.yearId() ? " "
                + years.find(later.yearId()).orElseThrow().display() : "");
        String whose = laterReturn.serviceId() == m.serviceId() ? "the " : laterReturn.serviceName() + "'s ";
        return (f.decision() == FigureRevision.Decision.REVISED ? "revised" : "confirmed final") + " in " + whose
                + quarter + " return by " + row.updatedBy() + (f.reason() == null ? "" : " (" + f.reason() + ")");
    }

    /** The earlier quarter as the later return names it: "Q1", or "Q4 2026/27" for last year's. */
    private String period(Measure m, FigureRevision f, Cycle later) {
        return m.yearId() != later.yearId() ? EarlierQuarters.lastYearsFourth(years.find(m.yearId()).orElseThrow())
                : "Q" + f.earlierQuarter();
    }
}
