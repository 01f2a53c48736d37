package uk.quarterlyreturns.framework.ui;

import com.vaadin.flow.component.html.Span;
import uk.quarterlyreturns.framework.Rag;

/** A RAG status as a coloured badge that always carries its words ("Amber/Green"), never colour alone. */
public class RagBadge extends Span {

    private static final String NOT_ENTERED = "Not yet entered";

    public RagBadge() {
        addClassName("rag");
        show(null);
    }

    public RagBadge(Rag rag) {
        this();
        show(rag);
    }

    /** Shows the status; null means no value has been entered yet (before the deadline). */
    public void show(Rag rag) {
        getClassNames().removeIf(c -> c.startsWith("rag-"));
        addClassName("rag-" + (rag == null ? "NONE" : rag.name()));
        setText(rag == null ? NOT_ENTERED : rag.label());
    }
}
