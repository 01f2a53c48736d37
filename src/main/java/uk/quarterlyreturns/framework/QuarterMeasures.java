package uk.quarterlyreturns.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Rates every measure of a year for one quarter, by the rules (see RagEngine). */
@Service
public class QuarterMeasures {

    private final RagEngine engine = new RagEngine();
    private final MeasureRepository measures;
    private final ValueRepository values;
    private final MeasureHistory measureHistory;
    private final FiguresNotIn notIn;

    QuarterMeasures(MeasureRepository measures, ValueRepository values, MeasureHistory measureHistory,
            FiguresNotIn notIn) {
        this.measures = measures;
        this.values = values;
        this.measureHistory = measureHistory;
        this.notIn = notIn;
    }

    /**
     * A year's measures with their figures and history, read once so that several quarters can be rated and
     * the history reused without reading the year again.
     */
    public record YearFigures(ReportingYear year, List<Measure> measures, Map<Long, List<QuarterValue>> values,
            Map<Long, List<HistoryEntry>> history) {

        public List<HistoryEntry> historyOf(long measureId) {
            return history.getOrDefault(measureId, List.of());
        }

        /**
         * The same figures without one quarter's entries (figure, override, narrative) of the given services'
         * measures: a return never submitted has nothing in, whatever was typed or fed into it.
         */
        public YearFigures withoutQuarter(int quarter, Set<Long> serviceIds) {
            if (serviceIds.isEmpty()) {
                return this;
            }
            Set<Long> dropped = measures.stream().filter(m -> serviceIds.contains(m.serviceId()))
                    .map(Measure::id).collect(Collectors.toSet());
            return without((id, q) -> q == quarter && dropped.contains(id));
        }

        /** The same figures without the entries of these quarters before the given one, by measure. */
        YearFigures withoutEarlier(int quarter, Map<Long, Set<Integer>> quartersByMeasure) {
            return without((id, q) -> q < quarter && quartersByMeasure.getOrDefault(id, Set.of()).contains(q));
        }

        /** The same figures with a return's revisions of earlier quarters' figures, by measure (FiguresAsRevised). */
        YearFigures asRevised(int quarter, Map<Long, List<FigureRevision>> revisions) {
            if (revisions.isEmpty()) {
                return this;
            }
            Map<Long, List<QuarterValue>> revised = new HashMap<>(values);
            for (Measure m : measures) {
                revised.computeIfPresent(m.id(), (id, entries) -> FiguresAsRevised.of(m, quarter, entries,
                        revisions.getOrDefault(id, List.of())));
            }
            return new YearFigures(year, measures, revised, history);
        }

        private YearFigures without(BiPredicate<Long, Integer> dropped) {
            Map<Long, List<QuarterValue>> kept = new HashMap<>(values);
            kept.replaceAll((id, entries) -> entries.stream().filter(v -> !dropped.test(id, v.quarter())).toList());
            return new YearFigures(year, measures, kept, history);
        }
    }

    /** Every measure of the year with its figures and history, each read once. */
    public YearFigures read(ReportingYear year) {
        return figures(year, measures.forYear(year.id()), values.forYear(year.id()),
                measureHistory.historyForYear(year.id()));
    }

    /**
     * The figures a quarter is rated from: an earlier quarter's figure counts only once the measure's service's return
     * of that quarter is in (FiguresNotIn: not one never submitted, or sent back and not submitted again). That
     * quarter's report printed it as Missing, so this one's year to date, direction of travel and query leave it out
     * too; the report and the return's form, checks and quality check all rate by this, so that the RAG a director
     * signs off is the one the report prints. The quarter's own figures are left for the caller to judge.
     */
    public YearFigures earlierIn(YearFigures figures, int quarter) {
        if (quarter == 1) {
            return figures;
        }
        return figures.withoutEarlier(quarter, notIn.quartersNotIn(figures.year().id(),
                figures.measures().stream().map(Measure::id).toList()));
    }

    /**
     * Of these measures, those whose service's return of the quarter is not in (never submitted, or sent back and not
     * submitted again): their figures are as entered so far, and the report prints them Missing.
     */
    public Set<Long> returnNotIn(long yearId, int quarter, Collection<Long> measureIds) {
        Set<Long> out = new HashSet<>();
        notIn.quartersNotIn(yearId, measureIds).forEach((id, quarters) -> {
            if (quarters.contains(quarter)) {
                out.add(id);
            }
        });
        return out;
    }

    /** @param deadlinePassed whether a value still absent counts as Missing */
    public List<MeasureStatus> forQuarter(ReportingYear year, int quarter, boolean deadlinePassed) {
        return forQuarter(earlierIn(read(year), quarter), quarter, deadlinePassed);
    }

    /**
     * @param deadlinePassed whether a value still absent counts as Missing, by the service (its id) that returns the
     *        measure: each return has its own deadline
     */
    public List<MeasureStatus> forQuarter(ReportingYear year, int quarter, LongPredicate deadlinePassed) {
        return forQuarter(earlierIn(read(year), quarter), quarter, deadlinePassed);
    }

    /** Rates figures already read for one quarter, as they are (see {@link #earlierIn}). */
    public List<MeasureStatus> forQuarter(YearFigures figures, int quarter, boolean deadlinePassed) {
        return forQuarter(figures, quarter, serviceId -> deadlinePassed);
    }

