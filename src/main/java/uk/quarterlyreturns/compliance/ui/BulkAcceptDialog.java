package uk.quarterlyreturns.compliance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Consumer;
import uk.quarterlyreturns.returns.BulkAcceptance;
import uk.quarterlyreturns.returns.BulkAcceptance.Verdict;

/**
 * Before several returns are accepted at once: which will be accepted, which will not and why; acting
 * needs a confirmation, and the result says what was done.
 */
class BulkAcceptDialog extends Dialog {

    BulkAcceptDialog(BulkAcceptance acceptance, List<Long> returnIds, String user,
            Consumer<BulkAcceptance.Result> done) {
        addClassName("bulk-accept-dialog");
        List<Verdict> verdicts = acceptance.preview(returnIds, user);
        List<Verdict> accepting = verdicts.stream().filter(Verdict::acceptable).toList();
        List<Verdict> leaving = verdicts.stream().filter(v -> !v.acceptable()).toList();
        setHeaderTitle("Accept " + accepting.size() + " of " + verdicts.size() + " selected returns?");
        if (!accepting.isEmpty()) {
            add(new H4("Will be accepted (" + accepting.size() + ")"),
                    list(accepting.stream().map(Verdict::service).toList()));
        }
        if (!leaving.isEmpty()) {
            add(new H4("Will not be accepted (" + leaving.size() + ")"),
                    list(leaving.stream().map(Verdict::describe).toList()));
        }
        if (accepting.isEmpty()) {
            add(new Paragraph("None of the selected returns can be accepted now."));
        }
        Button confirm = new Button("Accept " + accepting.size() + (accepting.size() == 1 ? " return" : " returns"),
                e -> {
                    close();
                    done.accept(acceptance.accept(verdicts, user)); // what this dialog showed, no more
                });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(!accepting.isEmpty());
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }

    private static UnorderedList list(List<String> lines) {
        UnorderedList list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line)));
        return list;
    }
}
