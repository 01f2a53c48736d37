package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.Arrays;
import java.util.List;
import uk.quarterlyreturns.returns.TrailWords;
import uk.quarterlyreturns.returns.ChangesSinceLastVersion;

/** A resubmitted return's changes since the version its reviewers saw before, as a table. */
class ChangesPanel extends Section {

    ChangesPanel(ChangesSinceLastVersion changes) {
        addClassName("changes-since");
        int previous = changes.version() - 1;
        H3 heading = new H3("Changed since version " + previous);
        heading.setId("changes-since");
        getElement().setAttribute("aria-labelledby", "changes-since");
        add(heading, new Paragraph("This is version " + changes.version() + " of the return. " + describe(changes)));
        if (changes.changes().isEmpty()) {
            return;
        }
        add(ChangeTable.of(List.of("Item", "What", "Version " + previous, "Now"), changes.changes().stream()
                .map(c -> Arrays.asList(c.item(), TrailWords.what(c.kind()), c.from(), c.to())).toList()));
    }

    private static String describe(ChangesSinceLastVersion changes) {
        int n = changes.changes().size();
        return n == 0 ? "Nothing in it changed since version " + (changes.version() - 1) + "."
                : n + (n == 1 ? " field changed" : " fields changed") + " since version " + (changes.version() - 1)
                        + ", submitted " + ReturnHeader.WHEN.format(changes.since()) + ". Changed items are marked"
                        + " \"Changed\" below.";
    }
}
