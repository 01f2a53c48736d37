package uk.quarterlyreturns.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Next year's framework imported from a file rather than rolled over: a measure it shares with last year (by code, in
 * any letters) takes last year's figures into its history as the rollover gives them, those last year's reports
 * print, with the outturn once the figures settle it, and the earlier years' history behind them. Without them
 * Quarter 1 has no direction of travel against last year's Quarter 4 and the tables no outturn for last year, though
 * the figures are here. A file imported before last year's figures are all in gets the rest as they come in
 * (NextYearHistory).
 */
@Component
class LastYearsFigures {

    private final YearRepository years;
    private final MeasureRepository measures;
    private final MeasureHistory measureHistory;
    private final ReportedFigures reported;

    LastYearsFigures(YearRepository years, MeasureRepository measures, MeasureHistory measureHistory,
            ReportedFigures reported) {
        this.years = years;
        this.measures = measures;
        this.measureHistory = measureHistory;
        this.reported = reported;
    }

    /** Into the history of the year's measures of these codes, new to the year: last year's figures of the same codes. */
    void carryInto(ReportingYear year, Collection<String> newCodes) {
        if (newCodes.isEmpty()) {
            return;
        }
        ReportingYear last = years.find(year.previousLabel()).orElse(null);
        if (last == null) {
            return;
        }
        // By code in any letters, as a file's row finds a stored measure: `KI 433` this year is last year's `ki 433`.
        Set<String> codes = Set.copyOf(newCodes);
        List<Measure> kept = measures.forYear(year.id()).stream().filter(m -> codes.contains(m.code())).toList();
        Map<Long, Measure> before = measures.sameCodeIn(last.id(), kept);
        if (before.isEmpty()) {
            return;
        }
        Set<Long> ids = before.values().stream().map(Measure::id).collect(Collectors.toSet());
        Map<Long, List<HistoryEntry>> earlier = measureHistory.historyOf(ids).stream()
                .collect(Collectors.groupingBy(HistoryEntry::measureId));
        Map<Long, BigDecimal[]> figures = reported.of(last.id(), ids);
        List<HistoryEntry> history = new ArrayList<>();
        for (Measure now : kept) {
            Measure m = before.get(now.id());
            if (m == null) {
                continue;
            }
            long id = now.id();
            earlier.getOrDefault(m.id(), List.of()).stream().filter(h -> !h.year().equals(last.label()))
                    .forEach(h -> history.add(new HistoryEntry(id, h.year(), h.quarter(), h.value(), h.unit())));
            // a figure kept after the quarter a measure was reported until was never reported: not history
            List<BigDecimal> quarters = ReportedUntil.reportedFigures(m.definition(),
                    Arrays.asList(figures.getOrDefault(m.id(), new BigDecimal[4])));
            for (int q = 1; q <= 4; q++) {
                if (quarters.get(q - 1) != null) {
                    history.add(new HistoryEntry(id, last.label(), q, quarters.get(q - 1)));
                }
            }
            if (Outturn.settled(m, quarters)) {
                history.add(new HistoryEntry(id, last.label(), null, Outturn.of(m.definition(), quarters)));
            }
        }
        measureHistory.insertHistory(history);
    }
}