    /** A measure retired before the quarter (ReportedUntil) is not among its measures: nothing asks for it. */
    private List<MeasureStatus> forQuarter(YearFigures figures, int quarter, LongPredicate deadlinePassed) {
        List<MeasureStatus> result = new ArrayList<>();
        for (Measure measure : figures.measures()) {
            if (!ReportedUntil.reportedIn(measure.definition(), quarter)) {
                continue;
            }
            result.add(rate(figures.year(), quarter, deadlinePassed.test(measure.serviceId()), measure,
                    figures.values().getOrDefault(measure.id(), List.of()), figures.historyOf(measure.id())));
        }
        return result;
    }

    /**
     * The measures one service returns: only those are rated, from the service's own figures and history
     * (a return is checked on every submission, so it reads no other service's), earlier quarters' as they are in.
     */
    public List<MeasureStatus> forService(ReportingYear year, int quarter, long serviceId, boolean deadlinePassed) {
        return forService(year, quarter, serviceId, deadlinePassed, Map.of());
    }

    /**
     * The same, for the service's return of the quarter with what it says of earlier quarters' provisional figures
     * ({@code revisions}, by measure, not yet applied): a cumulative measure's year to date as it will be once the
     * return is accepted (see FiguresAsRevised).
     */
    public List<MeasureStatus> forService(ReportingYear year, int quarter, long serviceId, boolean deadlinePassed,
            Map<Long, List<FigureRevision>> revisions) {
        return forQuarter(earlierIn(figures(year, measures.forService(year.id(), serviceId),
                values.forService(year.id(), serviceId), measureHistory.historyForService(year.id(), serviceId)),
                quarter).asRevised(quarter, revisions), quarter, deadlinePassed);
    }

    private static YearFigures figures(ReportingYear year, List<Measure> measures, List<QuarterValue> values,
            List<HistoryEntry> history) {
        return new YearFigures(year, measures,
                values.stream().collect(Collectors.groupingBy(QuarterValue::measureId)),
                history.stream().collect(Collectors.groupingBy(HistoryEntry::measureId)));
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
        // not due before the quarter it is reported from (QuarterFigureRule): it did not exist in that quarter's return
        Rag rag = QuarterFigureRule.isDue(measure, quarter)
                ? engine.ragOfFigures(rule, quarter, quarterValues, deadlinePassed, year.bandEdges()) : Rag.NOT_DUE;
        BigDecimal lastQuarter = previousQuarter(year, quarter, own, history);
        Comparison comparison = comparedWith(year, quarter, rule, own, history);
        BigDecimal rated = own[quarter - 1];
        Direction direction = engine.direction(rule.polarity(), rated, comparison == null ? null : comparison.value(),
                rule.decimals()).orElse(null);
        // "No comparison" (no figure this quarter) names no figure compared with, in any form of the report
        comparison = direction == null ? null : comparison;
        ActivityStatus activity = engine.activity(rule, rated).orElse(null);
        return new MeasureStatus(measure, quarter, value, judged,
                engine.profiledTarget(rule, quarter, quarterValues).orElse(null),
                rag, entry == null ? null : entry.override(), direction, activity, quarterValues, lastQuarter, entry,
                comparison);
    }

    /**
     * What the direction of travel compares with: an annual measure last year's outturn (else its figure in the same
     * quarter last year), a cumulative one the same quarter last year when known (a quarter's own figure is seasonal),
     * else, as any other, the quarter before. Null when that figure is not known.
     */
    private static Comparison comparedWith(ReportingYear year, int quarter, MeasureRule rule, BigDecimal[] own,
            List<HistoryEntry> history) {
        String last = year.previousLabel();
        String lastShown = last.replace('-', '/');
        Comparison sameQuarterLastYear = Comparison.of(pastQuarter(history, last, quarter),
                "Q" + quarter + " " + lastShown, Comparison.SAME_QUARTER_LAST_YEAR);
        if (rule.frequency() == Frequency.ANNUAL) {
            Comparison outturn = Comparison.of(outturn(history, last), lastShown, Comparison.LAST_YEARS_OUTTURN);
            return outturn != null ? outturn : sameQuarterLastYear;
        }
        if (rule.aggregation() == Aggregation.CUMULATIVE && sameQuarterLastYear != null) {
            return sameQuarterLastYear;
        }
        return quarter > 1 ? Comparison.of(own[quarter - 2], "Q" + (quarter - 1) + " " + year.display(),
                Comparison.PREVIOUS_QUARTER)
                : Comparison.of(pastQuarter(history, last, 4), "Q4 " + lastShown, Comparison.PREVIOUS_QUARTER);
    }

    /**
     * The own figure of the quarter before, when known: this year's previous quarter, or for Q1 last year's
     * Q4 from history. The direction of travel compares against it (a cumulative measure against the same
     * quarter last year instead), and so does a query on a change since last quarter.
     */
    private static BigDecimal previousQuarter(ReportingYear year, int quarter, BigDecimal[] own,
            List<HistoryEntry> history) {
        return quarter > 1 ? own[quarter - 2] : pastQuarter(history, year.previousLabel(), 4);
    }

    /** A year's outturn, unless published in another unit (which is printed, never compared). */
    private static BigDecimal outturn(List<HistoryEntry> history, String yearLabel) {
        return history.stream().filter(h -> h.year().equals(yearLabel) && h.quarter() == null && h.unit() == null)
                .map(HistoryEntry::value).findFirst().orElse(null);
    }

    private static BigDecimal pastQuarter(List<HistoryEntry> history, String yearLabel, int quarter) {
        return history.stream()
                .filter(h -> h.year().equals(yearLabel) && Objects.equals(h.quarter(), quarter))
                .map(HistoryEntry::value).findFirst().orElse(null);
    }
}
