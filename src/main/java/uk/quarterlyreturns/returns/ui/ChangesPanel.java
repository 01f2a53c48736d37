package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.Arrays;
import java.util.List;
import uk.quarterlyreturns.base.security.Names;
import uk.quarterlyreturns.returns.TrailWords;
import uk.quarterlyreturns.returns.ChangesSinceLastVersion;

/**
 * A resubmitted return's changes since the version its reviewers saw before, as a table, after why that version went
 * back to the service.
 */
class ChangesPanel extends Section {

    /**
     * @param names the names of the people the trail mentions
     * @param mark  the words each changed item is marked with where the panel is shown
     */
    ChangesPanel(ChangesSinceLastVersion changes, Names names, String mark) {
        addClassName("changes-since");
        int previous = changes.version() - 1;
        H3 heading = new H3("Changed since version " + previous);
        heading.setId("changes-since");
        getElement().setAttribute("aria-labelledby", "changes-since");
        add(heading, new Paragraph("This is version " + changes.version() + " of the return. "
                + describe(changes, mark)));
        if (changes.back() != null) {
            Paragraph back = ReturnHeader.back(changes.back(), names);
            back.addClassName("sent-back");
            add(back);
        }
        if (changes.changes().isEmpty()) {
            return;
        }
        add(ChangeTable.of(List.of("Item", "What", "Version " + previous, "Now"), changes.changes().stream()
                .map(c -> Arrays.asList(c.item(), TrailWords.what(c.kind()), TrailWords.value(c.kind(), c.from()),
                        TrailWords.value(c.kind(), c.to())))
                .toList()));
    }

    private static String describe(ChangesSinceLastVersion changes, String mark) {
        int n = changes.changes().size();
        String since = " since version " + (changes.version() - 1) + (changes.signedOff() != null
                ? " as signed off on " + ReturnHeader.WHEN.format(changes.signedOff())
                : " as submitted on " + ReturnHeader.WHEN.format(changes.since()));
        return n == 0 ? "Nothing in it changed" + since + "."
                : n + (n == 1 ? " field changed" : " fields changed") + since + ". Changed items are marked \"" + mark
                        + "\" below.";
    }
}
