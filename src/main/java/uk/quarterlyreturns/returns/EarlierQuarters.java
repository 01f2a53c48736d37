package uk.quarterlyreturns.returns;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.Measure;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.QuarterValue;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.framework.YearRepository;

/**
 * Where a return's earlier figures are: the earlier quarters of its year, and last year's fourth for the service's
 * first return of the year; whether each quarter's return of the service is accepted; and the figures stored for them.
 */
@Component
class EarlierQuarters {

    /**
     * The earlier figure's measure (last year's for last year's Q4), its quarter as named, and the quarter after it
     * in its own year's terms (5 for last year's Q4: the quarter a Q1 return stands for).
     */
    record Earlier(Measure measure, int quarter, String period, int laterQuarter) {
    }

    /** A measure with nothing stored in any quarter. */
    static final List<QuarterValue> NONE = Collections.nCopies(4, null);

    private final ReturnRepository returns;
    private final CycleRepository cycles;
    private final MeasureRepository measures;
    private final ValueRepository values;
    private final YearRepository years;

    EarlierQuarters(ReturnRepository returns, CycleRepository cycles, MeasureRepository measures,
            ValueRepository values, YearRepository years) {
        this.returns = returns;
        this.cycles = cycles;
        this.measures = measures;
        this.values = values;
        this.years = years;
    }

    /** Each of the service's measures' stored quarters of the year, Q1 to Q4 (null where none), read at once. */
    Map<Long, List<QuarterValue>> stored(long yearId, long serviceId) {
        Map<Long, List<QuarterValue>> out = new HashMap<>();
        for (QuarterValue v : values.forService(yearId, serviceId)) {
            out.computeIfAbsent(v.measureId(), k -> new ArrayList<>(NONE)).set(v.quarter() - 1, v);
        }
        return out;
    }

    /**
     * Last year's, for the service's first return of the year: its fourth quarter has no later quarter of its own
     * year. That is the Q1 return, or, for a service owing none until later (its only measures annual ones due then),
     * the first it owes; a return withdrawn as owing nothing does not count.
     */
    Optional<ReportingYear> lastYear(Cycle cycle, long serviceId) {
        for (int q = 1; q < cycle.quarter(); q++) {
            boolean owed = cycles.find(cycle.yearId(), q).flatMap(c -> returns.find(c.id(), serviceId))
                    .filter(r -> r.status() != ReturnStatus.WITHDRAWN).isPresent();
            if (owed) {
                return Optional.empty();
            }
        }
        return years.find(cycle.yearId()).flatMap(y -> years.find(y.previousLabel()));
    }

    static String lastYearsFourth(ReportingYear last) {
        return "Q4 " + last.display();
    }

    /**
     * Last year's measure of each of these of this year, by this year's id: of the same code in any letters, as next
     * year's history takes its figures ({@link MeasureRepository#sameCodeIn}). A framework file may write last year's
     * `ki 433` as `KI 433`, and its year-end figure is still the one to confirm.
     */
    Map<Long, Measure> lastYears(List<Measure> thisYears, ReportingYear last) {
        return measures.sameCodeIn(last.id(), thisYears);
    }

    /**
     * The earlier figure the return may say something of: a measure of its service this year, or, in the service's
     * first return of the year ({@link #lastYear}), last year's measure of the same code as one of this year's ({@link #lastYears}), for its Q4:
     * the service that has the measure now says what became of its year-end figure, wherever it was last year.
     */
    Optional<Earlier> earlier(ServiceReturn r, Cycle cycle, long measureId, int earlierQuarter) {
        Measure m = measures.find(measureId).orElse(null);
        if (m == null) {
            return Optional.empty();
        }
        if (m.yearId() == cycle.yearId()) {
            return m.serviceId() == r.serviceId()
                    ? Optional.of(new Earlier(m, earlierQuarter, "Q" + earlierQuarter, cycle.quarter()))
                    : Optional.empty();
        }
        return lastYear(cycle, r.serviceId()).filter(last -> last.id() == m.yearId() && earlierQuarter == 4)
                .filter(last -> lastYears(measures.forService(cycle.yearId(), r.serviceId()), last).values().stream()
                        .anyMatch(was -> was.id() == m.id()))
                .map(last -> new Earlier(m, 4, lastYearsFourth(last), 5));
    }

    boolean accepted(long yearId, int quarter, long serviceId) {
        return earlierReturn(yearId, quarter, serviceId).flatMap(returns::find)
                .filter(e -> e.status() == ReturnStatus.ACCEPTED).isPresent();
    }

    /** The service's return of that quarter of the year, if its cycle was opened and issued it one. */
    Optional<Long> earlierReturn(long yearId, int quarter, long serviceId) {
        return cycles.find(yearId, quarter).flatMap(c -> returns.find(c.id(), serviceId)).map(ServiceReturn::id);
    }
}
