package uk.quarterlyreturns.people.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import uk.quarterlyreturns.base.ui.Confirmations;

/**
 * Asked before a change takes work from people who hold it now (WorkTaken), as the services screen asks before
 * placing someone: each thing taken on its own line; Cancel leaves everyone as they are.
 */
final class WorkTakenQuestion {

    private WorkTakenQuestion() {
    }

    static void ask(String header, String intro, List<String> taken, String confirmText, Runnable go) {
        Confirmations.ask(header, text(intro, taken), confirmText, go);
    }

    static Component text(String intro, List<String> taken) {
        UnorderedList list = new UnorderedList();
        taken.forEach(t -> list.add(new ListItem(t)));
        return new Div(new Paragraph(intro), list, new Paragraph("Steps they claimed come back to the inboxes of those"
                + " who may take them now, and a new director is emailed about any return their service has open."
                + " Nothing has changed yet: Cancel leaves everyone as they are."));
    }
}
