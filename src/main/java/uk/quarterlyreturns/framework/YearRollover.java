package uk.quarterlyreturns.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.framework.io.FrameworkRow;

/**
 * Year end: next year's framework made from this year's. The same measures, key actions and structure;
 * targets carried or left to agree later (TBA); this year's figures become history, so next year's
 * tables show this year's outturn beside the two before it: the figures its reports print, once their return is in.
 * A measure reported until a quarter (ReportedUntil) was retired in the year and is not carried: the result names
 * it, and a framework file adds it to the new year again if it comes back.
 */
@Service
public class YearRollover {

    /** @param notCarried the codes of the measures retired in the year, left out of the new one */
    public record Result(ReportingYear year, int measures, int keyActions, int outturns, List<String> notCarried) {
    }

    private final YearRepository years;
    private final Organisation organisation;
    private final YearStructure structure;
    private final MeasureRepository measures;
    private final MeasureSaving saving;
    private final KeyActionRepository actions;
    private final MeasureHistory measureHistory;
    private final ReportedFigures reported;
    private final FrameworkHistory history;

    YearRollover(YearRepository years, Organisation organisation, YearStructure structure, MeasureRepository measures,
            MeasureSaving saving, KeyActionRepository actions, MeasureHistory measureHistory, ReportedFigures reported,
            FrameworkHistory history) {
        this.history = history;
        this.reported = reported;
        this.years = years;
        this.organisation = organisation;
        this.structure = structure;
        this.measures = measures;
        this.saving = saving;
        this.actions = actions;
        this.measureHistory = measureHistory;
    }

    /**
     * @throws IllegalArgumentException for a badly written year, a year with no framework, or a new year that
     *                                  does not follow it
     * @throws IllegalStateException    when the new year already has a framework (nothing is changed)
     */
    @Transactional
    public Result rollover(String fromLabel, String toLabel, boolean carryTargets) {
        return rollover(fromLabel, toLabel, carryTargets, null);
    }

    /**
     * As {@link #rollover(String, String, boolean)}, by this person (null: whoever is signed in): each measure and
     * key action made is kept in the new year's history as added by the year-end rollover from the year before.
     */
    @Transactional
    public Result rollover(String fromLabel, String toLabel, boolean carryTargets, String by) {
        requireNext(fromLabel, toLabel);
        ReportingYear from = years.find(fromLabel).filter(y -> !measures.forYear(y.id()).isEmpty())
                .orElseThrow(() -> new IllegalArgumentException("There is no framework for "
                        + fromLabel.replace('-', '/') + " to roll over"));
        ReportingYear to = years.findOrCreate(toLabel);
        // as an import of the year locks it: one under way (another officer's, another tab's) is waited for and seen
        measures.lockYear(to.id());
        if (!measures.forYear(to.id()).isEmpty() || !actions.forYear(to.id()).isEmpty()) {
            throw new IllegalStateException(toLabel.replace('-', '/') + " already has a framework: nothing was"
                    + " rolled over. Change it there, or import a framework file for it.");
        }
        years.setBandEdges(to.id(), from.bandEdges());
        structure.copy(from.id(), to.id());
        Map<Long, List<HistoryEntry>> history = new HashMap<>();
        measureHistory.historyForYear(from.id())
                .forEach(h -> history.computeIfAbsent(h.measureId(), k -> new ArrayList<>()).add(h));
        List<Measure> old = measures.forYear(from.id()).stream()
                .filter(m -> m.definition().reportedUntil() == null).toList();
        List<String> notCarried = measures.forYear(from.id()).stream()
                .filter(m -> m.definition().reportedUntil() != null).map(Measure::code).toList();
        // the figures the year's reports print: a draft's, or a return's sent back, are not next year's history
        Map<Long, BigDecimal[]> quarters = reported.of(from.id(), old.stream().map(Measure::id).toList());
        Map<String, Long> themes = new HashMap<>();
        List<MeasureSaving.Upsert> copies = new ArrayList<>();
        for (int i = 0; i < old.size(); i++) {
            Measure m = old.get(i);
            FrameworkRow row = carryTargets ? m.definition() : m.definition().withTarget(toAgree(m.definition()));
            copies.add(new MeasureSaving.Upsert(m.serviceId(), themes.computeIfAbsent(row.theme(),
                    organisation::theme), row, i));
        }
        saving.saveAll(to.id(), copies);
        Map<String, Long> newIds = new HashMap<>();
        measures.forYear(to.id()).forEach(m -> newIds.put(m.code(), m.id()));
        // by measure and period, the last written wins, as when each was saved over the one before
        Map<List<Object>, HistoryEntry> carried = new LinkedHashMap<>();
        int outturns = 0;
        for (Measure m : old) {
            long id = newIds.get(m.code());
            for (HistoryEntry h : history.getOrDefault(m.id(), List.of())) {
                carry(carried, new HistoryEntry(id, h.year(), h.quarter(), h.value(), h.unit()));
            }
            BigDecimal[] own = quarters.getOrDefault(m.id(), new BigDecimal[4]);
            for (int q = 1; q <= 4; q++) {
                if (own[q - 1] != null) {
                    carry(carried, new HistoryEntry(id, fromLabel, q, own[q - 1]));
                }
            }
            BigDecimal outturn = Outturn.of(m.definition(), Arrays.asList(own));
            if (outturn != null) {
                carry(carried, new HistoryEntry(id, fromLabel, null, outturn));
                outturns++;
            }
        }
        measureHistory.insertHistory(new ArrayList<>(carried.values()));
        List<KeyAction> oldActions = actions.forYear(from.id());
        for (int i = 0; i < oldActions.size(); i++) {
            KeyAction a = oldActions.get(i);
            actions.save(to.id(), a.serviceId(), organisation.theme(a.definition().theme()), a.definition(), i);
        }
        FrameworkTrail trail = new FrameworkTrail();
        trail.setting(FrameworkEvent.BAND_EDGES, to.bandEdges().toString(), from.bandEdges().toString());
        copies.forEach(c -> trail.added(FrameworkEvent.Kind.MEASURE, c.row().code(), c.row().title()));
        oldActions.forEach(a -> trail.added(FrameworkEvent.Kind.KEY_ACTION, a.code(), a.definition().title()));
        this.history.write(to, trail, new FrameworkEdit(by, FrameworkWay.ROLLOVER, "Rolled over from " + from.display()));
        return new Result(years.find(toLabel).orElseThrow(), old.size(), oldActions.size(), outturns,
                notCarried);
    }

    /**
     * A target left to agree is TBA, as the reports print a target not yet agreed; a measure that had no target
     * keeps none, so next year's tables do not tell the two apart wrongly.
     */
    private static Target toAgree(FrameworkRow row) {
        return row.target().kind() == Target.Kind.NO_TARGET ? Target.NO_TARGET : Target.TBA;
    }

    private static void carry(Map<List<Object>, HistoryEntry> carried, HistoryEntry h) {
        carried.put(Arrays.asList(h.measureId(), h.year(), h.quarter()), h);
    }

    /** The year after the given one, e.g. 2018-19 after 2017-18. */
    public static String nextLabel(String label) {
        return ReportingYear.labelOf(ReportingYear.startOf(label).getYear() + 1);
    }

    private static void requireNext(String from, String to) {
        if (!nextLabel(from).equals(to)) {
            ReportingYear.startOf(to);
            throw new IllegalArgumentException("A rollover makes the year after " + from.replace('-', '/')
                    + ", which is " + nextLabel(from).replace('-', '/') + ", not " + to.replace('-', '/'));
        }
    }
}
