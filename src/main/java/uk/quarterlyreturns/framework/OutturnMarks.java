package uk.quarterlyreturns.framework;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Last year's outturn in a year's history, marked as {@link OutturnMark} says while it is the one worked out from
 * last year's figures here (one imported from the council's own records, or published in another unit, is not).
 */
@Component
public class OutturnMarks {

    private final YearRepository years;
    private final MeasureRepository measures;
    private final ValueRepository values;
    private final ReportedFigures reported;

    OutturnMarks(YearRepository years, MeasureRepository measures, ValueRepository values, ReportedFigures reported) {
        this.years = years;
        this.measures = measures;
        this.values = values;
        this.reported = reported;
    }

    /**
     * By this year's measure code: "p" or "r" for last year's outturn, where it has one.
     *
     * @param figures         this year's measures and history, as the report already read them
     * @param revisedQuarters for last year's measures, the quarters whose figure was revised since it was reported
     *                        provisional
     */
    public Map<String, String> of(QuarterMeasures.YearFigures figures,
            Function<Collection<Long>, Map<Long, List<Integer>>> revisedQuarters) {
        ReportingYear year = figures.year();
        ReportingYear last = years.find(year.previousLabel()).orElse(null);
        if (last == null) {
            return Map.of();
        }
        // by code in any letters, as this year's history took the outturn: `KI 433` now is last year's `ki 433`
        Map<Long, Measure> before = measures.sameCodeIn(last.id(), figures.measures());
        if (before.isEmpty()) {
            return Map.of();
        }
        Map<Long, Measure> byId = new HashMap<>();
        before.values().forEach(m -> byId.put(m.id(), m));
        Set<Long> ids = byId.keySet();
        Map<Long, BigDecimal[]> lastYears = reported.of(last.id(), ids);
        Map<Long, Set<Integer>> provisional = new HashMap<>();
        for (QuarterValue v : values.forYear(last.id())) {
            Measure m = byId.get(v.measureId());
            if (m != null && ProvisionalFigure.of(m, v.quarter(), v)) {
                provisional.computeIfAbsent(m.id(), k -> new HashSet<>()).add(v.quarter());
            }
        }
        Map<Long, BigDecimal> outturns = new HashMap<>();
        figures.history().values().stream().flatMap(List::stream)
                .filter(h -> h.quarter() == null && h.unit() == null && h.year().equals(last.label()))
                .forEach(h -> outturns.put(h.measureId(), h.value()));
        Map<Long, List<Integer>> revised = revisedQuarters.apply(ids);
        Map<String, String> marks = new HashMap<>();
        for (Measure now : figures.measures()) {
            Measure m = before.get(now.id());
            if (m == null) {
                continue;
            }
            List<BigDecimal> quarters = Arrays.asList(lastYears.getOrDefault(m.id(), new BigDecimal[4]));
            BigDecimal outturn = Outturn.of(m.definition(), quarters);
            BigDecimal printed = outturns.get(now.id());
            if (outturn == null || printed == null || printed.compareTo(outturn) != 0) {
                continue;
            }
            String mark = OutturnMark.of(m.definition(), quarters, provisional.getOrDefault(m.id(), Set.of()),
                    revised.getOrDefault(m.id(), List.of()));
            if (mark != null) {
                marks.put(now.code(), mark);
            }
        }
        return marks;
    }
}
