package uk.quarterlyreturns.compliance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import uk.quarterlyreturns.compliance.ComplianceFigures;

/**
 * The tiles on top of the compliance view: due, in, on time, late, not yet in, sent back, accepted, time to
 * 95%; each from the one set of figures the curve and the report use.
 */
class ComplianceCounts extends Div {

    ComplianceCounts(ComplianceFigures f) {
        addClassName("compliance-counts");
        tile("Returns due", String.valueOf(f.due()));
        tile("In", share(f, f.in()));
        tile("In on time", share(f, f.onTime()));
        tile("In late", share(f, f.late()));
        tile("Not yet in", share(f, f.missing()) + (f.overdue() > 0 ? ", " + f.overdue() + " overdue" : ""));
        tile("Sent back", share(f, f.sentBack()));
        tile("Accepted", share(f, f.accepted()));
        tile("Days to 95% in", daysTo95(f));
        if (f.extended() > 0) {
            // each is counted on time or late against its own deadline: said, so that none is hidden
            tile("Agreed extensions", f.extendedWords());
        }
    }

    static String daysTo95(ComplianceFigures f) {
        return f.daysTo95() == null ? "Not reached" : String.valueOf(f.daysTo95());
    }

    private void tile(String label, String value) {
        Div tile = new Div(new Span(label), new Span(value));
        tile.addClassName("count");
        add(tile);
    }

    static String share(ComplianceFigures f, int n) {
        return n + " (" + f.percent(n) + "%)";
    }
}
