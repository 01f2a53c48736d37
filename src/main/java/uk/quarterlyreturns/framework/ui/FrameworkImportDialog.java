package uk.quarterlyreturns.framework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import uk.quarterlyreturns.base.api.LockedException;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.base.ui.TabularUpload;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.base.tabular.TabularFileException;
import uk.quarterlyreturns.framework.FigureImport;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.FrameworkWay;
import uk.quarterlyreturns.framework.ImportResult;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.base.ui.FormDialog;

/**
 * Upload one of the year's files (measures, key actions, history, a quarter's values), see its rows or every
 * error, then confirm: nothing changes before that. Each kind is imported exactly as the API imports it.
 */
class FrameworkImportDialog extends FormDialog {

    private final TextField yearField = new TextField("Reporting year");
    private final Select<YearFileKind> kind = new Select<>();
    private final Select<Integer> quarter = new Select<>();
    private final VerticalLayout result = new VerticalLayout();
    private final Button confirm = new Button("Import");
    private final TextField reason = ChangeReason.field();
    private TabularFile pending;

    FrameworkImportDialog(FrameworkImport imports, FigureImport figures, YearRepository years, ReportingYear current,
            String by, Consumer<String> imported) {
        setHeaderTitle("Import a file");
        setWidth("min(90vw, 900px)");
        yearField.setValue(current == null ? "" : current.label());
        yearField.setPlaceholder("2017-18");
        yearField.setHelperText("Written like 2017-18; a new year is created on import");
        yearField.setRequired(true);
        kind.setLabel("The file holds");
        kind.setWidth("28em"); // each kind of file named in full
        kind.setMaxWidth("100%");
        kind.setItems(YearFileKind.values());
        kind.setItemLabelGenerator(YearFileKind::label);
        kind.setValue(YearFileKind.MEASURES);
        quarter.setLabel("Quarter");
        quarter.setItems(1, 2, 3, 4);
        quarter.setItemLabelGenerator(q -> "Q" + q);
        quarter.setValue(1);
        quarter.setVisible(false);
        kind.addValueChangeListener(e -> {
            quarter.setVisible(e.getValue() == YearFileKind.VALUES);
            reason.setVisible(e.getValue().changesTheFramework());
            if (pending != null) {
                preview(pending); // the same file, read as the kind now chosen
            }
        });

        Upload upload = TabularUpload.of(this::read, this::refused);

        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(e -> {
            try {
                String label = yearField.getValue().trim();
                ReportingYear.startOf(label);
                YearFileKind k = kind.getValue();
                ImportResult done = k.save(imports, figures, label, quarter.getValue(),
                        ChangeReason.edit(by, FrameworkWay.FILE_ON_SCREEN, reason), pending);
                String said = done.rows() + " " + k.noun() + " imported, " + done.changed() + " new or changed";
                if (done.notes().isEmpty()) {
                    Notification.show(said);
                } else { // to be read, so it stays until closed
                    Notification.show(said + ". " + String.join(" ", done.notes()), 0, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_WARNING);
                }
                imported.accept(label);
                close();
            } catch (ChangeReason.TooLong ex) {
                reason.setInvalid(true);
                reason.setErrorMessage(ex.getMessage());
            } catch (ImportRejectedException ex) {
                showErrors(ex.errors());
            } catch (LockedException ex) {
                result.removeAll();
                result.add(new Paragraph(ex.getMessage()));
            } catch (IllegalArgumentException ex) {
                yearField.setInvalid(true);
                yearField.setErrorMessage(ex.getMessage());
            }
        });
        Button cancel = new Button("Cancel", e -> close());
        add(new HorizontalLayout(yearField, kind, quarter), reason, upload, result);
        getFooter().add(cancel, confirm);
    }

    /** A file the browser would not send: whatever an earlier file offered is offered no longer. */
    private void refused(String words) {
        result.removeAll();
        confirm.setEnabled(false);
        pending = null;
        result.add(new Paragraph(words));
    }

    /** What an upload hands over: the kind its columns say, chosen for the person, then its rows shown. */
    void read(byte[] bytes, String name) {
        result.removeAll();
        confirm.setEnabled(false);
        pending = null;
        try {
            TabularFile file = TabularFile.read(bytes, name);
            if (file.hasColumn("username") && file.hasColumn("roles")) {
                // on a council's first day both files are at hand: this one is not read as a year's key actions
                result.add(new Paragraph("This is the people file: an administrator imports it on the Users screen"
                        + " (\"Import people file…\"), once the framework has created the services it names."));
                return;
            }
            pending = file;
            if (kind.getValue() != YearFileKind.of(file)) {
                kind.setValue(YearFileKind.of(file)); // previews it
            } else {
                preview(file);
            }
        } catch (TabularFileException e) {
            result.add(new Paragraph(e.getMessage()));
        }
    }

    private void preview(TabularFile file) {
        result.removeAll();
        confirm.setEnabled(false);
        YearFileKind columnsSay = YearFileKind.of(file);
        if (kind.getValue() != columnsSay) {
            result.add(new Paragraph("This file has the columns of " + columnsSay.label().toLowerCase(Locale.UK)
                    + ", not of " + kind.getValue().label().toLowerCase(Locale.UK) + ": choose that, or upload"
                    + " another file."));
            return;
        }
        try {
            Grid<?> grid = kind.getValue().preview(file);
            pending = file;
            grid.setAriaLabel("Rows read");
            result.add(new Paragraph(grid.getListDataView().getItemCount() + " " + kind.getValue().noun()
                    + " read. Check them, then press Import."), grid);
            confirm.setEnabled(true);
        } catch (ImportRejectedException e) {
            pending = file;
            showErrors(e.errors());
        }
    }

    private void showErrors(List<ImportError> errors) {
        result.removeAll();
        confirm.setEnabled(false);
        Grid<ImportError> grid = new Grid<>(ImportError.class, false);
        grid.addColumn(ImportError::row).setHeader("Row").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ImportError::column).setHeader("Column").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ImportError::message).setHeader("Problem").setFlexGrow(3);
        grid.setItems(errors);
        grid.setHeight("300px");
        grid.setAriaLabel("Import errors");
        result.add(new Paragraph(errors.size() + (errors.size() == 1 ? " problem" : " problems")
                + ": nothing was imported. Correct the file and upload it again."), grid);
    }
}
