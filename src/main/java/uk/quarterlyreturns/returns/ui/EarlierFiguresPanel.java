package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import java.util.Optional;
import uk.quarterlyreturns.returns.EarlierFigures;
import uk.quarterlyreturns.returns.EarlierFigures.Offered;

/**
 * "Provisional figures from earlier quarters": each still provisional in an accepted earlier return, confirmed final
 * or revised (a new figure and a reason) here, saved as typed; read only to whoever may not change the return now,
 * and once the return was accepted with it.
 */
class EarlierFiguresPanel extends Section {

    /** The panel, when the return offers any earlier figure; its figures join the form's items. */
    static Optional<EarlierFiguresPanel> of(ReturnContext context, EarlierFigures earlier, FormItems items) {
        List<Offered> offered = earlier.forReturn(context.returnId());
        return offered.isEmpty() ? Optional.empty()
                : Optional.of(new EarlierFiguresPanel(context, earlier, offered, items));
    }

    private EarlierFiguresPanel(ReturnContext context, EarlierFigures earlier, List<Offered> offered,
            FormItems items) {
        addClassName("earlier-figures");
        H3 heading = new H3("Provisional figures from earlier quarters");
        heading.setId("earlier-figures");
        getElement().setAttribute("aria-labelledby", "earlier-figures");
        add(heading, new Paragraph("These figures were reported provisional. Say whether each is final as it stands"
                + " or give the final figure and why it changed. The earlier figure changes once this return is"
                + " accepted."));
        for (Offered o : offered) {
            EarlierFigure figure = new EarlierFigure(context, earlier, o, () -> items.earlierFigureSaved(o.measure()));
            items.earlierFigures.put(o.measure().code() + " " + o.period(), figure);
            add(figure);
        }
    }
}
