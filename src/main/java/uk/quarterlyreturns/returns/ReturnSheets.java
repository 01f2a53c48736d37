package uk.quarterlyreturns.returns;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import uk.quarterlyreturns.base.security.Names;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.Deadlines;
import uk.quarterlyreturns.framework.HistoryEntry;
import uk.quarterlyreturns.framework.KeyActionRepository;
import uk.quarterlyreturns.framework.MeasureStatus;
import uk.quarterlyreturns.framework.QuarterMeasures;
import uk.quarterlyreturns.framework.QuarterValue;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.MeasureHistory;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.framework.YearRepository;

/** Reads a return for its form, and rates and checks a measure as its figures are typed. */
@Service
public class ReturnSheets {

    private final ReturnRepository returns;
    private final CycleRepository cycles;
    private final YearRepository years;
    private final Deadlines deadlines;
    private final ReturnValidation validation;
    private final QuarterMeasures quarterMeasures;
    private final ValueRepository values;
    private final MeasureHistory measureHistory;
    private final KeyActionRepository actions;
    private final ReturnPeople people;

    ReturnSheets(ReturnRepository returns, CycleRepository cycles, YearRepository years, Deadlines deadlines,
            ReturnValidation validation, QuarterMeasures quarterMeasures, ValueRepository values,
            MeasureHistory measureHistory, KeyActionRepository actions, ReturnPeople people) {
        this.people = people;
        this.returns = returns;
        this.cycles = cycles;
        this.years = years;
        this.deadlines = deadlines;
        this.validation = validation;
        this.quarterMeasures = quarterMeasures;
        this.values = values;
        this.measureHistory = measureHistory;
        this.actions = actions;
    }

    public ReturnSheet load(long returnId) {
        return load(returnId, null);
    }

    /** The names of the people who submitted, signed off and accepted the return, and who appear in its history. */
    public Names names(ServiceReturn r) {
        return people.of(r, List.of(), null);
    }

    /** The return, with the reader's own name among the names it mentions (for what they add to it). */
    public ReturnSheet load(long returnId, String reader) {
        ServiceReturn r = returns.find(returnId).orElseThrow(() -> new IllegalArgumentException(
                "There is no return " + returnId));
        Cycle cycle = cycles.find(r.cycleId()).orElseThrow();
        ReportingYear year = years.find(cycle.yearId()).orElseThrow();
        List<MeasureStatus> measures = validation.measures(r);
        Map<Long, List<HistoryEntry>> history = measureHistory.historyForService(year.id(), r.serviceId()).stream()
                .collect(Collectors.groupingBy(HistoryEntry::measureId));
        Map<Long, KeyActionRepository.StatusEntry> statuses = actions
                .statusEntries(year.id(), cycle.quarter(), r.serviceId())
                .stream().collect(Collectors.toMap(KeyActionRepository.StatusEntry::actionId, Function.identity()));
        // a value is Missing once the return's own deadline (its extension, if agreed) has passed
        return new ReturnSheet(r, cycle, year, deadlines.passed(r.deadline(cycle.submissionDeadline())), measures,
                history,
                actions.forReturn(year.id(), r.serviceId(), cycle.quarter()), statuses, people.of(r, measures, reader));
    }

    /** The measure rated with this quarter's entry as typed (figure, narrative, override), nothing saved. */
    public MeasureStatus asTyped(ReturnSheet sheet, MeasureStatus loaded, QuarterValue typed) {
        return quarterMeasures.rateAsTyped(sheet.year(), loaded, typed, sheet.historyOf(loaded.measure().id()),
                sheet.deadlinePassed());
    }

    /**
     * A measure of the return rated again as it stands now, after the return said what became of an earlier quarter's
     * figure of it (a cumulative measure's year to date follows a revision, as its checks do).
     */
    public Optional<MeasureStatus> measureNow(long returnId, long measureId) {
        return validation.measures(returns.find(returnId).orElseThrow()).stream()
                .filter(m -> m.measure().id() == measureId).findFirst();
    }

    /** A measure's entry as stored now, after someone else saved it. */
    public Optional<QuarterValue> entry(long measureId, int quarter) {
        return values.find(measureId, quarter);
    }

    /** A key action's status as stored now. */
    public Optional<KeyActionRepository.StatusEntry> actionStatus(long actionId, int quarter) {
        return actions.findStatus(actionId, quarter);
    }

    /** What submitting would say about this one measure: the same checks as {@link ReturnValidation}. */
    public List<ReturnChecks.Problem> problems(MeasureStatus measure) {
        return validation.checks().check(List.of(measure));
    }

    /** What submitting would say about this one key action. */
    public List<ReturnChecks.Problem> problems(ReturnChecks.ActionState action) {
        return validation.checks().checkAction(action);
    }

    /** The return's completeness as it stands: the submit dialog's and the sign-off's summary. */
    public Completeness completeness(long returnId) {
        return validation.completeness(returns.find(returnId).orElseThrow());
    }
}
