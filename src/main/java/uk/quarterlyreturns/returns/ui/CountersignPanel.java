package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.Optional;
import uk.quarterlyreturns.base.security.Names;
import uk.quarterlyreturns.returns.Countersigning;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ServiceReturn;

/**
 * On a signed-off or accepted return, its strategic director's "Countersign…", or why they may not (their own
 * work, already countersigned, the report published).
 */
class CountersignPanel extends Section {

    static Optional<CountersignPanel> forReturn(ServiceReturn r, String user, boolean strategicDirector, Names names,
            Countersigning countersigning, Runnable done) {
        if (!strategicDirector || (r.status() != ReturnStatus.SIGNED_OFF && r.status() != ReturnStatus.ACCEPTED)) {
            return Optional.empty();
        }
        return Optional.of(new CountersignPanel(r, user, names, countersigning, done));
    }

    private CountersignPanel(ServiceReturn r, String user, Names names, Countersigning countersigning,
            Runnable done) {
        addClassName("countersign-panel");
        add(new H3("Countersignature"));
        Optional<String> whyNot = countersigning.whyNot(user, r);
        if (whyNot.isPresent()) {
            add(new Paragraph(whyNot.get()));
        } else {
            add(new Paragraph("As strategic director you may countersign this return. It is optional: nothing"
                    + " waits for it."), new Button("Countersign…",
                    e -> new CountersignDialog(r, names, user, countersigning, done).open()));
        }
    }
}
