package uk.quarterlyreturns.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import java.util.concurrent.atomic.AtomicInteger;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ContentDisposition;

/**
 * In a UI of its own (a download is registered with the page's UI), without the application. A file is saved under
 * its own name, whatever that name holds: the name cannot add to the header it goes in.
 */
class DownloadsTest {

    private static final AtomicInteger WRITTEN = new AtomicInteger();

    private static byte[] file() {
        WRITTEN.incrementAndGet();
        return new byte[] {1, 2, 3};
    }

    @BeforeEach
    void aUi() {
        MockVaadin.setup();
    }

    @AfterEach
    void noUi() {
        MockVaadin.tearDown();
    }

    @Test
    void aLinkSavesItsFileRatherThanOpeningIt() {
        Anchor link = Downloads.link("Export table (XLSX)", "compliance.xlsx", "application/octet-stream",
                DownloadsTest::file);
        assertThat(link.getText()).isEqualTo("Export table (XLSX)");
        assertThat(link.getElement().getAttribute("download")).isEqualTo("");
        assertThat(link.getHref()).as("served by the session, not a fixed address").isNotBlank();
    }

    @Test
    void theFileIsNotWrittenWhenThePageIsShown() {
        int before = WRITTEN.get();
        Downloads.link("Export", "a.csv", "text/csv", DownloadsTest::file);
        assertThat(WRITTEN.get()).isEqualTo(before);
    }

    @Test
    void followingTheLinkWritesTheFile() {
        int before = WRITTEN.get();
        Anchor link = Downloads.link("Export", "a.csv", "text/csv", DownloadsTest::file);
        UI.getCurrent().add(link);
        assertThat(DownloadKt._download(link)).containsExactly(1, 2, 3);
        assertThat(WRITTEN.get()).isEqualTo(before + 1);
    }

    private final Map<String, String> headers = new HashMap<>();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    @Test
    void aQuoteInAFileNameCannotEndItAndSaveTheFileUnderAnotherName() throws Exception {
        String name = "count.html\"; filename*=UTF-8''count.html; a=\".txt";

        follow(name, "text/plain", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));

        ContentDisposition saved = ContentDisposition.parse(headers.get("Content-Disposition"));
        assertThat(saved.isAttachment()).isTrue();
        assertThat(saved.getFilename()).isEqualTo("count.html'; filename*=UTF-8''count.html; a='.txt")
                .endsWith(".txt");
        assertThat(body.toString(StandardCharsets.UTF_8)).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void aBackslashCannotEscapeTheClosingQuote() throws Exception {
        follow("notes\\", "text/plain", new byte[] {1});
        assertThat(ContentDisposition.parse(headers.get("Content-Disposition")).getFilename()).isEqualTo("notes_");
    }

    @Test
    void aNameInOtherLettersIsSavedAsItIs() throws Exception {
        follow("Zählung \"Juli\" ٢٠٢٦.pdf", "application/pdf", new byte[] {1});
        assertThat(ContentDisposition.parse(headers.get("Content-Disposition")).getFilename())
                .isEqualTo("Zählung 'Juli' ٢٠٢٦.pdf");
    }

    private void follow(String fileName, String type, byte[] content) throws Exception {
        Downloads.refusable(fileName, type, () -> Optional.of(content))
                .handleDownloadRequest(new DownloadEvent(request(), response(), null, new Element("a")));
    }

    private static VaadinRequest request() {
        return (VaadinRequest) Proxy.newProxyInstance(DownloadsTest.class.getClassLoader(),
                new Class<?>[] {VaadinRequest.class}, (proxy, method, args) -> null);
    }

    /** The response's headers and body, as a browser receives them. */
    private VaadinResponse response() {
        return (VaadinResponse) Proxy.newProxyInstance(DownloadsTest.class.getClassLoader(),
                new Class<?>[] {VaadinResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                    case "setContentType" -> headers.put("Content-Type", (String) args[0]);
                    case "getOutputStream" -> body;
                    default -> null;
                });
    }
}
