package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import uk.quarterlyreturns.base.ui.Grids;
import uk.quarterlyreturns.framework.ui.RagBadge;
import uk.quarterlyreturns.returns.ReviewItem;

/**
 * A return's measures and key actions, one row each, for the quality check: exceptions only at first (the
 * items that deserve a look), or every item; each row opens in full, where it can be challenged.
 */
class ReviewGrid extends Div {

    static final String EXCEPTIONS = "Exceptions only";
    static final String ALL = "All items";
    private static final String HIDDEN_COLUMNS = "review-grid-hidden-columns";

    private final List<ReviewItem> items;
    private final Grid<ReviewItem> grid = new Grid<>();
    private GridListDataView<ReviewItem> view;
    private final RadioButtonGroup<String> show = new RadioButtonGroup<>("Show");
    private final Span count = new Span();

    /** @param evidence a measure's evidence cell: its count of files, to open and download */
    ReviewGrid(List<ReviewItem> loaded, Consumer<ReviewItem> open,
            SerializableFunction<ReviewItem, Component> evidence) {
        addClassName("review-grid");
        // Full width: the grid scrolls its own columns sideways (the item column stays), not the page; a person may
        // hide columns so that it need not.
        setWidthFull();
        grid.setWidthFull();
        items = new ArrayList<>(loaded);
        grid.setAriaLabel("Items to check");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES); // its cells wrap as every grid's do (the theme)
        text("Item", "item", ReviewCells::item).setWidth("16rem").setFlexGrow(2).setFrozen(true);
        // wide enough for "(provisional)" whole beneath a figure: the word is not cut to "(provisio…"
        text("Value", "value", ReviewCells::value).setWidth("9rem").setTextAlign(ColumnTextAlign.END)
                .setTooltipGenerator(ReviewCells::valueInFull);
        text("Target", "target", ReviewCells::target).setWidth("7rem").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(new ComponentRenderer<>(i -> new RagBadge(i.rag()))).setHeader("RAG").setKey("rag")
                .setAutoWidth(true).setFlexGrow(0);
        text("Direction of travel", "direction", ReviewCells::direction).setWidth("9rem");
        text("Change since last quarter", "change", ReviewCells::change).setWidth("9rem");
        text("Query", "query", i -> ReviewCells.shortened(ReviewCells.query(i))).setWidth("12rem")
                .setTooltipGenerator(ReviewCells::query);
        text("Narrative", "narrative", i -> ReviewCells.shortened(ReviewCells.narrative(i))).setWidth("18rem")
                .setFlexGrow(3)
                .setTooltipGenerator(ReviewCells::narrative);
        text("Challenge", "challenge", i -> ReviewCells.shortened(ReviewCells.challenge(i))).setWidth("14rem")
                .setFlexGrow(2)
                .setTooltipGenerator(ReviewCells::challenge);
        text("Why shown", "flags", ReviewCells::flags).setWidth("10rem");
        grid.addColumn(new ComponentRenderer<>(evidence)).setHeader("Evidence").setKey("evidence").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(i -> {
            Button review = new Button("Open", e -> open.accept(i));
            review.addThemeVariants(ButtonVariant.LUMO_SMALL);
            review.setAriaLabel("Open " + i.code() + " in full, with its challenges");
            return review;
        // frozen at the right as the item is at the left: the grid scrolls sideways, and Open stays in reach
        })).setHeader("Details").setKey("open").setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.addItemDoubleClickListener(e -> open.accept(e.getItem()));
        view = grid.setItems(items);
        Grids.fitRows(grid, items.size());
        show.setItems(EXCEPTIONS, ALL);
        show.setValue(EXCEPTIONS);
        show.setHelperText("Exceptions: Amber or worse, missing, queries, RAG overrides, changes since the last"
                + " version, and challenged items");
        show.addValueChangeListener(e -> filter());
        count.addClassName("review-count");
        count.getElement().setAttribute("aria-live", "polite");
        add(show, count, columnChooser(), grid);
        filter();
    }

    /**
     * Columns a person may hide, so that the grid fits a narrower screen without scrolling sideways; the choice holds
     * for every return they check until they sign out. The item and its Open button are always shown.
     */
    private MenuBar columnChooser() {
        Set<String> hidden = hiddenColumns();
        MenuBar chooser = new MenuBar();
        chooser.addClassName("review-columns");
        chooser.addThemeVariants(MenuBarVariant.LUMO_SMALL, MenuBarVariant.LUMO_TERTIARY);
        MenuItem columns = chooser.addItem("Columns");
        columns.setAriaLabel("Columns shown in the grid");
        for (Grid.Column<ReviewItem> column : grid.getColumns()) {
            String key = column.getKey();
            if (key.equals("item") || key.equals("open")) {
                continue;
            }
            column.setVisible(!hidden.contains(key));
            MenuItem choice = columns.getSubMenu().addItem(column.getHeaderText());
            choice.setCheckable(true);
            choice.setChecked(column.isVisible());
            choice.addClickListener(e -> {
                column.setVisible(choice.isChecked());
                if (choice.isChecked()) {
                    hidden.remove(key);
                } else {
                    hidden.add(key);
                }
            });
        }
        return chooser;
    }

    /** The columns this person has hidden, kept in their session. */
    @SuppressWarnings("unchecked")
    private static Set<String> hiddenColumns() {
        VaadinSession session = VaadinSession.getCurrent();
        Object kept = session.getAttribute(HIDDEN_COLUMNS);
        if (kept == null) {
            kept = new HashSet<String>();
            session.setAttribute(HIDDEN_COLUMNS, kept);
        }
        return (Set<String>) kept;
    }

    /** The items read again (after a challenge or an answer), keeping the filter. */
    void replace(List<ReviewItem> fresh) {
        items.clear();
        items.addAll(fresh);
        view = grid.setItems(items);
        filter();
    }

    Grid<ReviewItem> grid() {
        return grid;
    }

    RadioButtonGroup<String> show() {
        return show;
    }

    private void filter() {
        if (EXCEPTIONS.equals(show.getValue())) {
            view.setFilter(ReviewItem::isException);
            grid.setEmptyStateText("No exceptions: nothing is Amber or worse, missing, queried, overridden, changed or"
                    + " challenged. Choose All items to see every item.");
        } else {
            grid.setEmptyStateText("This return has no measures or key actions due this quarter.");
            view.removeFilters();
        }
        long shown = items.stream().filter(i -> ALL.equals(show.getValue()) || i.isException()).count();
        count.setText(shown + " of " + items.size() + " items shown");
    }

    private Grid.Column<ReviewItem> text(String header, String key, ValueProvider<ReviewItem, String> value) {
        return grid.addColumn(value).setHeader(header).setKey(key).setResizable(true).setAutoWidth(false);
    }
}
