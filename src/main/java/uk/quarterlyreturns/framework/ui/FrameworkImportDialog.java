package uk.quarterlyreturns.framework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import java.util.function.Consumer;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.base.tabular.TabularFileException;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.ImportResult;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.framework.io.FrameworkFileParser;
import uk.quarterlyreturns.framework.io.FrameworkRow;

/** Upload a framework file, see its rows or every error, then confirm: nothing changes before that. */
class FrameworkImportDialog extends Dialog {

    private final TextField yearField = new TextField("Reporting year");
    private final VerticalLayout result = new VerticalLayout();
    private final Button confirm = new Button("Import");
    private TabularFile pending;

    FrameworkImportDialog(FrameworkImport imports, YearRepository years, ReportingYear current,
            Consumer<String> imported) {
        setHeaderTitle("Import a framework file");
        setWidth("min(90vw, 900px)");
        yearField.setValue(current == null ? "" : current.label());
        yearField.setPlaceholder("2017-18");
        yearField.setHelperText("Written like 2017-18; a new year is created on import");
        yearField.setRequired(true);

        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> preview(bytes, meta.fileName())));
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv");
        upload.setMaxFileSize(5 * 1024 * 1024);
        upload.setDropLabel(new com.vaadin.flow.component.html.Span("CSV or XLSX, up to 5 MB"));

        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(e -> {
            try {
                String label = yearField.getValue().trim();
                ReportingYear.startOf(label);
                ImportResult done = imports.importMeasures(label, pending);
                Notification.show(done.rows() + " measures imported, " + done.changed() + " new or changed");
                imported.accept(label);
                close();
            } catch (ImportRejectedException ex) {
                showErrors(ex.errors());
            } catch (IllegalArgumentException ex) {
                yearField.setInvalid(true);
                yearField.setErrorMessage(ex.getMessage());
            }
        });
        Button cancel = new Button("Cancel", e -> close());
        add(yearField, upload, result);
        getFooter().add(cancel, confirm);
    }

    private void preview(byte[] bytes, String name) {
        getUI().ifPresent(ui -> ui.access(() -> {
            result.removeAll();
            confirm.setEnabled(false);
            try {
                TabularFile file = TabularFile.read(bytes, name);
                List<FrameworkRow> rows = FrameworkFileParser.parse(file);
                pending = file;
                Grid<FrameworkRow> grid = new Grid<>(FrameworkRow.class, false);
                grid.addColumn(FrameworkRow::code).setHeader("Ref");
                grid.addColumn(FrameworkRow::title).setHeader("Measure").setFlexGrow(3);
                grid.addColumn(FrameworkRow::service).setHeader("Service");
                grid.addColumn(FrameworkView::targetText).setHeader("Target");
                grid.setItems(rows);
                grid.setHeight("300px");
                result.add(new Paragraph(rows.size() + " measures read. Check them, then press Import."), grid);
                confirm.setEnabled(true);
            } catch (TabularFileException e) {
                result.add(new Paragraph(e.getMessage()));
            } catch (ImportRejectedException e) {
                showErrors(e.errors());
            }
        }));
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
        result.add(new Paragraph(errors.size() + " problems: nothing was imported. Correct the file and upload it"
                + " again."), grid);
    }
}
