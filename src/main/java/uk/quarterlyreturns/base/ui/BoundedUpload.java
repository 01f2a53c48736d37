package uk.quarterlyreturns.base.ui;

import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;

/**
 * An upload read into memory, never more than one byte past its limit. Vaadin's own in-memory handler reads all it is
 * sent: the browser's upload stops a larger file, and the servlet's multipart limit a larger part, but a request whose
 * body is the file itself (not multipart, which Vaadin also takes) has no limit, so one person with a form open could
 * fill the server's memory. A larger file is handed over cut one byte past the limit, so that the page's own check
 * refuses it, in its words, as too large.
 */
public final class BoundedUpload implements UploadHandler {

    /** Room for a multipart request's own headers and boundaries around the file. */
    private static final long ENVELOPE = 64 * 1024;

    private final int limit;
    private final SerializableBiConsumer<byte[], String> read;

    private BoundedUpload(int limit, SerializableBiConsumer<byte[], String> read) {
        this.limit = limit;
        this.read = read;
    }

    /** An upload of at most {@code limit} bytes, given to {@code read} with its name, in the page's UI. */
    public static BoundedUpload of(int limit, SerializableBiConsumer<byte[], String> read) {
        return new BoundedUpload(limit, read);
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        byte[] content;
        try (InputStream in = event.getInputStream()) {
            content = in.readNBytes(limit + 1); // the rest is left unread: the servlet container discards it
        }
        String name = event.getFileName();
        event.getUI().access(() -> read.accept(content, name));
    }

    /** Where Vaadin parses a multipart request itself: one file, and the request no larger than it needs. */
    @Override
    public long getRequestSizeMax() {
        return limit + ENVELOPE;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
