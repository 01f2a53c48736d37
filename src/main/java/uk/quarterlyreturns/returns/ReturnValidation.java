package uk.quarterlyreturns.returns;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.Deadlines;
import uk.quarterlyreturns.framework.FigureRevision;
import uk.quarterlyreturns.framework.KeyActionRepository;
import uk.quarterlyreturns.framework.MeasureStatus;
import uk.quarterlyreturns.framework.QuarterMeasures;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.base.QuarterlySettings;

/**
 * Runs ReturnChecks on a return's measures, key actions and highlight report (when asked for one) as they stand, with
 * the earlier figures the return revises as its acceptance will leave them.
 */
@Component
public class ReturnValidation {

    private final CycleRepository cycles;
    private final YearRepository years;
    private final QuarterMeasures quarterMeasures;
    private final Deadlines deadlines;
    private final KeyActionRepository actions;
    private final ReturnChecks checks;
    private final HighlightReports highlights;
    private final EarlierFigureRows earlierFigures;

    ReturnValidation(CycleRepository cycles, YearRepository years, QuarterMeasures quarterMeasures,
            Deadlines deadlines, KeyActionRepository actions, QuarterlySettings settings, HighlightReports highlights,
            EarlierFigureRows earlierFigures) {
        this.highlights = highlights;
        this.earlierFigures = earlierFigures;
        this.cycles = cycles;
        this.actions = actions;
        this.years = years;
        this.quarterMeasures = quarterMeasures;
        this.deadlines = deadlines;
        this.checks = new ReturnChecks(settings.returns().queryChangePct());
    }

    public List<ReturnChecks.Problem> problems(ServiceReturn r) {
        return checks.check(measures(r), actions(r), highlight(r));
    }

    /** The counts and problems the submit dialog and the sign-off show. */
    public Completeness completeness(ServiceReturn r) {
        return checks.completeness(measures(r), actions(r), highlight(r));
    }

    /** The return's highlight report as it stands (blank while nobody wrote one) when it is asked for one. */
    private Optional<Highlight> highlight(ServiceReturn r) {
        return highlights.wanted(r.id()) ? Optional.of(highlights.find(r.id()).orElse(Highlight.EMPTY))
                : Optional.empty();
    }

    /** The service's key actions with what the return says of them this quarter. */
    public List<ReturnChecks.ActionState> actions(ServiceReturn r) {
        Cycle cycle = cycles.find(r.cycleId()).orElseThrow();
        Map<Long, KeyActionRepository.StatusEntry> statuses = actions
                .statusEntries(cycle.yearId(), cycle.quarter(), r.serviceId())
                .stream().collect(Collectors.toMap(KeyActionRepository.StatusEntry::actionId, Function.identity()));
        return actions.forReturn(cycle.yearId(), r.serviceId(), cycle.quarter()).stream()
                .map(a -> new ReturnChecks.ActionState(a.code(), statuses.containsKey(a.id())
                        ? statuses.get(a.id()).words() : null))
                .toList();
    }

    /**
     * The return's measures rated as they stand, a cumulative measure's year to date with the return's revisions of
     * earlier quarters' provisional figures that its acceptance will apply (FiguresAsRevised): the RAG signed off, and
     * the reasons and actions it asks for, are those the report prints once the return is accepted.
     */
    public List<MeasureStatus> measures(ServiceReturn r) {
        Cycle cycle = cycles.find(r.cycleId()).orElseThrow();
        ReportingYear year = years.find(cycle.yearId()).orElseThrow();
        Map<Long, List<FigureRevision>> revisions = earlierFigures.forReturn(r.id()).stream()
                .filter(row -> row.appliedAt() == null).collect(Collectors.groupingBy(EarlierFigureRows.Row::measureId,
                        Collectors.mapping(EarlierFigureRows.Row::revision, Collectors.toList())));
        return quarterMeasures.forService(year, cycle.quarter(), r.serviceId(),
                deadlines.passed(r.deadline(cycle.submissionDeadline())), revisions);
    }

    /** The checks themselves, for a form that shows each measure's problems as it is filled in. */
    public ReturnChecks checks() {
        return checks;
    }

    public void requireSubmittable(ServiceReturn r) {
        requireComplete(r, "submitted");
    }

    /**
     * The same checks again at sign-off: between submission and sign-off the framework can change (a measure
     * added) or a figure can be corrected (so that an item needs reasons and actions).
     */
    public void requireSignable(ServiceReturn r) {
        requireComplete(r, "signed off");
    }

    private void requireComplete(ServiceReturn r, String step) {
        List<ReturnChecks.Problem> problems = problems(r);
        if (!problems.isEmpty()) {
            throw new ReturnNotReadyException(problems, step);
        }
    }
}
