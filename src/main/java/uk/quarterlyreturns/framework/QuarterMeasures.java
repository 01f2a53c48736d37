package uk.quarterlyreturns.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Rates every measure of a year for one quarter, by the rules (see RagEngine). */
@Service
public class QuarterMeasures {

    private final RagEngine engine = new RagEngine();
    private final MeasureRepository measures;
    private final ValueRepository values;

    QuarterMeasures(MeasureRepository measures, ValueRepository values) {
        this.measures = measures;
        this.values = values;
    }

    /** @param deadlinePassed whether a value still absent counts as Missing */
    public List<MeasureStatus> forQuarter(ReportingYear year, int quarter, boolean deadlinePassed) {
        return rateAll(year, quarter, deadlinePassed, measures.forYear(year.id()));
    }

    /** The measures one service returns: only those are rated (a return is checked on every submission). */
    public List<MeasureStatus> forService(ReportingYear year, int quarter, long serviceId, boolean deadlinePassed) {
        return rateAll(year, quarter, deadlinePassed, measures.forService(year.id(), serviceId));
    }

    private List<MeasureStatus> rateAll(ReportingYear year, int quarter, boolean deadlinePassed,
            List<Measure> toRate) {
        Map<Long, List<QuarterValue>> byMeasure = values.forYear(year.id()).stream()
                .collect(Collectors.groupingBy(QuarterValue::measureId));
        Map<Long, List<HistoryEntry>> history = values.historyForYear(year.id()).stream()
                .collect(Collectors.groupingBy(HistoryEntry::measureId));
        List<MeasureStatus> result = new ArrayList<>();
        for (Measure measure : toRate) {
            result.add(rate(year, quarter, deadlinePassed, measure, byMeasure.getOrDefault(measure.id(), List.of()),
                    history.getOrDefault(measure.id(), List.of())));
        }
        return result;
    }

    /**
     * The status again with this quarter's entry as typed on a return's form (its figure and any override),
     * so that the form shows the RAG and direction before anything is saved. The other quarters' figures
     * are those loaded; {@code history} is the measure's own.
     */
    public MeasureStatus rateAsTyped(ReportingYear year, MeasureStatus loaded, QuarterValue typed,
            List<HistoryEntry> history, boolean deadlinePassed) {
        List<QuarterValue> entries = new ArrayList<>();
        entries.add(typed);
        for (int q = 1; q <= loaded.quarterValues().size(); q++) {
            BigDecimal figure = loaded.quarterValues().get(q - 1);
            if (q != loaded.quarter() && figure != null) {
                entries.add(new QuarterValue(loaded.measure().id(), q, figure, null, null, null, null, null, null,
                        null, null, null, null, 0));
            }
        }
        return rate(year, loaded.quarter(), deadlinePassed, loaded.measure(), entries, history);
    }

    MeasureStatus rate(ReportingYear year, int quarter, boolean deadlinePassed, Measure measure,
            List<QuarterValue> entries, List<HistoryEntry> history) {
        MeasureRule rule = measure.rule();
        BigDecimal[] own = new BigDecimal[4];
        QuarterValue entry = null;
        for (QuarterValue v : entries) {
            // An invalid figure (150%) is never rated: it counts as not yet given until corrected.
            own[v.quarter() - 1] = ValueValidity.isValid(measure.definition().unit(), v.value()) ? v.value() : null;
            if (v.quarter() == quarter) {
                entry = v;
            }
        }
        List<BigDecimal> quarterValues = Arrays.asList(own);
        BigDecimal value = entry == null ? null : entry.value();
        BigDecimal judged = engine.judgedValue(rule, quarter, quarterValues).orElse(null);
        Rag rag = engine.rag(rule, quarter, judged, deadlinePassed, year.bandEdges());
        BigDecimal previous = previousFor(year, quarter, rule, own, history);
        BigDecimal rated = own[quarter - 1];
        Direction direction = engine.direction(rule.polarity(), rated, previous, rule.decimals()).orElse(null);
        ActivityStatus activity = engine.activity(rated, rule.lowerThreshold(), rule.upperThreshold()).orElse(null);
        return new MeasureStatus(measure, quarter, value, judged, engine.profiledTarget(rule, quarter).orElse(null),
                rag, entry == null ? null : entry.override(), direction, activity, quarterValues, entry);
    }

    /**
     * What the direction of travel compares against: the previous quarter's own figure, or for a
     * cumulative measure the same quarter last year (its own figure), when known.
     */
    private static BigDecimal previousFor(ReportingYear year, int quarter, MeasureRule rule, BigDecimal[] own,
            List<HistoryEntry> history) {
        if (rule.aggregation() == Aggregation.CUMULATIVE) {
            return pastQuarter(history, year.previousLabel(), quarter);
        }
        return quarter > 1 ? own[quarter - 2] : pastQuarter(history, year.previousLabel(), 4);
    }

    private static BigDecimal pastQuarter(List<HistoryEntry> history, String yearLabel, int quarter) {
        return history.stream()
                .filter(h -> h.year().equals(yearLabel) && Objects.equals(h.quarter(), quarter))
                .map(HistoryEntry::value).findFirst().orElse(null);
    }
}
