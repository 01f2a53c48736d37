package uk.quarterlyreturns.base.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import java.util.function.BiConsumer;
import uk.quarterlyreturns.base.tabular.TabularFile;

/** The upload every import offers: one CSV or XLSX file of at most 5 MB, handed over with its name on the page. */
public final class TabularUpload {

    private TabularUpload() {
    }

    /** An upload that gives {@code read} the file's bytes and name, in the page's UI. */
    public static Upload of(BiConsumer<byte[], String> read) {
        Upload upload = new Upload(BoundedUpload.of(Math.toIntExact(TabularFile.MAX_BYTES), read::accept));
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv");
        upload.setMaxFileSize(Math.toIntExact(TabularFile.MAX_BYTES));
        upload.setDropLabel(new Span("CSV or XLSX, up to 5 MB"));
        return upload;
    }
}
