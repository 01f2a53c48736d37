package uk.quarterlyreturns.report;

import uk.quarterlyreturns.framework.Rag;

/**
 * A RAG as a report cell prints it: the code and the label are always both there, so that the colour
 * is never the only sign.
 *
 * @param code         "A", or "A*" when a director overrode the computed RAG
 * @param label        "Amber"
 * @param style        the CSS class that colours the cell, e.g. "rag-amber"
 * @param overrideNote "RAG set by NAME: justification (computed: R)", or null when not overridden
 */
public record RagCell(Rag rag, String code, String label, String style, String overrideNote) {

    public boolean overridden() {
        return overrideNote != null;
    }
}
