package uk.quarterlyreturns.framework.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import uk.quarterlyreturns.framework.FrameworkEvent;
import uk.quarterlyreturns.framework.FrameworkHistoryReader;

/** Changes of a year's framework as a grid, newest first: when, who, way, code, what, from, to, reason. */
final class FrameworkChanges {

    private FrameworkChanges() {
    }

    static Grid<FrameworkEvent> grid() {
        Grid<FrameworkEvent> grid = new Grid<>(FrameworkEvent.class, false);
        grid.addColumn(e -> FrameworkHistoryReader.WHEN.format(e.at())).setHeader("When").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(FrameworkEvent::by).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.way().words()).setHeader("Way").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.code().isEmpty() ? e.kind().words() : e.code()).setHeader("Ref").setKey("code")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(FrameworkEvent::what).setHeader("What").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(FrameworkEvent::from).setHeader("From").setFlexGrow(1);
        grid.addColumn(FrameworkEvent::to).setHeader("To").setFlexGrow(1);
        grid.addColumn(FrameworkEvent::reason).setHeader("Reason").setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Changes to the framework");
        return grid;
    }

    /** A closed section listing the changes, for a form that shows one item's own. */
    static Details details(String summary, List<FrameworkEvent> changes) {
        if (changes.isEmpty()) {
            return new Details(summary, new Paragraph("No change recorded yet."));
        }
        Grid<FrameworkEvent> grid = grid();
        grid.setItems(changes);
        grid.setHeight("240px");
        return new Details(summary, grid);
    }
}
