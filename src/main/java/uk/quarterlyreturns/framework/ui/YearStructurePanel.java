package uk.quarterlyreturns.framework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.stream.Collectors;
import uk.quarterlyreturns.framework.DirectorateContinuations;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearStructure;
import uk.quarterlyreturns.framework.YearStructure.PlacedService;

/**
 * The year's directorates and services, as that year's framework placed them, with who signs off each
 * service's return. A service with measures or key actions and nobody to sign off is named in a warning: its cycle
 * cannot open until it has a director, and a return a restructure gave it in an open quarter waits at sign-off. A directorate renamed in a restructure is said to continue as the new one.
 */
class YearStructurePanel extends VerticalLayout {

    private final YearStructure structure;
    private final Grid<PlacedService> grid = new Grid<>(PlacedService.class, false);
    private final Paragraph warning = new Paragraph();
    private final Details details;
    private final DirectorateContinuations continuations;
    private final Organisation organisation;
    private final String by;
    private final Paragraph continued = new Paragraph();
    private final Button continues = new Button("A directorate continues as…");
    private ReportingYear year;

    YearStructurePanel(YearStructure structure, DirectorateContinuations continuations, Organisation organisation,
            String by) {
        this.structure = structure;
        this.continuations = continuations;
        this.organisation = organisation;
        this.by = by;
        setPadding(false);
        grid.addColumn(PlacedService::directorate).setHeader("Directorate").setSortable(true);
        grid.addColumn(PlacedService::name).setHeader("Service").setSortable(true);
        grid.addColumn(s -> s.serviceCode() == null ? "" : s.serviceCode()).setHeader("Service code");
        grid.addColumn(PlacedService::measures).setHeader("Measures");
        grid.addColumn(PlacedService::keyActions).setHeader("Key actions");
        grid.addColumn(s -> s.directors().isEmpty() ? (s.lacksDirector() ? "None: nobody can sign off" : "None")
                : String.join(", ", s.directors())).setHeader("Signs off");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Directorates and services of the year");
        warning.addClassName("structure-warning");
        warning.getElement().setAttribute("role", "alert");
        continues.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        continues.addClickListener(e -> openContinuation());
        details = new Details("Directorates and services", new VerticalLayout(grid, continued, continues));
        add(warning, details);
    }

    void show(ReportingYear year) {
        this.year = year;
        List<PlacedService> services = structure.services(year.id());
        grid.setItems(services);
        long directorates = services.stream().map(PlacedService::directorate).distinct().count();
        details.setSummaryText("Directorates and services in " + year.display() + " (" + directorates
                + (directorates == 1 ? " directorate, " : " directorates, ") + services.size()
                + (services.size() == 1 ? " service)" : " services)"));
        List<String> lacking = services.stream().filter(PlacedService::lacksDirector).map(PlacedService::name).toList();
        warning.setVisible(!lacking.isEmpty());
        warning.setText(lacking.isEmpty() ? "" : "No service director for " + String.join(", ", lacking)
                + ": nobody could sign off their return. Until each has a director (or a deputy), a cycle for "
                + year.display() + " cannot open, and a return already issued to one of them cannot be signed off.");
        continued.setText(continuations.ofYear(year.id()).stream().map(c -> c.directorate() + " continues as "
                + c.continuesAs() + (c.applied() ? "" : " (its strategic directors move when the year begins)"))
                .collect(Collectors.joining("; ")));
    }

    private void openContinuation() {
        // a directorate holding only services a restructure emptied is one the year no longer has
        List<String> ofYear = continuations.directorates(year);
        List<String> gone = organisation.directorates().stream().map(Organisation.Directorate::name)
                .filter(d -> !ofYear.contains(d)).toList();
        new ContinuationDialog(year, gone, ofYear, continuations, by, () -> show(year)).open();
    }
}
