package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import uk.quarterlyreturns.returns.Completeness;
import uk.quarterlyreturns.returns.ReturnChecks;
import uk.quarterlyreturns.returns.ReturnSheets;

/** How complete the return is at sign-off, and what is missing or unsaved, to put right before signing it off. */
final class SignOffCompleteness extends Div {

    private final long returnId;
    private final ReturnSheets sheets;
    private final FormItems items;

    SignOffCompleteness(long returnId, ReturnSheets sheets, FormItems items) {
        this.returnId = returnId;
        this.sheets = sheets;
        this.items = items;
        show();
    }

    /** Checked again at sign-off: the framework or the figures may have changed since submission. */
    void show() {
        Completeness c = sheets.completeness(returnId);
        removeAll();
        List<ReturnChecks.Problem> unsaved = items.unsaved();
        add(new H4("Completeness"), new MissingItems(c, unsaved, items.focusOn(), () -> { }));
        if (!c.complete() || !unsaved.isEmpty()) {
            add(new Paragraph("Put these right in the return above before signing it off, or send it back to the"
                    + " service."));
        }
    }
}
