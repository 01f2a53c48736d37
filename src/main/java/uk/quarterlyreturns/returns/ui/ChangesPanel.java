package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import java.util.Map;
import uk.quarterlyreturns.returns.ChangesSinceLastVersion;

/** A resubmitted return's changes since the version its reviewers saw before, as a table. */
class ChangesPanel extends Section {

    private static final Map<String, String> WHAT = Map.ofEntries(Map.entry("VALUE", "Value"),
            Map.entry("NOTE", "Note"), Map.entry("RATIO", "Numerator/denominator"),
            Map.entry("REASONS", "Reasons for performance"), Map.entry("ACTIONS_PLANNED", "Actions planned"),
            Map.entry("QUERY_EXPLANATION", "Query explanation"), Map.entry("NOT_AVAILABLE", "Not available"),
            Map.entry("RAG_OVERRIDE", "RAG override"),
            Map.entry("OVERRIDE_JUSTIFICATION", "Justification for the override"),
            Map.entry("ACTION_STATUS", "Key action status"),
            Map.entry("ACTION_COMMENTARY", "Key action commentary"),
            Map.entry("ACTION_REASONS", "Key action reasons"),
            Map.entry("ACTION_ACTIONS_PLANNED", "Key action actions planned"),
            Map.entry("HIGHLIGHT_CURRENT_ISSUES", "Current issues"), Map.entry("HIGHLIGHT_IMPROVEMENTS", "Improvements"),
            Map.entry("HIGHLIGHT_NARRATIVE", "Head of service's narrative"));

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
        NativeTable table = new NativeTable();
        table.addClassName("trail");
        NativeTableRow head = table.getHead().addRow();
        for (String h : List.of("Item", "What", "Version " + previous, "Now")) {
            head.addHeaderCell().setText(h);
        }
        for (ChangesSinceLastVersion.Change c : changes.changes()) {
            NativeTableRow row = table.getBody().addRow();
            for (String cell : new String[] {c.item(), WHAT.getOrDefault(c.kind(), c.kind()), c.from(), c.to()}) {
                row.addDataCell().setText(cell == null ? "(blank)" : cell);
            }
        }
        add(table);
    }

    private static String describe(ChangesSinceLastVersion changes) {
        int n = changes.changes().size();
        return n == 0 ? "Nothing in it changed since version " + (changes.version() - 1) + "."
                : n + (n == 1 ? " field changed" : " fields changed") + " since version " + (changes.version() - 1)
                        + ", submitted " + ReturnHeader.WHEN.format(changes.since()) + ". Changed items are marked"
                        + " \"Changed\" below.";
    }
}
