package uk.quarterlyreturns.returns;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.ActionEntry;
import uk.quarterlyreturns.framework.KeyAction;
import uk.quarterlyreturns.framework.KeyActionRepository;
import uk.quarterlyreturns.framework.Measure;
import uk.quarterlyreturns.framework.FigureSource;
import uk.quarterlyreturns.framework.MeasureEntry;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.OverrideRule;
import uk.quarterlyreturns.framework.ProvisionalFigure;
import uk.quarterlyreturns.framework.QuarterFigureRule;
import uk.quarterlyreturns.framework.QuarterValue;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.RagOverride;
import uk.quarterlyreturns.framework.ValueRepository;

/**
 * Saves what is typed into a return's form, field by field as the person works. Each save checks who may
 * make it and that the return is still with the service (or, for its director, awaiting their sign-off),
 * refuses a save based on a stale version (SavedMeanwhileException), records the change in the trail, and
 * moves a not-started return to draft.
 */
@Service
public class ReturnEditing {

    private static final Logger log = LoggerFactory.getLogger(ReturnEditing.class);

    /** While a return is with the service its figures can change; from submission on they cannot. */
    public static final Set<ReturnStatus> EDITABLE = EnumSet.of(ReturnStatus.NOT_STARTED, ReturnStatus.DRAFT,
            ReturnStatus.SENT_BACK, ReturnStatus.REOPENED);

    /** The trail's comment on a figure, note or ratio that came from a file uploaded into the form, not typed. */
    public static final String UPLOADED = "uploaded file";

    /** The trail's kind for marking a figure provisional or final. */
    public static final String PROVISIONAL = "PROVISIONAL";

    private final ReturnRepository returns;
    private final CycleRepository cycles;
    private final ReturnPermissions permissions;
    private final ReturnTrail trail;
    private final MeasureRepository measures;
    private final ValueRepository values;
    private final KeyActionRepository actions;
    private final Clock clock;

    ReturnEditing(ReturnRepository returns, CycleRepository cycles, ReturnPermissions permissions, ReturnTrail trail,
            MeasureRepository measures, ValueRepository values, KeyActionRepository actions, Clock clock) {
        this.returns = returns;
        this.cycles = cycles;
        this.permissions = permissions;
        this.trail = trail;
        this.measures = measures;
        this.values = values;
        this.actions = actions;
        this.clock = clock;
    }

    /** Saves a measure's figure, narrative and query explanation; returns the row's new version. */
    @Transactional
    public int saveMeasure(long returnId, long measureId, Integer expectedVersion, MeasureEntry entry, String user) {
        Opened o = open(returnId, user);
        ServiceReturn r = o.serviceReturn();
        Measure measure = o.measure(measureId, measures);
        if (!QuarterFigureRule.isDue(measure, o.quarter())) {
            // The form offers no field for it; a form left open while the framework changed still may not.
            throw new IllegalArgumentException(QuarterFigureRule.notDue(measure, o.quarter()));
        }
        EntryTexts.check(measure.code(), "reasons for performance", entry.reasons());
        EntryTexts.check(measure.code(), "actions planned", entry.actionsPlanned());
        EntryTexts.check(measure.code(), "explanation of the query", entry.queryExplanation());
        EntryTexts.check(measure.code(), "reason the figure is not available", entry.notAvailableReason());
        Optional<QuarterValue> before = values.find(measureId, o.quarter());
        int version = values.saveEntry(measureId, o.quarter(), expectedVersion, entry, user);
        String code = measure.code();
        TrailChanges changes = new TrailChanges(trail, r.id(), user);
        // A figure from an uploaded file says so (by the route it came, as the feed's do); one typed carries on
        // the person's typing.
        String route = entry.source() == null ? null : UPLOADED;
        changes.change("VALUE", code, before.map(QuarterValue::value).orElse(null), entry.value(), route);
        changes.change("REASONS", code, before.map(QuarterValue::reasons).orElse(null), entry.reasons());
        changes.change("ACTIONS_PLANNED", code, before.map(QuarterValue::actionsPlanned).orElse(null),
                entry.actionsPlanned());
        changes.change("QUERY_EXPLANATION", code, before.map(QuarterValue::queryExplanation).orElse(null),
                entry.queryExplanation());
        // An uploaded figure clears "not available" itself, by the file's route.
        changes.change("NOT_AVAILABLE", code, before.map(QuarterValue::notAvailableReason).orElse(null),
                entry.notAvailableReason(), route);
        QuarterValue after = values.find(measureId, o.quarter()).orElseThrow();
        changes.change("NOTE", code, before.map(QuarterValue::note).orElse(null), after.note(), route);
        changes.change("RATIO", code, before.map(v -> FigureSource.ratio(v.numerator(), v.denominator())).orElse(null),
                FigureSource.ratio(after.numerator(), after.denominator()), route);
        changes.change(PROVISIONAL, code, provisional(before), provisional(Optional.of(after)));
        return version;
    }

