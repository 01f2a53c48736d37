package uk.quarterlyreturns.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.base.tabular.TabularRow;
import uk.quarterlyreturns.framework.ActionEntry;
import uk.quarterlyreturns.framework.KeyAction;
import uk.quarterlyreturns.framework.KeyActionRepository;
import uk.quarterlyreturns.framework.Measure;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.Narratives;
import uk.quarterlyreturns.framework.QuarterValue;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.framework.io.ValueRow;
import uk.quarterlyreturns.framework.ui.RagSelect;
import uk.quarterlyreturns.framework.io.ValuesFileParser;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.returns.ReturnChecks;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnValidation;
import uk.quarterlyreturns.returns.ServiceReturn;

/** What a demo service's data officer types into its return: figures, narratives, key action statuses. */
@Component
class DemoReturnWork {

    /**
     * The figures given before they are final, by quarter: 000 prints 2.5 as "Annual – Provisional figure 12.5%". The
     * values files have no column for it (their format is fixed), so it is marked here.
     */
    private static final Map<Integer, Set<String>> PROVISIONAL = Map.of(2, Set.of("2.5"));

    private final YearRepository years;
    private final MeasureRepository measures;
    private final ValueRepository values;
    private final Narratives narratives;
    private final KeyActionRepository actions;
    private final ReturnRepository returns;
    private final ReturnValidation validation;
    private final PeopleService people;

    DemoReturnWork(YearRepository years, MeasureRepository measures, ValueRepository values, Narratives narratives,
            KeyActionRepository actions, ReturnRepository returns, ReturnValidation validation, PeopleService people) {
        this.years = years;
        this.measures = measures;
        this.values = values;
        this.narratives = narratives;
        this.actions = actions;
        this.returns = returns;
        this.validation = validation;
        this.people = people;
    }

    String preparer(ServiceReturn r) {
        return people.inService(r.serviceId(), Role.DATA_OFFICER).get(0).username();
    }

    String director(ServiceReturn r) {
        return people.inService(r.serviceId(), Role.SERVICE_DIRECTOR).get(0).username();
    }

    /** A draft: the figures are in, nothing else yet. */
    void prepareValuesOnly(ServiceReturn r, int quarter) {
        String user = preparer(r);
        long yearId = years.find(DemoFramework.YEAR).orElseThrow().id();
        Map<String, Measure> ours = measures.forService(yearId, r.serviceId()).stream()
                .collect(Collectors.toMap(Measure::code, Function.identity()));
        List<ValueRow> rows = ValuesFileParser.parse(DemoData.file("values-2017-18-q" + quarter + ".csv"));
        for (ValueRow row : rows) {
            Measure m = ours.get(row.code());
            if (m != null && row.value() != null) {
                QuarterValue saved = values.saveFigure(m.id(), quarter, row.value(), row.note(), row.numerator(),
                        row.denominator(), user);
                if (PROVISIONAL.getOrDefault(quarter, Set.of()).contains(m.code())) {
                    values.saveProvisional(m.id(), quarter, saved.version(), true, user);
                }
            }
        }
        returns.setStatus(r.id(), ReturnStatus.DRAFT);
    }

    /**
     * A key action as a complete return has it: a rating (an update the demo files lack becomes Amber/Green
     * with a short commentary), a commentary, and reasons and actions while it is Amber or worse.
     */
    private void completeAction(KeyAction action, ReturnChecks.ActionState state, int quarter, String user) {
        ActionEntry e = state.entry() == null ? new ActionEntry(null, null, null, null) : state.entry();
        boolean rated = e.status() != null && RagSelect.RATINGS.contains(e.status());
        Rag status = rated ? e.status() : Rag.AMBER_GREEN;
        String commentary = rated && e.commentary() != null ? e.commentary()
                : "Work continues to plan; the service will give a fuller update next quarter.";
        boolean offTrack = status.isAmberOrWorse();
        String reasons = e.reasons() != null || !offTrack ? e.reasons()
                : "Progress is slower than planned while resources are focused elsewhere this quarter.";
        String planned = e.actionsPlanned() != null || !offTrack ? e.actionsPlanned()
                : "A revised timetable goes to the directorate board next month.";
        actions.saveStatus(action.id(), quarter, new ActionEntry(status, commentary, reasons, planned), user);
    }

    /** Ready to submit: figures, the narratives the report shows, key actions, and answers to any query. */
    void prepare(ServiceReturn r, int quarter) {
        prepareValuesOnly(r, quarter);
        String user = preparer(r);
        long yearId = years.find(DemoFramework.YEAR).orElseThrow().id();
        Map<String, Measure> ours = measures.forService(yearId, r.serviceId()).stream()
                .collect(Collectors.toMap(Measure::code, Function.identity()));
        for (TabularRow row : DemoData.file("narratives-2017-18.csv").rows()) {
            Measure m = ours.get(row.get("code"));
            if (m != null && row.get("quarter").equals(String.valueOf(quarter))) {
                narratives.save(m.id(), quarter, row.get("reasons"), row.get("actions_planned"), null, user);
            }
        }
        Map<String, KeyAction> ourActions = actions.forYear(yearId).stream()
                .filter(a -> a.serviceId() == r.serviceId())
                .collect(Collectors.toMap(KeyAction::code, Function.identity()));
        TabularFile statuses = DemoData.file("action-status-2017-18.csv");
        for (TabularRow row : statuses.rows()) {
            KeyAction a = ourActions.get(row.get("code"));
            if (a != null && row.get("quarter").equals(String.valueOf(quarter))) {
                actions.saveStatus(a.id(), quarter, Rag.valueOf(row.get("status")), row.get("commentary"), user);
            }
        }
        ServiceReturn current = returns.find(r.id()).orElseThrow();
        validation.actions(current).forEach(a -> completeAction(ourActions.get(a.code()), a, quarter, user));
        for (ReturnChecks.Problem problem : validation.problems(current)) {
            Measure m = ours.get(problem.code());
            if (m == null) {
                continue;
            }
            if (problem.level() == ReturnChecks.Level.QUERY) {
                narratives.save(m.id(), quarter, null, null,
                        "Checked with the service: the figure is right as returned.", user);
            } else if (problem.message().startsWith("No value")) {
                narratives.notAvailable(m.id(), quarter,
                        "The figure was not available from the service's system in time for this return.", user);
            } else {
                narratives.save(m.id(), quarter, "Performance is behind the profile this quarter.",
                        "The service will report progress against its recovery plan next quarter.", null, user);
            }
        }
    }
}
