package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.ui.BoundedUpload;
import uk.quarterlyreturns.base.ui.UploadButton;
import uk.quarterlyreturns.base.ui.Confirmations;
import uk.quarterlyreturns.framework.Measure;
import uk.quarterlyreturns.returns.Evidence;
import uk.quarterlyreturns.returns.EvidenceChecks;
import uk.quarterlyreturns.returns.EvidenceFile;

/**
 * "Evidence" beside a measure in the return's form: the files behind its figure, and for whoever may change the figure
 * now (its preparers while the return is with the service, its director or the deputy at sign-off), an upload and a
 * remove button on each file they may remove (asked first). What the page offered is checked again when used: from a
 * page left open once its reader may no longer change the return, nothing is added or removed.
 */
class EvidencePanel extends Div {

    /** What the browser is asked to offer; the server checks the name and the content again. */
    private static final String[] ACCEPTED = {".pdf", ".docx", ".doc", ".xlsx", ".xls", ".csv", ".ods", ".odt",
            ".png", ".jpg", ".jpeg", ".txt"};

    private final ReturnContext context;
    private final Evidence evidence;
    private final Measure measure;
    private final boolean changeable;
    private final EvidenceList list;
    private final Paragraph outcome = new Paragraph();

    EvidencePanel(ReturnContext context, Evidence evidence, Measure measure, List<EvidenceFile> files,
            boolean changeable) {
        this.context = context;
        this.evidence = evidence;
        this.measure = measure;
        this.changeable = changeable;
        this.list = new EvidenceList(evidence, context.user());
        addClassName("evidence");
        add(new H5("Evidence"), list);
        list.show(files, context.sheet().names(), this::removeButton);
        if (files.isEmpty() && !changeable) {
            add(new Paragraph("No evidence kept for " + measure.code() + " this quarter."));
        }
        if (changeable) {
            // The Vaadin upload's own limit matches ours, so a larger file is turned away before it is sent, with our
            // words; the servlet's multipart limit (application.yml) is a little above it, to let such a file through.
            Upload upload = new Upload(BoundedUpload.of(EvidenceChecks.MAX_BYTES, this::receive));
            upload.setMaxFileSize(EvidenceChecks.MAX_BYTES);
            upload.setAcceptedFileTypes(ACCEPTED);
            String does = "Add evidence for " + measure.code();
            String takes = "PDF, Word, Excel, CSV, ODF, PNG, JPEG or text, up to 10 MB";
            upload.setDropLabel(new Span(does + ": " + takes));
            UploadButton.on(upload, does, takes);
            upload.addFileRejectedListener(e -> outcome.setText("Nothing was kept: " + e.getFileName() + " ("
                    + e.getErrorMessage() + "): an evidence file may be at most " + EvidenceChecks.MAX_BYTES
                    / (1024 * 1024) + " MB, and " + EvidenceChecks.KINDS + " may be kept"));
            outcome.getElement().setAttribute("aria-live", "polite");
            add(upload, outcome);
        }
    }

    Measure measure() {
        return measure;
    }

    /** A file uploaded here: kept if the return still takes evidence from this person, and the file passes. */
    void receive(byte[] bytes, String name) {
        try {
            EvidenceFile kept = evidence.add(context.returnId(), measure.id(), name, bytes, context.user());
            outcome.setText(kept.fileName() + " kept as evidence for " + measure.code() + ".");
        } catch (IllegalArgumentException | IllegalStateException | NotAllowedException e) {
            outcome.setText("Nothing was kept: " + e.getMessage());
        }
        refresh();
    }

    private Component removeButton(EvidenceFile f) {
        if (!changeable || !(f.uploadedBy().equals(context.user()) || context.canOverride())) {
            return null;
        }
        Button remove = new Button("Remove", e -> Confirmations.askDestructive("Remove evidence",
                "Remove " + f.fileName() + " from " + measure.code() + "'s evidence? It leaves the return and its"
                        + " history notes the removal; the file is kept only for the quarter's audit pack.", "Remove",
                () -> remove(f)));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.setAriaLabel("Remove " + f.fileName() + " from " + measure.code() + "'s evidence");
        return remove;
    }

    private void remove(EvidenceFile f) {
        try {
            evidence.remove(context.returnId(), f.id(), context.user());
            outcome.setText(f.fileName() + " removed from " + measure.code() + "'s evidence.");
        } catch (IllegalArgumentException | IllegalStateException | NotAllowedException e) {
            outcome.setText("Nothing was removed: " + e.getMessage());
        }
        refresh();
    }

    private void refresh() {
        list.show(evidence.of(measure.id(), context.sheet().quarter()), context.namesNow(), this::removeButton);
    }
}
