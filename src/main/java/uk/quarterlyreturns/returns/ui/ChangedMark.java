package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;

/** Marks a measure or key action changed since the previous version, in words as well as colour. */
final class ChangedMark {

    private ChangedMark() {
    }

    static void on(Section item, int previousVersion) {
        item.addClassName("changed");
        Span mark = new Span("Changed since version " + previousVersion);
        mark.addClassName("changed-mark");
        item.addComponentAtIndex(1, mark);
    }
}
