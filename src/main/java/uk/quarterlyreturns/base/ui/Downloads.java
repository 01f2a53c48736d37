package uk.quarterlyreturns.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Optional;

/** Download links: each saves its file rather than opening it in the browser, and writes it only when asked. */
public final class Downloads {

    private Downloads() {
    }

    /** A link to a file written by {@code content} when the link is followed, not each time the page is shown. */
    public static Anchor link(String text, String fileName, String type, SerializableSupplier<byte[]> content) {
        return link(text, DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
        }));
    }

    /**
     * A link to a file that {@code content} may refuse (empty) when the link is followed, answered 403: a page can
     * outlive its reader's right to what it links to (moved to another service, a deputy's period ended).
     */
    public static Anchor refusableLink(String text, String fileName, String type,
            SerializableSupplier<Optional<byte[]>> content) {
        return link(text, DownloadHandler.fromInputStream(event -> content.get()
                .map(bytes -> new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length))
                .orElseGet(() -> DownloadResponse.error(HttpStatusCode.FORBIDDEN))));
    }

    /** A link to what {@code handler} answers, saved rather than opened. */
    public static Anchor link(String text, DownloadHandler handler) {
        Anchor anchor = new Anchor(handler, text);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }
}
