package uk.quarterlyreturns.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import uk.quarterlyreturns.base.security.Names;
import uk.quarterlyreturns.people.AccountEvent;
import uk.quarterlyreturns.people.AccountHistoryReader;
import uk.quarterlyreturns.people.Person;

/** One person's account history, newest first, in words: what changed, from what to what, by whom, when. */
class AccountHistoryDialog extends Dialog {

    /** @param names the names of the people who made the changes */
    AccountHistoryDialog(Person person, List<AccountEvent> events, Names names) {
        setHeaderTitle("Account history of " + person.displayName() + " (" + person.username() + ")");
        setWidth("60rem");
        if (events.isEmpty()) {
            add(new Paragraph("No change recorded for this account yet."));
        } else {
            Grid<AccountEvent> grid = new Grid<>(AccountEvent.class, false);
            grid.addColumn(e -> AccountHistoryReader.WHEN.format(e.at())).setHeader("When").setAutoWidth(true);
            grid.addColumn(e -> e.words(names)).setHeader("What").setFlexGrow(1);
            grid.addColumn(e -> e.way().words()).setHeader("Way").setAutoWidth(true);
            grid.setItems(events);
            grid.setAriaLabel("Account history");
            add(grid);
        }
        getFooter().add(new Button("Close", e -> close()));
    }
}
