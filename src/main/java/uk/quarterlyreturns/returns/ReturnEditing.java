package uk.quarterlyreturns.returns;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.ActionEntry;
import uk.quarterlyreturns.framework.KeyAction;
import uk.quarterlyreturns.framework.KeyActionRepository;
import uk.quarterlyreturns.framework.Measure;
import uk.quarterlyreturns.framework.MeasureEntry;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.OverrideRule;
import uk.quarterlyreturns.framework.ProvisionalFigure;
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

    /** While a return is with the service its figures can change; from submission on they cannot. */
    public static final Set<ReturnStatus> EDITABLE = EnumSet.of(ReturnStatus.NOT_STARTED, ReturnStatus.DRAFT,
            ReturnStatus.SENT_BACK, ReturnStatus.REOPENED);

    /** The trail's comment on anything that came from a file uploaded into the form, not typed. */
    public static final String UPLOADED = "uploaded file";

    /** The trail's kind for marking a figure provisional or final. */
    public static final String PROVISIONAL = "PROVISIONAL";

    /** What a refused change says after "Housing's return is submitted: ". */
    private static final String LOCKED = "it can no longer be changed";

    private final ReturnChangeRule rule;
    private final CycleRepository cycles;
    private final ReturnPermissions permissions;
    private final ReturnTrail trail;
    private final MeasureRepository measures;
    private final ValueRepository values;
    private final KeyActionRepository actions;
    private final Clock clock;

    ReturnEditing(ReturnChangeRule rule, CycleRepository cycles, ReturnPermissions permissions, ReturnTrail trail,
            MeasureRepository measures, ValueRepository values, KeyActionRepository actions, Clock clock) {
        this.rule = rule;
        this.cycles = cycles;
        this.permissions = permissions;
        this.trail = trail;
        this.measures = measures;
        this.values = values;
        this.actions = actions;
        this.clock = clock;
    }

    /** Saves a measure's figure, narrative and query explanation as typed; returns the row's new version. */
    @Transactional
    public int saveMeasure(long returnId, long measureId, Integer expectedVersion, MeasureEntry entry, String user) {
        return saveMeasure(returnId, measureId, expectedVersion, entry, user, EntryRoute.TYPED);
    }

    /** The same, by this route: what an uploaded file gives is marked so in the history, every field of it. */
    @Transactional
    public int saveMeasure(long returnId, long measureId, Integer expectedVersion, MeasureEntry entry, String user,
            EntryRoute route) {
        OpenedReturn o = open(returnId, user, route);
        ServiceReturn r = o.serviceReturn();
        Measure measure = o.dueMeasure(measureId, measures);
        EntryTexts.checkMeasure(measure.code(), entry);
        Optional<QuarterValue> before = values.find(measureId, o.quarter());
        int version = values.saveEntry(measureId, o.quarter(), expectedVersion, entry, user);
        new TrailChanges(trail, r.id(), user).measureSaved(measure.code(), before,
                values.find(measureId, o.quarter()).orElseThrow(), entry, route);
        return version;
    }

    /**
     * Marks a measure's figure provisional or final (the API's route; the form saves the mark with the figure), under
     * the same checks as any other change to the return. Returns the row's new version (0: it has no row yet).
     */
    @Transactional
    public int saveProvisional(long returnId, long measureId, boolean provisional, String user) {
        ServiceReturn r = rule.lockForChange(returnId, user, LOCKED);
        OpenedReturn o = new OpenedReturn(r, cycles.find(r.cycleId()).orElseThrow());
        Measure measure = o.dueMeasure(measureId, measures);
        Optional<QuarterValue> before = values.find(measureId, o.quarter());
        if (provisional && before.map(QuarterValue::value).isEmpty()) {
            throw new IllegalArgumentException(measure.code() + ": " + ProvisionalFigure.NEEDS_A_FIGURE);
        }
        if (before.isEmpty()) {
            return 0; // nothing recorded, so nothing to unmark: no empty row is made, nor the return started
        }
        rule.started(r, user, null);
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
     * kept from before may be cleared; a measure not due keeping none has nothing to clear, so gets no row.
     */
    @Transactional
    public int saveOverride(long returnId, long measureId, Integer expectedVersion, Rag rag, String justification,
            String user) {
        return saveOverride(returnId, measureId, expectedVersion, rag, justification, user, EntryRoute.TYPED);
    }

    /** The same, by this route (an override uploaded in the return's workbook). */
    @Transactional
    public int saveOverride(long returnId, long measureId, Integer expectedVersion, Rag rag, String justification,
            String user, EntryRoute route) {
        OpenedReturn o = open(returnId, user, route);
        ServiceReturn r = o.serviceReturn();
        permissions.requireSignOff(user, r);
        Measure measure = o.measure(measureId, measures);
        Optional<QuarterValue> before = values.find(measureId, o.quarter());
        OverrideRule.refusal(measure, o.quarter(), rag, before.map(QuarterValue::override).orElse(null))
                .ifPresent(why -> {
                    throw new IllegalArgumentException(why); // the return's start, if this began it, undone too
                });
        EntryTexts.check(measure.code(), "justification for the override", justification);
        RagOverride override = rag == null ? null : new RagOverride(rag, user, clock.instant(), justification);
        int version = values.saveOverride(measureId, o.quarter(), expectedVersion, override, user);
        new TrailChanges(trail, r.id(), user).overrideSaved(measure.code(), before.map(QuarterValue::override),
                override, route);
        return version;
    }

    /** A key action's status, commentary and narrative for the quarter; returns the row's new version. */
    @Transactional
    public int saveKeyAction(long returnId, long actionId, Integer expectedVersion, ActionEntry entry, String user) {
        return saveKeyAction(returnId, actionId, expectedVersion, entry, user, EntryRoute.TYPED);
    }

    /** The same, by this route (a key action's row of the uploaded workbook). */
    @Transactional
    public int saveKeyAction(long returnId, long actionId, Integer expectedVersion, ActionEntry entry, String user,
            EntryRoute route) {
        OpenedReturn o = open(returnId, user, route);
        KeyAction action = o.keyAction(actionId, actions);
        EntryTexts.checkKeyAction(action.code(), entry);
        var before = actions.findStatus(actionId, o.quarter());
        int version = actions.saveStatus(actionId, o.quarter(), expectedVersion, entry, user);
        new TrailChanges(trail, o.serviceReturn().id(), user).keyActionSaved(action.code(), before, entry, route);
        return version;
    }

    public static boolean isEditable(ServiceReturn r) {
        return EDITABLE.contains(r.status());
    }

    /**
     * Whether this person may change the return now: its preparers while it is with the service, and whoever
     * may sign it off while it awaits their sign-off too (ReturnChangeRule).
     */
    public boolean canChange(String user, ServiceReturn r) {
        return rule.canChange(user, r);
    }

    /**
     * The return locked for this save; a return not started is started by it, first in the trail, so that the
     * person's typing of a field goes on in one trail entry (a refused save undoes it with the rest).
     */
    ServiceReturn lockToSave(long returnId, String user) {
        return rule.lockToSave(returnId, user, LOCKED, null);
    }

    private OpenedReturn open(long returnId, String user, EntryRoute route) {
        ServiceReturn r = rule.lockToSave(returnId, user, LOCKED, route.comment());
        return new OpenedReturn(r, cycles.find(r.cycleId()).orElseThrow());
    }
}
