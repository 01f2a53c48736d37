package uk.quarterlyreturns.base.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import uk.quarterlyreturns.base.tabular.TabularFile;

/** The upload every import offers: one CSV or XLSX file of at most 5 MB, handed over with its name on the page. */
public final class TabularUpload {

    private TabularUpload() {
    }

    /**
     * An upload that gives {@code read} the file's bytes and name, in the page's UI, and {@code refused} the words for
     * a file the browser would not send (another kind, or too big), which never reaches {@code read}.
     */
    public static Upload of(BiConsumer<byte[], String> read, Consumer<String> refused) {
        Upload upload = new Upload(BoundedUpload.of(Math.toIntExact(TabularFile.MAX_BYTES), read::accept));
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv");
        upload.setMaxFileSize(Math.toIntExact(TabularFile.MAX_BYTES));
        String takes = "CSV or XLSX, up to " + TabularFile.MAX_BYTES / (1024 * 1024) + " MB";
        upload.setDropLabel(new Span(takes));
        UploadButton.on(upload, "Upload a file", takes);
        upload.addFileRejectedListener(e -> refused.accept(refused(e)));
        return upload;
    }

    /**
     * Why a file the browser refused was not read, in our words rather than the component's ("Incorrect File Type."):
     * a council's .xls or LibreOffice .ods workbook is saved as .xlsx first.
     */
    public static String refused(FileRejectedEvent e) {
        String name = e.getFileName() == null ? "The file" : e.getFileName();
        String lower = name.toLowerCase(Locale.ROOT);
        boolean kindAccepted = lower.endsWith(".csv") || lower.endsWith(".xlsx");
        return "Nothing was read: " + name + (kindAccepted ? " is over " + TabularFile.MAX_BYTES / (1024 * 1024)
                + " MB" : " is not a CSV file or an .xlsx workbook") + ". Upload a CSV file or an .xlsx workbook of at"
                + " most " + TabularFile.MAX_BYTES / (1024 * 1024) + " MB (an .xls or .ods workbook: save it as .xlsx"
                + " first).";
    }
}
