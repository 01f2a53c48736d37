package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.function.SerializableSupplier;
import java.util.List;
import java.util.Optional;
import uk.quarterlyreturns.base.api.MediaTypes;
import uk.quarterlyreturns.base.security.Names;
import uk.quarterlyreturns.base.ui.PersonName;
import uk.quarterlyreturns.returns.TaskClaims;
import uk.quarterlyreturns.base.tabular.TabularWriter;
import uk.quarterlyreturns.base.ui.Downloads;
import uk.quarterlyreturns.returns.ReturnTrail;
import uk.quarterlyreturns.returns.TrailTable;

/** The return's audit trail and chases, newest first and in words (TrailTable), with the whole of it to download. */
class ReturnHistory extends Details {

    private static final List<String> COLUMNS = TrailTable.COLUMNS;
    private static final int SHOWN = 200;
    private static final int WHO = COLUMNS.indexOf("who");
    private static final int FROM = COLUMNS.indexOf("from");
    private static final int TO = COLUMNS.indexOf("to");

    /**
     * @param names the people's names, shown for their usernames on the page; the exports keep the usernames
     * @param now   the history as it is when an export is followed, or empty once its reader may no longer see the
     *              return: a page left open neither exports a history without what happened since, nor hands it to
     *              someone who has lost the return
     */
    ReturnHistory(List<ReturnTrail.Event> events, Names names, String fileName,
            SerializableSupplier<Optional<List<ReturnTrail.Event>>> now) {
        setSummaryText("History of this return (" + events.size() + (events.size() == 1 ? " entry)" : " entries)"));
        List<List<Object>> rows = TrailTable.rows(events);
        add(new HorizontalLayout(
                Downloads.refusableLink("Export history (CSV)", fileName + ".csv", "text/csv",
                        () -> now.get().map(e -> TabularWriter.csv(COLUMNS, TrailTable.exportedRows(e)))),
                Downloads.refusableLink("Export history (XLSX)", fileName + ".xlsx", MediaTypes.XLSX,
                        () -> now.get().map(e -> TabularWriter.xlsx("History", COLUMNS, TrailTable.exportedRows(e))))));
        NativeTable table = new NativeTable();
        table.addClassName("trail");
        NativeTableRow head = table.getHead().addRow();
        for (String h : List.of("When", "Who", "What", "Item", "From", "To", "Comment")) {
            head.addHeaderCell().setText(h);
        }
        for (int i = rows.size() - 1; i >= Math.max(0, rows.size() - SHOWN); i--) {
            NativeTableRow row = table.getBody().addRow();
            List<Object> cells = rows.get(i);
            // from and to are people: who held a step, who took it over (none when a deputy's claim was let go)
            boolean takenOver = TaskClaims.TAKEN_OVER.equals(events.get(i).kind())
                    || TaskClaims.RELEASED.equals(events.get(i).kind());
            boolean mail = "CHASE".equals(events.get(i).kind()); // to is its recipient
            for (int c = 0; c < cells.size(); c++) {
                String text = cells.get(c) == null ? "" : cells.get(c).toString();
                if (c == WHO || (takenOver && (c == FROM || c == TO)) || (mail && c == TO)) {
                    row.addDataCell().add(new PersonName(names, text));
                } else {
                    row.addDataCell().setText(text);
                }
            }
        }
        add(table);
    }
}
