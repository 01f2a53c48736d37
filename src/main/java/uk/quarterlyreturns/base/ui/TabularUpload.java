package uk.quarterlyreturns.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.function.BiConsumer;

/** The upload every import offers: one CSV or XLSX file of at most 5 MB, handed over with its name on the page. */
public final class TabularUpload {

    private TabularUpload() {
    }

    /** An upload that gives {@code read} the file's bytes and name, in the UI of {@code owner}. */
    public static Upload of(Component owner, BiConsumer<byte[], String> read) {
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> owner.getUI().ifPresent(ui -> ui.access(
                () -> read.accept(bytes, meta.fileName())))));
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv");
        upload.setMaxFileSize(5 * 1024 * 1024);
        upload.setDropLabel(new Span("CSV or XLSX, up to 5 MB"));
        return upload;
    }
}
