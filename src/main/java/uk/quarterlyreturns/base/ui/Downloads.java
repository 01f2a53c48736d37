package uk.quarterlyreturns.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.Optional;

/** Download links: each saves its file rather than opening it in the browser, and writes it only when asked. */
public final class Downloads {

    private Downloads() {
    }

    /** A link to a file written by {@code content} when the link is followed, not each time the page is shown. */
    public static Anchor link(String text, String fileName, String type, SerializableSupplier<byte[]> content) {
        return link(text, DownloadHandler.fromInputStream(event -> response(content.get(), fileName, type)));
    }

    /**
     * A link to a file that {@code content} may refuse (empty) when the link is followed, answered 403: a page can
     * outlive its reader's right to what it links to (moved to another service, a deputy's period ended).
     */
    public static Anchor refusableLink(String text, String fileName, String type,
            SerializableSupplier<Optional<byte[]>> content) {
        return link(text, refusable(fileName, type, content));
    }

    /** Writes a file straight to where it goes. */
    public interface FileWriter extends Serializable {
        void write(OutputStream out) throws IOException;
    }

    /**
     * A link to a file too large to hold in memory (an audit pack): written by {@code writer} straight to the
     * response when the link is followed, if {@code allowed} still holds then; else answered 403, as
     * {@link #refusableLink}.
     */
    public static Anchor refusableStream(String text, String fileName, String type,
            SerializableSupplier<Boolean> allowed, FileWriter writer) {
        return link(text, event -> {
            if (!allowed.get()) {
                event.getResponse().setStatus(HttpStatusCode.FORBIDDEN.getCode());
                return;
            }
            event.setFileName(savedName(fileName));
            event.setContentType(type);
            writer.write(event.getOutputStream());
        });
    }

    /** What {@link #refusableLink} answers when followed. */
    static DownloadHandler refusable(String fileName, String type, SerializableSupplier<Optional<byte[]>> content) {
        return DownloadHandler.fromInputStream(event -> content.get().map(bytes -> response(bytes, fileName, type))
                .orElseGet(() -> DownloadResponse.error(HttpStatusCode.FORBIDDEN)));
    }

    private static DownloadResponse response(byte[] bytes, String fileName, String type) {
        return new DownloadResponse(new ByteArrayInputStream(bytes), savedName(fileName), type, bytes.length);
    }

    /**
     * The name a file is saved under. Vaadin writes an ASCII name into Content-Disposition between quotes as it is,
     * so a quote in a name someone chose (an evidence file's) would end it there and let the rest add parameters of
     * its own ({@code filename*=...''page.html}, saving a text file as a web page): quotes become apostrophes, a
     * backslash (which would escape the closing quote) an underscore, and control characters go.
     */
    static String savedName(String fileName) {
        return fileName.replace('"', '\'').replace('\\', '_').replaceAll("\\p{Cc}", "");
    }

    /** A link to what {@code handler} answers, saved rather than opened. */
    public static Anchor link(String text, DownloadHandler handler) {
        Anchor anchor = new Anchor(handler, text);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }
}
