package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.quarterlyreturns.base.api.MediaTypes;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.base.tabular.TabularFileException;
import uk.quarterlyreturns.base.ui.Downloads;
import uk.quarterlyreturns.framework.FigureSource;
import uk.quarterlyreturns.framework.FigureImport;
import uk.quarterlyreturns.framework.QuarterFigureRule;
import uk.quarterlyreturns.framework.StoredCodes;
import uk.quarterlyreturns.framework.io.Numbered;
import uk.quarterlyreturns.framework.io.ParsedFile;
import uk.quarterlyreturns.framework.io.ValueRow;
import uk.quarterlyreturns.framework.io.ValuesFileParser;
import uk.quarterlyreturns.returns.ReturnPermissions;
import uk.quarterlyreturns.returns.ReturnSheet;

/**
 * Download the return as a workbook; upload a values file (the API's format: code, value, and optionally
 * note, numerator, denominator) into the form.
 * An upload is all or nothing: a bad cell, a code not in this return, or one not due this quarter (the values
 * feed's rule, {@link QuarterFigureRule}) rejects the file, every such row named at once by its number in the file.
 * A row with no value, note, numerator or denominator changes nothing, so the downloaded workbook, which lists
 * measures not due and not yet filled in, can be uploaded again.
 */
class ReturnFiles extends VerticalLayout {

    private final Map<String, MeasureEditor> editors;
    private final int quarter;
    private final Paragraph outcome = new Paragraph();
    private final UnorderedList errors = new UnorderedList();

    ReturnFiles(ReturnContext context, ReturnPermissions permissions, Map<String, MeasureEditor> editors) {
        this.editors = editors;
        this.quarter = context.sheet().quarter();
        setPadding(false);
        addClassName("return-files");
        add(Downloads.refusableLink("Download this return (XLSX)", ReturnWorkbook.fileName(context.sheet()),
                MediaTypes.XLSX, () -> readable(context, permissions).map(ReturnWorkbook::xlsx)));
        if (context.editable()) {
            Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> getUI().ifPresent(ui ->
                    ui.access(() -> read(bytes, meta.fileName())))));
            upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv", MediaTypes.XLSX);
            upload.setMaxFileSize(5 * 1024 * 1024);
            upload.setDropLabel(new Span("Upload values: a CSV or XLSX file with columns code and value (optional:"
                    + " note, numerator, denominator)"));
            upload.getElement().setAttribute("aria-label", "Upload values from a CSV or XLSX file");
            outcome.getElement().setAttribute("aria-live", "polite");
            add(upload, outcome, errors);
        }
    }

    /**
     * The return as it is now, for someone who may still read it: the download reads it afresh, so it asks afresh
     * too, rather than trusting a page opened before its reader lost the return.
     */
    static Optional<ReturnSheet> readable(ReturnContext context, ReturnPermissions permissions) {
        ReturnSheet now = context.sheets().load(context.returnId());
        return permissions.canRead(context.user(), now.serviceReturn()) ? Optional.of(now) : Optional.empty();
    }

    void read(byte[] bytes, String name) {
        errors.removeAll();
        try {
            // The file's own mistakes and its codes not in the return or not due are named together, each on its
            // row in the file.
            TabularFile file = TabularFile.read(bytes, name);
            ParsedFile<ValueRow> parsed = ValuesFileParser.readGivenRows(file);
            long empty = file.rows().stream().filter(ValuesFileParser::givesNothing).count();
            List<ImportError> problems = new ArrayList<>();
            StoredCodes codes = new StoredCodes(editors.keySet()); // in any letters, as every import takes codes
            List<MeasureEditor> found = new ArrayList<>();
            for (Numbered<ValueRow> row : parsed.rows()) {
                int before = problems.size();
                String code = codes.match(row.row().code(), row.rowNumber(), problems);
                MeasureEditor editor = code == null ? null : editors.get(code);
                if (problems.size() == before && editor == null) {
                    problems.add(new ImportError(row.rowNumber(), "code",
                            row.row().code() + " is not due in this return"));
                } else if (problems.size() == before) {
                    QuarterFigureRule.problem(row, editor.measure(), quarter).ifPresent(problems::add);
                }
                found.add(editor);
            }
            parsed.rejectIf(problems);
            List<ValueRow> rows = parsed.values();
            for (int i = 0; i < rows.size(); i++) {
                ValueRow row = rows.get(i);
                MeasureEditor editor = found.get(i);
                editor.type(FigureImport.figureOf(row, editor.measure()),
                        new FigureSource(row.note(), row.numerator(), row.denominator()));
            }
            outcome.setText(rows.size() + (rows.size() == 1 ? " value" : " values") + " from " + name
                    + " entered in the form" + (empty == 0 ? "" : "; " + empty + (empty == 1 ? " row" : " rows")
                    + " with no value left as " + (empty == 1 ? "it was" : "they were"))
                    + ". Check the RAGs and narratives below.");
        } catch (TabularFileException e) {
            outcome.setText("Nothing was entered: " + e.getMessage());
        } catch (ImportRejectedException e) {
            outcome.setText("Nothing was entered: " + name + " has " + e.errors().size()
                    + " problem(s). Correct the file and upload it again.");
            e.errors().forEach(err -> errors.add(new ListItem("Row " + err.row() + ", " + err.column() + ": "
                    + err.message())));
        }
    }
}
