package uk.quarterlyreturns.report;

import java.util.Locale;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.RagOverride;

/** Turns RAGs into report cells, marking a director's override so readers can see it. */
final class RagCells {

    static final String OVERRIDE_MARK = "*";

    private RagCells() {
    }

    static RagCell of(Rag rag) {
        return new RagCell(rag, rag.code(), rag.label(), style(rag), null);
    }

    /** An effective RAG that differs from the rule's answer because a director set it. */
    static RagCell of(Rag rag, Rag computed, RagOverride override) {
        if (override == null) {
            return of(rag);
        }
        String note = "RAG set by " + override.by() + ": " + override.justification().trim()
                + " (computed: " + computed.code() + ")";
        return new RagCell(rag, rag.code() + OVERRIDE_MARK, rag.label(), style(rag), note);
    }

    /** "rag-amber-green": one class per status so the stylesheet colours each one. */
    static String style(Rag rag) {
        return "rag-" + rag.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
