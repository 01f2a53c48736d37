package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Function;
import uk.quarterlyreturns.returns.Completeness;
import uk.quarterlyreturns.returns.ReturnChecks;

/**
 * How complete a return is and, item by item, what is still missing, each with a button that takes the
 * keyboard to its measure or key action: the same words before submission and at sign-off.
 */
class MissingItems extends Div {

    private final Function<ReturnChecks.Problem, Runnable> focusOn;
    private final Runnable beforeGoing;

    /**
     * @param unsaved     the form's items whose fields show what is not saved (FormItems): they come first
     * @param focusOn     the way to the field a problem is about, or null when the form does not show its item
     * @param beforeGoing what to do before going to an item (close the dialog this list is in)
     */
    MissingItems(Completeness c, List<ReturnChecks.Problem> unsaved, Function<ReturnChecks.Problem, Runnable> focusOn,
            Runnable beforeGoing) {
        this.focusOn = focusOn;
        this.beforeGoing = beforeGoing;
        addClassName("missing-items");
        add(summary(c));
        list(unsaved, ReturnChecks.Level.ERROR, "Not saved: put these right first (the return goes as saved)");
        if (!c.complete()) {
            add(new Paragraph(c.problems().size() + (c.problems().size() == 1 ? " item needs" : " items need")
                    + " attention."));
            list(c.problems(), ReturnChecks.Level.ERROR, "Errors: put these right (they block the return)");
            list(c.problems(), ReturnChecks.Level.QUERY, "Queries: give an explanation, or change the value");
        }
    }

    static UnorderedList summary(Completeness c) {
        UnorderedList lines = new UnorderedList();
        lines.addClassName("completeness");
        c.lines().forEach(line -> lines.add(new ListItem(line)));
        return lines;
    }

    private void list(List<ReturnChecks.Problem> all, ReturnChecks.Level level, String title) {
        List<ReturnChecks.Problem> problems = all.stream().filter(p -> p.level() == level).toList();
        if (problems.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        for (ReturnChecks.Problem p : problems) {
            Runnable focus = focusOn.apply(p);
            Button go = new Button("Go to " + p.code(), e -> {
                beforeGoing.run();
                focus.run();
            });
            go.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            go.setVisible(focus != null);
            ListItem item = new ListItem(go, new Span(" " + p.code() + ": " + p.message()));
            item.addClassName("problem-" + p.level().name());
            list.add(item);
        }
        add(new H4(title + " (" + problems.size() + ")"), list);
    }
}
