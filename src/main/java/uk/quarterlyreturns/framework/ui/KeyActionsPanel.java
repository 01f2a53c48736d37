package uk.quarterlyreturns.framework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import uk.quarterlyreturns.base.api.MediaTypes;
import uk.quarterlyreturns.base.ui.Confirmations;
import uk.quarterlyreturns.base.ui.Downloads;
import uk.quarterlyreturns.framework.FrameworkEdit;
import uk.quarterlyreturns.framework.FrameworkExport;
import uk.quarterlyreturns.framework.FrameworkRemoval;
import uk.quarterlyreturns.framework.FrameworkWay;
import uk.quarterlyreturns.framework.KeyAction;
import uk.quarterlyreturns.framework.KeyActionRepository;
import uk.quarterlyreturns.framework.ReportingYear;

/**
 * The year's key actions as imported, to check an import against, with removal of one imported by mistake while
 * nothing is recorded for it (the same rule as for measures), and their export as a key actions file.
 */
class KeyActionsPanel extends VerticalLayout {

    private final KeyActionRepository actions;
    private final FrameworkRemoval removal;
    private final FrameworkExport export;
    private final String by;
    private final Grid<KeyAction> grid = new Grid<>(KeyAction.class, false);
    private final Paragraph problem = new Paragraph();
    private final HorizontalLayout downloads = new HorizontalLayout();
    private final Details details;
    private ReportingYear year;

    KeyActionsPanel(KeyActionRepository actions, FrameworkRemoval removal, FrameworkExport export, String by) {
        this.actions = actions;
        this.removal = removal;
        this.export = export;
        this.by = by;
        setPadding(false);
        grid.addColumn(KeyAction::code).setHeader("Ref").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.definition().title()).setHeader("Key action").setFlexGrow(4);
        grid.addColumn(a -> a.definition().service()).setHeader("Service").setSortable(true);
        grid.addColumn(a -> a.definition().theme()).setHeader("Theme").setSortable(true);
        grid.addComponentColumn(a -> {
            Button remove = new Button("Remove…", e -> confirm(a));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove " + a.code() + " from the year");
            return remove;
        }).setHeader("").setKey("remove").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAriaLabel("Key actions of the year");
        grid.setHeight("320px");
        problem.addClassName("form-problems");
        problem.getElement().setAttribute("role", "alert");
        details = new Details("Key actions", new VerticalLayout(problem, downloads, grid));
        add(details);
    }

    void show(ReportingYear shown) {
        this.year = shown;
        problem.setText("");
        List<KeyAction> all = actions.forYear(shown.id());
        grid.setItems(all);
        details.setSummaryText("Key actions (" + all.size() + ")");
        downloads.removeAll();
        downloads.add(download(shown, "csv"), download(shown, "xlsx"));
    }

    /** The key actions file of the year, in the columns it is imported in, so that it imports again unchanged. */
    private Anchor download(ReportingYear shown, String format) {
        boolean xlsx = format.equals("xlsx");
        return Downloads.link("Export key actions " + format.toUpperCase(),
                "key-actions-" + shown.label() + "." + format, xlsx ? MediaTypes.XLSX : MediaTypes.CSV,
                () -> xlsx ? export.keyActionsXlsx(shown) : export.keyActionsCsv(shown));
    }

    private void confirm(KeyAction a) {
        Confirmations.askDestructive("Remove " + a.code() + " from " + year.display() + "?", a.code()
                + " (" + a.definition().title() + ") will no longer be asked for in any return of the year, nor"
                + " reported. Reports already published keep it. Import it again to put it back.", "Remove", () -> {
                    try {
                        removal.removeKeyAction(year, a.code(), new FrameworkEdit(by, FrameworkWay.SCREEN, null));
                        Notification.show("Key action " + a.code() + " removed from " + year.display());
                        show(year);
                    } catch (IllegalStateException refused) {
                        problem.setText(refused.getMessage());
                    }
                });
    }
}
