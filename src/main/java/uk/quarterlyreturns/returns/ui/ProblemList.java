package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import uk.quarterlyreturns.returns.ReturnChecks;

/** A measure's problems as submitting would report them; each starts with its level in words. */
class ProblemList extends UnorderedList {

    ProblemList() {
        addClassName("problems");
        setVisible(false);
    }

    void show(List<ReturnChecks.Problem> problems) {
        removeAll();
        for (ReturnChecks.Problem p : problems) {
            ListItem item = new ListItem(words(p.level()) + ": " + p.message());
            item.addClassName("problem-" + p.level().name());
            add(item);
        }
        setVisible(!problems.isEmpty());
    }

    static String words(ReturnChecks.Level level) {
        return level == ReturnChecks.Level.ERROR ? "Error" : "Query";
    }
}
