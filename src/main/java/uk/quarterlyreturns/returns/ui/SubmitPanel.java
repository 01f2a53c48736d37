package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Map;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.returns.Completeness;
import uk.quarterlyreturns.returns.ReturnChecks;
import uk.quarterlyreturns.returns.ReturnNotReadyException;
import uk.quarterlyreturns.returns.ReturnWorkflow;

/**
 * Hands the return in. The checks run on what is saved; a dialog shows how complete the return is and
 * lists what is still missing, each with a button that takes the keyboard to its measure or key action,
 * and asks for confirmation only once nothing is missing.
 */
class SubmitPanel extends Section {

    private final ReturnContext context;
    private final ReturnWorkflow workflow;
    private final Map<String, MeasureEditor> editors;
    private final Map<String, KeyActionEditor> actionEditors;
    private final Runnable submitted;
    private final Div report = new Div();

    SubmitPanel(ReturnContext context, ReturnWorkflow workflow, Map<String, MeasureEditor> editors,
            Map<String, KeyActionEditor> actionEditors, Runnable submitted) {
        this.context = context;
        this.workflow = workflow;
        this.editors = editors;
        this.actionEditors = actionEditors;
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
        Dialog dialog = new Dialog();
        dialog.addClassName("submit-dialog");
        dialog.setHeaderTitle(c.complete() ? "Submit the return?" : "Not ready to submit");
        dialog.add(summary(c));
        Button cancel = new Button(c.complete() ? "Cancel" : "Close", e -> dialog.close());
        if (c.complete()) {
            Button confirm = new Button("Confirm submission", e -> {
                dialog.close();
                submit();
            });
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.getFooter().add(cancel, confirm);
        } else {
            editors.values().forEach(MeasureEditor::showQueries);
            actionEditors.values().forEach(KeyActionEditor::showProblems);
            dialog.add(new Paragraph(c.problems().size() + (c.problems().size() == 1 ? " item needs"
                    : " items need") + " attention."));
            list(dialog, c.problems(), ReturnChecks.Level.ERROR, "Errors: put these right (they block the return)");
            list(dialog, c.problems(), ReturnChecks.Level.QUERY, "Queries: give an explanation, or change the value");
            dialog.getFooter().add(cancel);
        }
        report.removeAll();
        report.add(new Paragraph(c.complete() ? "Complete: ready to submit."
                : "Not submitted yet: " + c.problems().size() + " to put right."));
        dialog.open();
    }

    private void submit() {
        try {
            workflow.submit(context.returnId(), context.user());
            submitted.run();
        } catch (ReturnNotReadyException ex) {
            review();
        } catch (NotAllowedException | IllegalStateException ex) {
            report.removeAll();
            report.add(new Paragraph("Not submitted: " + ex.getMessage()));
        }
    }

    static UnorderedList summary(Completeness c) {
        UnorderedList lines = new UnorderedList();
        lines.addClassName("completeness");
        c.lines().forEach(line -> lines.add(new ListItem(line)));
        return lines;
    }

    private void list(Dialog dialog, List<ReturnChecks.Problem> all, ReturnChecks.Level level, String title) {
        List<ReturnChecks.Problem> problems = all.stream().filter(p -> p.level() == level).toList();
        if (problems.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        for (ReturnChecks.Problem p : problems) {
            Runnable focus = focusOn(p.code());
            Button go = new Button("Go to " + p.code(), e -> {
                dialog.close();
                focus.run();
            });
            go.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            go.setVisible(focus != null);
            ListItem item = new ListItem(go, new Span(" " + p.code() + ": " + p.message()));
            item.addClassName("problem-" + p.level().name());
            list.add(item);
        }
        dialog.add(new H4(title + " (" + problems.size() + ")"), list);
    }

    private Runnable focusOn(String code) {
        if (editors.containsKey(code)) {
            return editors.get(code)::focusValue;
        }
        return actionEditors.containsKey(code) ? actionEditors.get(code)::focus : null;
    }
}
