package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import uk.quarterlyreturns.returns.ReturnChecks;
import uk.quarterlyreturns.returns.ReturnNotReadyException;
import uk.quarterlyreturns.returns.ReturnWorkflow;

/**
 * Hands the return in. The checks run on what is saved: errors block it, queries need an explanation;
 * each problem is listed with a button that takes the keyboard to its measure.
 */
class SubmitPanel extends Section {

    private final Map<String, MeasureEditor> editors;
    private final Div report = new Div();

    SubmitPanel(ReturnContext context, ReturnWorkflow workflow, Map<String, MeasureEditor> editors,
            Runnable submitted) {
        this.editors = editors;
        addClassName("submit-panel");
        report.getElement().setAttribute("aria-live", "assertive");
        Button submit = new Button("Submit return", e -> {
            try {
                workflow.submit(context.returnId(), context.user());
                submitted.run();
            } catch (ReturnNotReadyException ex) {
                show(ex.problems());
            } catch (NotAllowedException | IllegalStateException ex) {
                report.removeAll();
                report.add(new Paragraph("Not submitted: " + ex.getMessage()));
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H3("Submit"), new Paragraph("When every figure is in, submit the return: it goes to the director"
                + " for sign-off."), submit, report);
    }

    private void show(List<ReturnChecks.Problem> problems) {
        editors.values().forEach(MeasureEditor::showQueries);
        report.removeAll();
        List<ReturnChecks.Problem> errors = problems.stream().filter(p -> p.level() == ReturnChecks.Level.ERROR)
                .toList();
        List<ReturnChecks.Problem> queries = problems.stream().filter(p -> p.level() == ReturnChecks.Level.QUERY)
                .toList();
        report.add(new Paragraph("Not submitted yet: " + problems.size() + (problems.size() == 1 ? " item needs"
                : " items need") + " attention."));
        list(errors, "Errors: put these right (they block the return)");
        list(queries, "Queries: give an explanation, or change the value");
    }

    private void list(List<ReturnChecks.Problem> problems, String title) {
        if (problems.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        for (ReturnChecks.Problem p : problems) {
            MeasureEditor editor = editors.get(p.code());
            Button go = new Button("Go to " + p.code(), e -> editor.focusValue());
            go.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            go.setVisible(editor != null);
            ListItem item = new ListItem(go, new Span(" " + p.code() + ": " + p.message()));
            item.addClassName("problem-" + p.level().name());
            list.add(item);
        }
        report.add(new H4(title + " (" + problems.size() + ")"), list);
    }
}
