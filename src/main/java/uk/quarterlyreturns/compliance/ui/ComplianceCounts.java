package uk.quarterlyreturns.compliance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import uk.quarterlyreturns.compliance.ReturnCompliance;
import uk.quarterlyreturns.returns.ReturnStatus;

/** The counts on top of the compliance view: due, in on time, in late, not yet in, accepted, time to 95%. */
class ComplianceCounts extends Div {

    ComplianceCounts(List<ReturnCompliance> rows, Integer daysTo95) {
        addClassName("compliance-counts");
        int due = rows.size();
        long onTime = rows.stream().filter(ReturnCompliance::onTime).count();
        long in = rows.stream().filter(ReturnCompliance::isIn).count();
        long overdue = rows.stream().filter(ReturnCompliance::overdue).count();
        long accepted = rows.stream().filter(r -> r.status() == ReturnStatus.ACCEPTED).count();
        tile("Returns due", String.valueOf(due));
        tile("In", share(in, due));
        tile("In on time", share(onTime, due));
        tile("In late", share(in - onTime, due));
        tile("Not yet in", share(due - in, due) + (overdue > 0 ? ", " + overdue + " overdue" : ""));
        tile("Accepted", share(accepted, due));
        tile("Days to 95% in", daysTo95 == null ? "Not reached" : String.valueOf(daysTo95));
    }

    private void tile(String label, String value) {
        Div tile = new Div(new Span(label), new Span(value));
        tile.addClassName("count");
        add(tile);
    }

    static String share(long n, int of) {
        return n + " (" + (of == 0 ? 0 : Math.round(100.0 * n / of)) + "%)";
    }
}
