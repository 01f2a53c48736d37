package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;

/** A list of changed fields as a table, a blank field shown as "(blank)" so it is not mistaken for a gap. */
final class ChangeTable {

    private ChangeTable() {
    }

    static NativeTable of(List<String> headings, List<List<String>> rows) {
        NativeTable table = new NativeTable();
        table.addClassName("trail");
        NativeTableRow head = table.getHead().addRow();
        headings.forEach(h -> head.addHeaderCell().setText(h));
        for (List<String> cells : rows) {
            NativeTableRow row = table.getBody().addRow();
            cells.forEach(cell -> row.addDataCell().setText(cell == null ? "(blank)" : cell));
        }
        return table;
    }
}
