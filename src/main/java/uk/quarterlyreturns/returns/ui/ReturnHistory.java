package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;
import uk.quarterlyreturns.returns.ReturnTrail;

/** The return's audit trail, newest first: who changed what, and when. */
class ReturnHistory extends Details {

    private static final int SHOWN = 200;

    ReturnHistory(List<ReturnTrail.Event> events) {
        setSummaryText("History of this return (" + events.size() + (events.size() == 1 ? " entry)" : " entries)"));
        NativeTable table = new NativeTable();
        table.addClassName("trail");
        NativeTableRow head = table.getHead().addRow();
        for (String h : List.of("When", "Who", "What", "Item", "From", "To", "Comment")) {
            head.addHeaderCell().setText(h);
        }
        for (int i = events.size() - 1; i >= Math.max(0, events.size() - SHOWN); i--) {
            ReturnTrail.Event e = events.get(i);
            NativeTableRow row = table.getBody().addRow();
            for (String cell : new String[] {ReturnHeader.WHEN.format(e.at()), e.actor(), e.kind(), e.item(),
                    e.oldValue(), e.newValue(), e.comment()}) {
                row.addDataCell().setText(cell == null ? "" : cell);
            }
        }
        add(table);
    }
}
