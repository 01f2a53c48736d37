package uk.quarterlyreturns.framework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import uk.quarterlyreturns.base.ui.Finding;
import uk.quarterlyreturns.framework.BandEdges;
import uk.quarterlyreturns.framework.BandEdgesChange;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import uk.quarterlyreturns.base.api.MediaTypes;
import uk.quarterlyreturns.base.ui.Confirmations;
import uk.quarterlyreturns.base.ui.CurrentUser;
import uk.quarterlyreturns.base.ui.Downloads;
import uk.quarterlyreturns.framework.DirectorateContinuations;
import uk.quarterlyreturns.framework.FigureImport;
import uk.quarterlyreturns.framework.FrameworkEdit;
import uk.quarterlyreturns.framework.FrameworkExport;
import uk.quarterlyreturns.framework.FrameworkHistoryReader;
import uk.quarterlyreturns.framework.FrameworkWay;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.FrameworkRemoval;
import uk.quarterlyreturns.framework.KeyActionRepository;
import uk.quarterlyreturns.framework.Measure;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.framework.RagScheme;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.framework.YearRollover;
import uk.quarterlyreturns.framework.YearStructure;
import uk.quarterlyreturns.framework.io.FrameworkRow;

/** The year's measures: filter, import a framework file (previewed first), export it again. */
@Route("framework")
@PageTitle("Framework | Quarterly Returns")
@Menu(order = 5, title = "Framework")
@RolesAllowed({"PERFORMANCE_TEAM", "ADMIN"})
public class FrameworkView extends VerticalLayout {

    private final MeasureRepository measures;
    private final FrameworkExport export;
    private final FrameworkImport imports;
    private final FrameworkRemoval removal;
    private final CurrentUser user;
    private final FrameworkHistoryReader history;
    private final Grid<Measure> grid = new Grid<>(Measure.class, false);
    private final Select<ReportingYear> year = new Select<>();
    private final ComboBox<String> directorate = filter("Directorate");
    private final ComboBox<String> service = filter("Service");
    private final ComboBox<String> theme = filter("Theme");
    private final ComboBox<RagScheme> scheme = new ComboBox<>("RAG scheme", RagScheme.values());
    private final HorizontalLayout downloads = new HorizontalLayout();
    private final Paragraph listed = new Paragraph();
    private int yearMeasures;
    private final TextField bandEdges = new TextField("Band edges");
    private final YearStructurePanel structure;
    private final KeyActionsPanel keyActions;
    /** A new council's first visit: what to import, in the order the files can go in; gone once a year is shown. */
    private final Paragraph noFramework = new Paragraph("No framework yet. Begin with \"Import a file…\": the"
            + " year's measures first (they create its directorates and services), then its key actions and the"
            + " earlier years' history.");

    public FrameworkView(YearRepository years, MeasureRepository measures, FrameworkExport export,
            FrameworkImport imports, YearStructure yearStructure, YearRollover rollover, FrameworkRemoval removal,
            KeyActionRepository actions, FigureImport figures, BandEdgesChange bandEdgesChange, CurrentUser user,
            DirectorateContinuations continuations, Organisation organisation, FrameworkHistoryReader history) {
        this.history = history;
        this.measures = measures;
        this.removal = removal;
        this.user = user;
        this.structure = new YearStructurePanel(yearStructure, continuations, organisation, user.username());
        this.keyActions = new KeyActionsPanel(actions, removal, user.username());
        this.export = export;
        this.imports = imports;
        setSizeFull();

        year.setLabel("Reporting year");
        year.setItemLabelGenerator(ReportingYear::display);
        year.setItems(years.all());
        year.addValueChangeListener(e -> load());
        scheme.setClearButtonVisible(true);
        scheme.setItemLabelGenerator(RagScheme::words);
        scheme.addValueChangeListener(e -> applyFilters());

        Button importButton = new Button("Import a file…", e -> new FrameworkImportDialog(imports, figures, years,
                year.getValue(), user.username(), label -> {
                    year.setItems(years.all());
                    year.setValue(years.find(label).orElseThrow());
                }).open());
        Button newMeasure = new Button("New measure…", e -> edit(null));
        Button rolloverButton = new Button("Roll over to next year…", e -> {
            if (year.getValue() != null) {
                new RolloverDialog(rollover, year.getValue(), user.username(), label -> {
                    year.setItems(years.all());
                    year.setValue(years.find(label).orElseThrow());
                }).open();
            }
        });
        bandEdges.setHelperText("Five-point RAG: shortfall % edges e1;e2;e3");
        Button saveEdges = new Button("Save edges", e -> saveBandEdges(bandEdgesChange));
        Button changes = new Button("History…", e -> {
            if (year.getValue() != null) {
                new FrameworkHistoryDialog(history, year.getValue(), user.username()).open();
            }
        });
        HorizontalLayout toolbar = new HorizontalLayout(year, directorate, service, theme, scheme, newMeasure,
                importButton, rolloverButton, changes, downloads, bandEdges, saveEdges);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        grid.addColumn(m -> m.code()).setHeader("Ref").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Measure::title).setHeader("Measure").setFlexGrow(4);
        grid.addColumn(m -> m.definition().service()).setHeader("Service").setSortable(true);
        grid.addColumn(m -> m.definition().theme()).setHeader("Theme").setSortable(true);
        grid.addColumn(m -> m.definition().unit().written()).setHeader("Unit");
        grid.addColumn(m -> m.definition().polarity() == uk.quarterlyreturns.framework.Polarity.HIGHER_IS_BETTER
                ? "Higher is better" : "Lower is better").setHeader("Polarity");
        grid.addColumn(m -> targetText(m.definition())).setHeader("Target");
        grid.addColumn(m -> m.definition().ragScheme().words()).setHeader("RAG scheme");
        grid.addColumn(m -> m.definition().inArrears() ? "A quarter in arrears" : "").setHeader("Figures")
                .setKey("inArrears");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Measures");
        grid.addItemDoubleClickListener(e -> edit(e.getItem().definition()));
        grid.addComponentColumn(m -> new Button("Edit", click -> edit(m.definition())))
                .setHeader("").setKey("edit").setAutoWidth(true).setFlexGrow(0);

