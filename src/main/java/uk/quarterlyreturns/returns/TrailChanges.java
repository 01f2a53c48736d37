package uk.quarterlyreturns.returns;

import java.math.BigDecimal;
import java.util.Objects;
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
