package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import uk.quarterlyreturns.base.security.Names;
import uk.quarterlyreturns.returns.TrailWords;
import uk.quarterlyreturns.returns.ChangesSinceLastVersion;
import uk.quarterlyreturns.returns.ChangesSinceLastVersion.Edit;

/**
 * What the director (or deputy) changed at sign-off, after the service submitted the return, as a table: the
 * return checked is then not quite the one submitted, and its reviewers are told so, with who and when.
 */
class SignOffChangesPanel extends Section {

    static final String MARK = "Changed at sign-off";

    SignOffChangesPanel(ChangesSinceLastVersion changes, Names names) {
        addClassName("changes-at-sign-off");
        H3 heading = new H3(MARK);
        heading.setId("changes-at-sign-off");
        getElement().setAttribute("aria-labelledby", "changes-at-sign-off");
        List<Edit> edits = changes.atSignOff();
        int n = edits.size();
        String by = named(edits.stream().flatMap(e -> e.by().stream()).distinct().toList(), names);
        add(heading, new Paragraph("After version " + changes.version() + " was submitted on "
                + ReturnHeader.WHEN.format(changes.submitted()) + ", " + n + (n == 1 ? " field was" : " fields were")
                + " changed at sign-off by " + by + ". Changed items are marked \"" + MARK + "\" below."));
        add(ChangeTable.of(List.of("Item", "What", "As submitted", "Changed to", "By", "When"), edits.stream()
                .map(e -> Arrays.asList(e.item(), TrailWords.what(e.kind()), TrailWords.value(e.kind(), e.from()),
                        TrailWords.value(e.kind(), e.to()), named(e.by(), names),
                        ReturnHeader.WHEN.format(e.at())))
                .toList()));
    }

    /** "Sam Director, Dee Deputy" for the trail's dir and deputy. */
    private static String named(List<String> usernames, Names names) {
        return usernames.stream().map(names::of).collect(Collectors.joining(", "));
    }
}
