package uk.quarterlyreturns.framework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import uk.quarterlyreturns.base.ui.Finding;
import uk.quarterlyreturns.framework.Measure;
import uk.quarterlyreturns.framework.Polarity;
import uk.quarterlyreturns.framework.RagScheme;
import uk.quarterlyreturns.framework.io.FrameworkRow;

/**
 * The year's measures as the framework screen lists them, narrowed by directorate, service, theme and RAG scheme,
 * with how many are listed; the screen places the filter boxes in its toolbar.
 */
final class MeasureList {

    private final Grid<Measure> grid = new Grid<>(Measure.class, false);
    private final ComboBox<String> directorate = filter("Directorate", "18em");
    private final ComboBox<String> service = filter("Service", "18em");
    private final ComboBox<String> theme = filter("Theme", "14em");
    private final ComboBox<RagScheme> scheme = new ComboBox<>("RAG scheme", RagScheme.values());
    private final Paragraph listed = new Paragraph();
    private int yearMeasures;

    /** @param edit opens a measure's form, from its Edit button or a double click on its row */
    MeasureList(Consumer<FrameworkRow> edit) {
        scheme.setClearButtonVisible(true);
        scheme.setItemLabelGenerator(RagScheme::words);
        scheme.addValueChangeListener(e -> applyFilters());

        grid.addColumn(m -> m.code()).setHeader("Ref").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Measure::title).setHeader("Measure").setFlexGrow(4);
        grid.addColumn(m -> m.definition().service()).setHeader("Service").setSortable(true);
        grid.addColumn(m -> m.definition().theme()).setHeader("Theme").setSortable(true);
        grid.addColumn(m -> m.definition().unit().written()).setHeader("Unit");
        grid.addColumn(m -> m.definition().polarity() == Polarity.HIGHER_IS_BETTER
                ? "Higher is better" : "Lower is better").setHeader("Polarity");
        grid.addColumn(m -> targetText(m.definition())).setHeader("Target");
        grid.addColumn(m -> m.definition().ragScheme().words()).setHeader("RAG scheme");
        grid.addColumn(m -> figures(m)).setHeader("Figures").setKey("inArrears");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Measures");
        grid.addItemDoubleClickListener(e -> edit.accept(e.getItem().definition()));
        grid.addComponentColumn(m -> new Button("Edit", click -> edit.accept(m.definition())))
                .setHeader("").setKey("edit").setAutoWidth(true).setFlexGrow(0);

        listed.addClassName("listed-count");
    }

    /** The filter boxes, in the toolbar's order. */
    List<Component> filters() {
        return List.of(directorate, service, theme, scheme);
    }

    /** How many measures are listed, of how many. */
    Paragraph count() {
        return listed;
    }

    Grid<Measure> grid() {
        return grid;
    }

    void show(List<Measure> items) {
        grid.setItems(items);
        yearMeasures = items.size();
        // the filter chosen stays, after a measure is saved too: the list is what the boxes say
        Finding.choose(directorate, distinct(items, r -> r.directorate()).stream(), directorate.getValue());
        Finding.choose(service, distinct(items, r -> r.service()).stream(), service.getValue());
        Finding.choose(theme, distinct(items, r -> r.theme()).stream(), theme.getValue());
        applyFilters();
    }

    private void applyFilters() {
        grid.getListDataView().setFilter(m -> matches(directorate.getValue(), m.definition().directorate())
                && matches(service.getValue(), m.definition().service())
                && matches(theme.getValue(), m.definition().theme())
                && (scheme.getValue() == null || scheme.getValue() == m.definition().ragScheme()));
        int all = yearMeasures;
        boolean filtered = Stream.of(directorate, service, theme, scheme).anyMatch(box -> box.getValue() != null);
        listed.setText(Finding.listed(grid.getListDataView().getItemCount(), all, filtered, "measure", "measures"));
    }

    /** A filter box wide enough to show the name chosen in it in full, beside its clear button. */
    private ComboBox<String> filter(String label, String width) {
        ComboBox<String> box = new ComboBox<>(label);
        box.setClearButtonVisible(true);
        box.setWidth(width);
        box.addValueChangeListener(e -> applyFilters());
        return box;
    }

    private static boolean matches(String wanted, String actual) {
        return wanted == null || Objects.equals(wanted, actual);
    }

    private static List<String> distinct(List<Measure> items, Function<FrameworkRow, String> f) {
        return items.stream().map(m -> f.apply(m.definition())).distinct().sorted().toList();
    }

    static String targetText(FrameworkRow row) {
        return switch (row.target().kind()) {
            case VALUE -> row.target().value().toPlainString();
            case NO_TARGET -> "No target";
            case TBA -> "TBA";
        };
    }

    /** As {@link #figures(FrameworkRow)}, and from which quarter when added mid-year. */
    static String figures(Measure measure) {
        String rest = figures(measure.definition());
        if (measure.reportedFrom() == null) {
            return rest;
        }
        String from = "Reported from Q" + measure.reportedFrom();
        return rest.isEmpty() ? from : from + "; " + Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    }

    /** How its figures are collected: a quarter in arrears, and until which quarter when retired mid-year. */
    static String figures(FrameworkRow measure) {
        String arrears = measure.inArrears() ? "A quarter in arrears" : "";
        if (measure.reportedUntil() == null) {
            return arrears;
        }
        String until = "eported until Q" + measure.reportedUntil();
        return arrears.isEmpty() ? "R" + until : arrears + "; r" + until;
    }
}
