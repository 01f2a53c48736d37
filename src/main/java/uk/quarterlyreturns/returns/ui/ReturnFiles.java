package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import java.util.Locale;
import java.util.Optional;
import uk.quarterlyreturns.base.api.MediaTypes;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.base.tabular.TabularFileException;
import uk.quarterlyreturns.base.ui.BoundedUpload;
import uk.quarterlyreturns.base.ui.Downloads;
import uk.quarterlyreturns.base.ui.TabularUpload;
import uk.quarterlyreturns.base.ui.UploadButton;
import uk.quarterlyreturns.returns.AsDownloaded;
import uk.quarterlyreturns.returns.ReturnPermissions;
import uk.quarterlyreturns.returns.ReturnSheet;
import uk.quarterlyreturns.returns.ReturnUpload;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.returns.UploadRefusedException;

/**
 * Download the return as a workbook; upload a values file or the workbook filled in offline into the form. What
 * each row means, and what refuses the file, is {@link ReturnUpload}'s; here what it gives is entered into the
 * form's fields as if typed, and saved as typing is; what the return holds already, or held when the workbook was
 * downloaded, is not entered again. All or nothing: every problem of either sheet is named at once and nothing is
 * entered. The upload asks afresh whether the person may still change the return, since a page left
 * open (in a second tab) may show a return submitted since.
 */
class ReturnFiles extends VerticalLayout {

    static final String DROP_LABEL = "Upload values: a CSV file or this return's workbook (XLSX). Read: code, value,"
            + " note, numerator, denominator, reasons, actions_planned, query_explanation, not_available_reason,"
            + " provisional, rag_override, override_justification; in the workbook's \"Key actions\" sheet: code,"
            + " status, commentary, reasons, actions_planned. Blank cells change nothing.";

    private final ReturnContext context;
    private final ReturnPermissions permissions;
    private final FormItems items;
    private final Paragraph outcome = new Paragraph();
    private final UnorderedList errors = new UnorderedList();

    ReturnFiles(ReturnContext context, ReturnPermissions permissions, FormItems items) {
        this.context = context;
        this.permissions = permissions;
        this.items = items;
        setPadding(false);
        addClassName("return-files");
        add(Downloads.refusableLink("Download this return (XLSX)", ReturnWorkbook.fileName(context.sheet()),
                MediaTypes.XLSX, () -> readable(context, permissions).map(ReturnWorkbook::xlsx)));
        if (context.editable()) {
            Upload upload = new Upload(BoundedUpload.of(Math.toIntExact(TabularFile.MAX_BYTES), this::read));
            upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv", MediaTypes.XLSX);
            upload.setMaxFileSize(Math.toIntExact(TabularFile.MAX_BYTES));
            upload.addFileRejectedListener(e -> {
                errors.removeAll(); // the last upload's problems are not this file's
                outcome.setText(TabularUpload.refused(e));
            });
            upload.setDropLabel(new Span(DROP_LABEL));
            UploadButton.on(upload, "Upload values", "a CSV file or this return's workbook (XLSX), up to "
                    + TabularFile.MAX_BYTES / (1024 * 1024) + " MB");
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
        ReturnSheet now = context.sheets().load(context.returnId());
        ServiceReturn r = now.serviceReturn();
        if (!context.editing().canChange(context.user(), r)) {
            outcome.setText("Nothing was entered: " + r.serviceName() + "'s return is "
                    + r.status().label().toLowerCase(Locale.ROOT) + ", and you can no longer change it."
                    + " Open it again to see it as it is now.");
            return;
        }
        try {
            // Read by name, so a hidden "Measures" sheet is refused rather than the next tab read as the measures.
            TabularFile file = TabularFile.read(bytes, name, ReturnUpload.MEASURES);
            boolean canOverride = context.canOverride() && permissions.canSignOff(context.user(), r);
            Optional<TabularFile> actionsSheet = TabularFile.readSheet(bytes, ReturnUpload.ACTIONS);
            ReturnUpload.Form form = ReturnUpload.Form.of(now, canOverride);
            Optional<AsDownloaded> downloaded = AsDownloaded.read(TabularFile.readOwnSheet(bytes, AsDownloaded.SHEET),
                    r.id());
            ReturnUpload.Given given = ReturnUpload.read(file, actionsSheet, TabularFile.isWorkbook(bytes), form,
                    downloaded);
            if (!onThisPage(given)) {
                outcome.setText("Nothing was entered: the return's measures or key actions have changed since this"
                        + " page was opened. Open it again and upload the file there.");
                return;
            }
            given.measures().forEach(m -> items.measures.get(m.code()).enter(m));
            given.actions().forEach(a -> items.actions.get(a.code()).enter(a));
            long unsaved = items.unsaved().size();
            String unread = ReturnUpload.keyActionsUnread(TabularFile.isWorkbook(bytes), actionsSheet, form);
            outcome.setText(given.summary(name) + (unread.isEmpty() ? "" : " " + unread) + (unsaved == 0 ? ""
                    : " " + unsaved + (unsaved == 1 ? " item is" : " items are") + " not saved: each says why."));
        } catch (TabularFileException e) {
            outcome.setText("Nothing was entered: " + e.getMessage());
        } catch (UploadRefusedException e) {
            outcome.setText("Nothing was entered: " + name + " has " + e.problems().size()
                    + " problem(s). Correct the file and upload it again.");
            e.problems().forEach(p -> errors.add(new ListItem(p.describe())));
        }
    }

    private boolean onThisPage(ReturnUpload.Given given) {
        return given.measures().stream().allMatch(m -> items.measures.containsKey(m.code()))
                && given.actions().stream().allMatch(a -> items.actions.containsKey(a.code()));
    }
}
