package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.returns.Completeness;
import uk.quarterlyreturns.returns.ReturnChecks;
import uk.quarterlyreturns.returns.ReturnNotReadyException;
import uk.quarterlyreturns.returns.ReturnTrail;
import uk.quarterlyreturns.returns.ReturnWorkflow;

/**
 * Hands the return in. The checks run on what is saved; a dialog shows how complete the return is and
 * lists what is still missing, and any item whose fields show what could not be saved, each with a button that
 * takes the keyboard to its measure or key action, and asks for confirmation only once nothing is missing.
 */
class SubmitPanel extends Section {

    private final ReturnContext context;
    private final ReturnWorkflow workflow;
    private final FormItems items;
    private final ReturnTrail trail;
    private final Runnable submitted;
    private final Div report = new Div();

    SubmitPanel(ReturnContext context, ReturnWorkflow workflow, FormItems items, ReturnTrail trail,
            Runnable submitted) {
        this.context = context;
        this.workflow = workflow;
        this.items = items;
        this.trail = trail;
        this.submitted = submitted;
        addClassName("submit-panel");
        report.getElement().setAttribute("aria-live", "assertive");
        Button submit = new Button("Submit return", e -> review());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H3("Submit"), new Paragraph("When every item is complete, submit the return: it goes to the"
                + " director for sign-off."), submit, report);
    }

    /** Shows the completeness summary: what is missing, or a confirmation when nothing is. */
    private void review() {
        Completeness c = context.sheets().completeness(context.returnId());
        List<ReturnChecks.Problem> unsaved = items.unsaved();
        boolean ready = c.complete() && unsaved.isEmpty();
        Dialog dialog = new Dialog();
        dialog.addClassName("submit-dialog");
        dialog.setHeaderTitle(ready ? "Submit the return?" : "Not ready to submit");
        dialog.add(new MissingItems(c, unsaved, items.focusOn(), dialog::close));
        // The return goes as it is stored: what a colleague (or the values feed) changed since is not on this page.
        List<String> unseen = trail.changedByOthersSince(context.returnId(), items.readAt(), context.user());
        if (!unseen.isEmpty()) {
            Paragraph changed = new Paragraph("Since you opened this return, someone else changed "
                    + String.join(", ", unseen) + ": reload the page to see what goes in before you submit it.");
            changed.addClassName("changed-since-opened");
            dialog.add(changed);
        }
        Button cancel = new Button(ready ? "Cancel" : "Close", e -> dialog.close());
        if (ready) {
            Button confirm = new Button("Confirm submission", e -> {
                dialog.close();
                submit();
            });
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.getFooter().add(cancel, confirm);
        } else {
            items.measures.values().forEach(MeasureEditor::showQueries);
            items.actions.values().forEach(KeyActionEditor::showProblems);
            dialog.getFooter().add(cancel);
        }
        report.removeAll();
        report.add(new Paragraph(ready ? "Complete: ready to submit."
                : "Not submitted yet: " + (c.problems().size() + unsaved.size()) + " to put right."));
        dialog.open();
    }

    private void submit() {
        if (!items.unsaved().isEmpty()) {
            review();
            return;
        }
        try {
            // the version this page shows: one sent back (or reopened) since was never corrected here
            workflow.submit(context.returnId(), context.sheet().serviceReturn().version(), context.user());
            submitted.run();
        } catch (ReturnNotReadyException ex) {
            review();
        } catch (NotAllowedException | IllegalStateException ex) {
            report.removeAll();
            report.add(new Paragraph("Not submitted: " + ex.getMessage()));
        }
    }
}