        listed.addClassName("listed-count");
        add(new H2("Framework"), toolbar, structure, keyActions, listed, grid);
        if (!years.all().isEmpty()) {
            year.setValue(years.all().get(0));
        } else {
            addComponentAtIndex(2, noFramework); // under the toolbar, above the empty grid
        }
    }

    /**
     * The year's five-point edges: checked as BandEdges does, nothing saved if they are not rising, and saved only
     * once confirmed, as they re-rate the year's five-point figures; refused once a report of the year is published.
     */
    private void saveBandEdges(BandEdgesChange change) {
        ReportingYear selected = year.getValue();
        if (selected == null) {
            return;
        }
        BandEdges edges;
        try {
            edges = BandEdges.parse(bandEdges.getValue());
        } catch (IllegalArgumentException e) {
            bandEdges.setInvalid(true);
            bandEdges.setErrorMessage(e.getMessage());
            return;
        }
        Optional<String> refusal = change.refusal(selected);
        bandEdges.setInvalid(refusal.isPresent());
        if (refusal.isPresent()) {
            bandEdges.setErrorMessage(refusal.get());
            return;
        }
        int reRated = change.measuresReRated(selected);
        Confirmations.ask("Change the band edges?", "The " + selected.display() + " band edges become " + edges
                + ". This re-rates " + reRated + (reRated == 1 ? " five-point measure" : " five-point measures")
                + " with recorded figures in every quarter of the year.", "Change the edges", () -> {
                    try {
                        change.save(selected, edges, new FrameworkEdit(user.username(), FrameworkWay.SCREEN, null));
                        Notification.show("Band edges for " + selected.display() + " are now " + edges);
                    } catch (IllegalStateException refused) {
                        bandEdges.setInvalid(true);
                        bandEdges.setErrorMessage(refused.getMessage());
                    }
                });
    }

    /** Opens the measure as stored now, not as the list read it: the form's save is refused if it changes after. */
    private void edit(FrameworkRow row) {
        ReportingYear selected = year.getValue();
        if (selected == null) {
            return;
        }
        FrameworkRow now = row == null ? null
                : measures.find(selected.id(), row.code()).map(Measure::definition).orElse(null);
        if (row != null && now == null) {
            Notification.show(row.code() + " is no longer in " + selected.display());
            load();
            return;
        }
        MeasureEditor editor = new MeasureEditor(imports, removal, user.username(), selected, now, this::load);
        if (now != null) {
            editor.showChanges(history.ofItem(selected, now.code(), user.username()));
        }
        editor.open();
    }

    private void load() {
        ReportingYear selected = year.getValue();
        if (selected == null) {
            return;
        }
        noFramework.setVisible(false);
        bandEdges.setValue(selected.bandEdges().toString());
        structure.show(selected);
        keyActions.show(selected);
        var items = measures.forYear(selected.id());
        grid.setItems(items);
        yearMeasures = items.size();
        // the filter chosen stays, after a measure is saved too: the list is what the boxes say
        Finding.choose(directorate, distinct(items, r -> r.directorate()).stream(), directorate.getValue());
        Finding.choose(service, distinct(items, r -> r.service()).stream(), service.getValue());
        Finding.choose(theme, distinct(items, r -> r.theme()).stream(), theme.getValue());
        applyFilters();
        downloads.removeAll();
        downloads.add(download(selected, "csv"), download(selected, "xlsx"));
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


    private Anchor download(ReportingYear selected, String format) {
        boolean xlsx = format.equals("xlsx");
        return Downloads.link("Export " + format.toUpperCase(), "framework-" + selected.label() + "." + format,
                xlsx ? MediaTypes.XLSX : MediaTypes.CSV, () -> xlsx ? export.xlsx(selected) : export.csv(selected));
    }

    private ComboBox<String> filter(String label) {
        ComboBox<String> box = new ComboBox<>(label);
        box.setClearButtonVisible(true);
        box.addValueChangeListener(e -> applyFilters());
        return box;
    }

    private static boolean matches(String wanted, String actual) {
        return wanted == null || Objects.equals(wanted, actual);
    }

    private static java.util.List<String> distinct(java.util.List<Measure> items, Function<FrameworkRow, String> f) {
        return items.stream().map(m -> f.apply(m.definition())).distinct().sorted().toList();
    }

    static String targetText(FrameworkRow row) {
        return switch (row.target().kind()) {
            case VALUE -> row.target().value().toPlainString();
            case NO_TARGET -> "No target";
            case TBA -> "TBA";
        };
    }
}
