package uk.quarterlyreturns.framework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import uk.quarterlyreturns.base.api.MediaTypes;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.ui.CurrentUser;
import uk.quarterlyreturns.base.ui.Downloads;
import uk.quarterlyreturns.framework.BandEdgesChange;
import uk.quarterlyreturns.framework.DirectorateContinuations;
import uk.quarterlyreturns.framework.FigureImport;
import uk.quarterlyreturns.framework.FrameworkExport;
import uk.quarterlyreturns.framework.FrameworkHistoryReader;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.FrameworkRemoval;
import uk.quarterlyreturns.framework.KeyActionRepository;
import uk.quarterlyreturns.framework.Measure;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.Organisation;
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
    private final Select<ReportingYear> year = new Select<>();
    private final MeasureList list = new MeasureList(this::edit);
    private final HorizontalLayout downloads = new HorizontalLayout();
    private final BandEdgesSetting bandEdges;
    private final YearStructurePanel structure;
    private final KeyActionsPanel keyActions;
    /** A new council's first visit: what to import, in the order the files can go in; gone once a year is shown. */
    private final Paragraph noFramework = new Paragraph("No framework yet. Begin with \"Import a file…\": the"
            + " year's measures first (they create its directorates and services), then its key actions and the"
            + " earlier years' history.");

    public FrameworkView(YearRepository years, MeasureRepository measures, FrameworkExport export,
            FrameworkImport imports, YearStructure yearStructure, YearRollover rollover, FrameworkRemoval removal,
            KeyActionRepository actions, FigureImport figures, BandEdgesChange bandEdgesChange, CurrentUser user,
            DirectorateContinuations continuations, Organisation organisation, FrameworkHistoryReader history,
            Clock clock) {
        this.history = history;
        this.measures = measures;
        this.removal = removal;
        this.user = user;
        this.structure = new YearStructurePanel(yearStructure, continuations, organisation, user.username());
        this.keyActions = new KeyActionsPanel(actions, removal, export, user.username());
        this.bandEdges = new BandEdgesSetting(bandEdgesChange, year::getValue, user);
        this.export = export;
        this.imports = imports;
        setSizeFull();

        year.setLabel("Reporting year");
        year.setItemLabelGenerator(ReportingYear::display);
        year.setItems(years.all());
        year.addValueChangeListener(e -> load());

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
        Button changes = new Button("History…", e -> {
            if (year.getValue() != null) {
                new FrameworkHistoryDialog(history, year.getValue(), user.username()).open();
            }
        });
        HorizontalLayout toolbar = new HorizontalLayout(year);
        list.filters().forEach(toolbar::add);
        toolbar.add(newMeasure, importButton, rolloverButton, changes, downloads);
        bandEdges.components().forEach(toolbar::add);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        add(new H2("Framework"), toolbar, structure, keyActions, list.count(), list.grid());
        ReportingYear.current(years.all(), LocalDate.now(clock.withZone(LondonTime.ZONE))).ifPresentOrElse(
                year::setValue,
                () -> addComponentAtIndex(2, noFramework)); // under the toolbar, above the empty grid
    }

    /** Opens the measure as stored now, not as the list read it: the form's save is refused if it changes after. */
    private void edit(FrameworkRow row) {
        ReportingYear selected = year.getValue();
        if (selected == null) {
            return;
        }
        Measure stored = row == null ? null : measures.find(selected.id(), row.code()).orElse(null);
        FrameworkRow now = stored == null ? null : stored.definition();
        if (row != null && now == null) {
            Notification.show(row.code() + " is no longer in " + selected.display());
            load();
            return;
        }
        MeasureEditor editor = new MeasureEditor(imports, removal, user.username(), selected, now,
                stored == null ? null : stored.reportedFrom(), this::load);
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
        bandEdges.show(selected);
        structure.show(selected);
        keyActions.show(selected);
        list.show(measures.forYear(selected.id()));
        downloads.removeAll();
        downloads.add(download(selected, "csv"), download(selected, "xlsx"));
    }

    private Anchor download(ReportingYear selected, String format) {
        boolean xlsx = format.equals("xlsx");
        return Downloads.link("Export " + format.toUpperCase(), "framework-" + selected.label() + "." + format,
                xlsx ? MediaTypes.XLSX : MediaTypes.CSV, () -> xlsx ? export.xlsx(selected) : export.csv(selected));
    }
}