    /**
     * Marks a measure's figure provisional or final (the API's route; the form saves the mark with the figure), under
     * the same checks as any other change to the return. Returns the row's new version (0: it has no row yet).
     */
    @Transactional
    public int saveProvisional(long returnId, long measureId, boolean provisional, String user) {
        ServiceReturn r = lockForChange(returnId, user);
        Opened o = new Opened(r, cycles.find(r.cycleId()).orElseThrow());
        Measure measure = o.measure(measureId, measures);
        if (!QuarterFigureRule.isDue(measure, o.quarter())) {
            throw new IllegalArgumentException(QuarterFigureRule.notDue(measure, o.quarter()));
        }
        Optional<QuarterValue> before = values.find(measureId, o.quarter());
        if (provisional && before.map(QuarterValue::value).isEmpty()) {
            throw new IllegalArgumentException(measure.code() + ": " + ProvisionalFigure.NEEDS_A_FIGURE);
        }
        if (before.isEmpty()) {
            return 0; // nothing recorded, so nothing to unmark: no empty row is made, nor the return started
        }
        started(r, user);
        int version = values.saveProvisional(measureId, o.quarter(), before.get().version(), provisional, user);
        new TrailChanges(trail, r.id(), user).change(PROVISIONAL, measure.code(), provisional(before),
                provisional(values.find(measureId, o.quarter())));
        return version;
    }

    /** The trail's words for a figure marked provisional; null for a final one. */
    static String provisional(Optional<QuarterValue> value) {
        return value.filter(QuarterValue::provisional).isPresent() ? "Provisional" : null;
    }

    /**
     * A director's override of the computed RAG (null clears it) with one of its scheme's ratings; a justification is
     * required, and a measure with no computed RAG (no target, TBA, no RAG scheme, not due) takes none, though one
     * kept from before may be cleared.
     */
    @Transactional
    public int saveOverride(long returnId, long measureId, Integer expectedVersion, Rag rag, String justification,
            String user) {
        Opened o = open(returnId, user);
        ServiceReturn r = o.serviceReturn();
        permissions.requireSignOff(user, r);
        Measure measure = o.measure(measureId, measures);
        if (rag != null) {
            OverrideRule.nothingToOverride(measure, o.quarter()).or(() -> OverrideRule.notARating(measure, rag))
                    .ifPresent(why -> {
                        throw new IllegalArgumentException(why);
                    });
        }
        EntryTexts.check(measure.code(), "justification for the override", justification);
        RagOverride override = rag == null ? null : new RagOverride(rag, user, clock.instant(), justification);
        Optional<QuarterValue> before = values.find(measureId, o.quarter());
        int version = values.saveOverride(measureId, o.quarter(), expectedVersion, override, user);
        Optional<RagOverride> old = before.map(QuarterValue::override);
        TrailChanges changes = new TrailChanges(trail, r.id(), user);
        // The justification has an entry of its own, carried on as it is typed: one kept with the RAG's entry would
        // hold whatever was typed by the form's first save (a few words), not what the report prints.
        changes.change("RAG_OVERRIDE", measure.code(), old.map(RagOverride::rag).orElse(null), rag);
        // The report prints the justification: rewording it under the same RAG is a change an auditor asks about.
        changes.change("OVERRIDE_JUSTIFICATION", measure.code(), old.map(RagOverride::justification).orElse(null),
                override == null ? null : justification);
        return version;
    }

