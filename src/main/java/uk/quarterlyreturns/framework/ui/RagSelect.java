package uk.quarterlyreturns.framework.ui;

import com.vaadin.flow.component.select.Select;
import java.util.List;
import uk.quarterlyreturns.framework.Rag;

/** A choice of rating on the five-point scale, by its words, with an empty choice named for its meaning. */
public final class RagSelect {

    public static final List<Rag> RATINGS = List.of(Rag.GREEN, Rag.AMBER_GREEN, Rag.AMBER, Rag.RED_AMBER, Rag.RED);

    private RagSelect() {
    }

    public static Select<Rag> of(String label, String emptyCaption) {
        Select<Rag> select = new Select<>();
        select.setLabel(label);
        select.setItems(RATINGS);
        select.setItemLabelGenerator(r -> r == null ? "" : r.label());
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(emptyCaption);
        return select;
    }
}
