package uk.quarterlyreturns.returns;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import uk.quarterlyreturns.framework.FigureSource;
import uk.quarterlyreturns.framework.MeasureEntry;
import uk.quarterlyreturns.framework.QuarterValue;
import uk.quarterlyreturns.framework.Rag;

/**
 * The trail entries of one save to a return: one per field whose stored text actually changed (a change typed
 * into the form carries on the entry of the same person's typing of that field).
 */
final class TrailChanges {

    private final ReturnTrail trail;
    private final long returnId;
    private final String user;

    TrailChanges(ReturnTrail trail, long returnId, String user) {
        this.trail = trail;
        this.returnId = returnId;
        this.user = user;
    }

    /** A change typed into the form: carries on the person's entry for the field while they are typing it. */
    void change(String kind, String item, Object old, Object now) {
        String oldText = text(old);
        String newText = text(now);
        if (!Objects.equals(oldText, newText)) {
            trail.recordEdit(returnId, user, kind, item, oldText, newText);
        }
    }

    /** A change by another route (the values feed, an uploaded file), said in its comment; null: typed in the form. */
    void change(String kind, String item, Object old, Object now, String comment) {
        if (comment == null) {
            change(kind, item, old, now);
            return;
        }
        String oldText = text(old);
        String newText = text(now);
        if (!Objects.equals(oldText, newText)) {
            trail.record(returnId, user, kind, item, oldText, newText, comment);
        }
    }

    /**
     * A measure's save: its figure, words and provisional mark as they were and are now. Whatever came from a file
     * says so (as the feed's entries do); typing carries on the person's typing. A figure that came with its source
     * is from a file even when saved again with a word typed beside it, and clears "not available" by that route.
     */
    void measureSaved(String code, Optional<QuarterValue> before, QuarterValue after, MeasureEntry entry,
            EntryRoute route) {
        String said = route.comment();
        String figure = entry.source() == null ? said : ReturnEditing.UPLOADED;
        change("VALUE", code, before.map(QuarterValue::value).orElse(null), entry.value(), figure);
        change("REASONS", code, before.map(QuarterValue::reasons).orElse(null), entry.reasons(), said);
        change("ACTIONS_PLANNED", code, before.map(QuarterValue::actionsPlanned).orElse(null),
                entry.actionsPlanned(), said);
        change("QUERY_EXPLANATION", code, before.map(QuarterValue::queryExplanation).orElse(null),
                entry.queryExplanation(), said);
        change("NOT_AVAILABLE", code, before.map(QuarterValue::notAvailableReason).orElse(null),
                entry.notAvailableReason(), figure);
        change("NOTE", code, before.map(QuarterValue::note).orElse(null), after.note(), figure);
        change("RATIO", code, before.map(v -> FigureSource.ratio(v.numerator(), v.denominator())).orElse(null),
                FigureSource.ratio(after.numerator(), after.denominator()), figure);
        change(ReturnEditing.PROVISIONAL, code, ReturnEditing.provisional(before),
                ReturnEditing.provisional(Optional.of(after)), said);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Rag rag) {
            return rag.name();
        }
        String s = value.toString();
        return s.isBlank() ? null : s.strip();
    }
}