    /** A key action's status, commentary and narrative for the quarter; returns the row's new version. */
    @Transactional
    public int saveKeyAction(long returnId, long actionId, Integer expectedVersion, ActionEntry entry, String user) {
        Opened o = open(returnId, user);
        ServiceReturn r = o.serviceReturn();
        KeyAction action = actions.forService(o.cycle().yearId(), r.serviceId()).stream()
                .filter(a -> a.id() == actionId).findFirst().orElseThrow(() -> new IllegalArgumentException(
                        "That key action is not part of " + r.serviceName() + "'s return"));
        EntryTexts.check(action.code(), "commentary", entry.commentary());
        EntryTexts.check(action.code(), "reasons", entry.reasons());
        EntryTexts.check(action.code(), "actions planned", entry.actionsPlanned());
        var before = actions.findStatus(actionId, o.quarter());
        int version = actions.saveStatus(actionId, o.quarter(), expectedVersion, entry, user);
        TrailChanges changes = new TrailChanges(trail, r.id(), user);
        changes.change("ACTION_STATUS", action.code(),
                before.map(KeyActionRepository.StatusEntry::status).orElse(null), entry.status());
        changes.change("ACTION_COMMENTARY", action.code(),
                before.map(KeyActionRepository.StatusEntry::commentary).orElse(null), entry.commentary());
        changes.change("ACTION_REASONS", action.code(),
                before.map(KeyActionRepository.StatusEntry::reasons).orElse(null), entry.reasons());
        changes.change("ACTION_ACTIONS_PLANNED", action.code(),
                before.map(KeyActionRepository.StatusEntry::actionsPlanned).orElse(null), entry.actionsPlanned());
        return version;
    }

    public static boolean isEditable(ServiceReturn r) {
        return EDITABLE.contains(r.status());
    }

    /**
     * Whether this person may change the return now: its preparers while it is with the service, and whoever
     * may sign it off while it awaits their sign-off too (they are accountable for it, and put right there what
     * the checks find missing since its submission).
     */
    public boolean canChange(String user, ServiceReturn r) {
        return isEditable(r) ? permissions.canPrepare(user, r) : atSignOff(user, r);
    }

    private boolean atSignOff(String user, ServiceReturn r) {
        return r.status() == ReturnStatus.SUBMITTED && permissions.canSignOff(user, r);
    }

    /** The return locked for a change by this person, once it is known that they may change it now. */
    private ServiceReturn lockForChange(long returnId, String user) {
        ServiceReturn r = returns.lock(returnId);
        permissions.requirePrepare(user, r);
        if (!isEditable(r) && !atSignOff(user, r)) {
            log.warn("{} tried to change {}'s return {}, which is {}", user, r.serviceName(), r.id(),
                    r.status().label().toLowerCase());
            throw new IllegalStateException(r.serviceName() + "'s return is " + r.status().label().toLowerCase()
                    + ": it can no longer be changed");
        }
        return r;
    }

    /**
     * The return locked for this save; a return not started is started by it, first in the trail, so that the
     * person's typing of a field goes on in one trail entry (a refused save undoes it with the rest).
     */
    ServiceReturn lockToSave(long returnId, String user) {
        ServiceReturn r = lockForChange(returnId, user);
        started(r, user);
        return r;
    }

    private Opened open(long returnId, String user) {
        ServiceReturn r = lockToSave(returnId, user);
        return new Opened(r, cycles.find(r.cycleId()).orElseThrow());
    }

    private record Opened(ServiceReturn serviceReturn, Cycle cycle) {

        int quarter() {
            return cycle.quarter();
        }

        Measure measure(long measureId, MeasureRepository measures) {
            return measures.find(measureId)
                    .filter(m -> m.serviceId() == serviceReturn.serviceId() && m.yearId() == cycle.yearId())
                    .orElseThrow(() -> new IllegalArgumentException("That measure is not part of "
                            + serviceReturn.serviceName() + "'s return"));
        }
    }

    private void started(ServiceReturn r, String user) {
        if (r.status() == ReturnStatus.NOT_STARTED) {
            returns.setStatus(r.id(), ReturnStatus.DRAFT);
            trail.status(r.id(), user, ReturnStatus.NOT_STARTED, ReturnStatus.DRAFT, null);
        }
    }
}
