package uk.quarterlyreturns.returns;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.quarterlyreturns.base.security.Names;
import uk.quarterlyreturns.framework.KeyAction;
import uk.quarterlyreturns.framework.KeyActionRepository.StatusEntry;
import uk.quarterlyreturns.framework.MeasureStatus;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.returns.ReviewItem.Flag;
import uk.quarterlyreturns.returns.ReviewItem.Kind;

/**
 * A return's measures and key actions as rows for the quality check, each flagged with why it is an
 * exception: Amber or worse (Amber, Red/Amber, Red: the report's "performance by exception"; Amber/Green
 * is on track there and here), Missing, a query, a RAG override, a change since the version the reviewers
 * saw before (only for a resubmitted return), a change made at sign-off, or a challenge.
 */
public final class ReviewItems {

    private ReviewItems() {
    }

    /**
     * @param history the return's trail in the order it happened
     * @param names   the names of the people the history and the overrides mention
     */
    public static List<ReviewItem> of(ReturnSheet sheet, List<ReturnTrail.Event> history, ReturnChecks checks,
            Names names) {
        ChangesSinceLastVersion changes = ChangesSinceLastVersion.of(history);
        Set<String> changed = changes.since() == null ? Set.of() : changes.items();
        Set<String> atSignOff = changes.signOffItems();
        Map<String, List<ReturnTrail.Event>> challenged = Challenges.byItem(history);
        Set<String> open = AcceptanceRules.openSinceSignOff(history);
        List<ReviewItem> items = new ArrayList<>();
        for (MeasureStatus m : sheet.measures()) {
            String code = m.measure().code();
            var entry = m.entry();
            boolean query = checks.movedTooFar(m);
            List<ReturnTrail.Event> challenges = challenged.getOrDefault(code, List.of());
            Set<Flag> flags = flags(m.rag(), query, m.overrideInEffect() != null, changed.contains(code), challenges);
            mark(flags, atSignOff, code);
            items.add(new ReviewItem(Kind.MEASURE, code, m.measure().title(), m, m.rag(), null,
                    entry == null ? null : entry.reasons(), entry == null ? null : entry.actionsPlanned(), query,
                    entry == null ? null : entry.queryExplanation(), m.overrideInEffect(), challenges, flags,
                    open.contains(code), names));
        }
        for (KeyAction a : sheet.actions()) {
            StatusEntry status = sheet.actionStatuses().get(a.id());
            Rag rag = status == null ? null : status.status();
            List<ReturnTrail.Event> challenges = challenged.getOrDefault(a.code(), List.of());
            Set<Flag> flags = flags(rag, false, false, changed.contains(a.code()), challenges);
            mark(flags, atSignOff, a.code());
            items.add(new ReviewItem(Kind.KEY_ACTION, a.code(), a.definition().title(), null, rag,
                    status == null ? null : status.commentary(), status == null ? null : status.reasons(),
                    status == null ? null : status.actionsPlanned(), false, null, null, challenges, flags,
                    open.contains(a.code()), names));
        }
        return items;
    }

    private static void mark(Set<Flag> flags, Set<String> atSignOff, String code) {
        if (atSignOff.contains(code)) {
            flags.add(Flag.CHANGED_AT_SIGN_OFF);
        }
    }

    private static Set<Flag> flags(Rag rag, boolean query, boolean overridden, boolean changed,
            List<ReturnTrail.Event> challenges) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (rag != null && rag.isAmberOrWorse()) {
            flags.add(Flag.AMBER_OR_WORSE);
        }
        if (rag == Rag.MISSING) {
            flags.add(Flag.MISSING);
        }
        if (query) {
            flags.add(Flag.QUERY);
        }
        if (overridden) {
            flags.add(Flag.OVERRIDE);
        }
        if (changed) {
            flags.add(Flag.CHANGED);
        }
        if (!challenges.isEmpty()) {
            flags.add(Flag.CHALLENGE);
        }
        return flags;
    }
}
