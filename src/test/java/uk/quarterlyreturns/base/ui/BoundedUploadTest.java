package uk.quarterlyreturns.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An upload sent as the request's body (not multipart, which the browser's upload sends and the servlet limits) is
 * read no further than a byte past the limit, however much is sent: one request cannot fill the server's memory.
 */
class BoundedUploadTest {

    private static final int LIMIT = 1024 * 1024;

    private final List<byte[]> handedOver = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private Div owner;

    @BeforeEach
    void aPageWithAnUpload() {
        MockVaadin.setup();
        owner = new Div();
        UI.getCurrent().add(owner);
    }

    @AfterEach
    void noPage() {
        MockVaadin.tearDown();
    }

    @Test
    void aBodyFarLargerThanTheLimitIsReadOnlyAByteBeyondIt() throws Exception {
        Endless body = new Endless(200L * LIMIT);

        send(BoundedUpload.of(LIMIT, this::read), body, "huge.pdf");

        assertThat(body.served).as("bytes read from the request").isEqualTo(LIMIT + 1L);
        assertThat(handedOver).hasSize(1);
        assertThat(handedOver.get(0)).as("cut a byte past the limit, for the page to refuse as too large")
                .hasSize(LIMIT + 1);
        assertThat(names).containsExactly("huge.pdf");
    }

    @Test
    void aFileWithinTheLimitIsHandedOverWhole() throws Exception {
        send(BoundedUpload.of(LIMIT, this::read), new Endless(LIMIT), "extract.csv");

        assertThat(handedOver.get(0)).hasSize(LIMIT);
        assertThat(names).containsExactly("extract.csv");
    }

    @Test
    void vaadinTakesOneFileOfAMultipartRequestNoLargerThanTheLimitNeeds() {
        UploadHandler upload = BoundedUpload.of(LIMIT, this::read);
        assertThat(upload.getFileCountMax()).isEqualTo(1);
        assertThat(upload.getRequestSizeMax()).isBetween((long) LIMIT, LIMIT + 128L * 1024);
    }

    private void read(byte[] bytes, String name) {
        handedOver.add(bytes);
        names.add(name);
    }

    /** As Vaadin hands over a request whose body is the file. */
    private void send(UploadHandler handler, InputStream body, String name) throws Exception {
        VaadinRequest request = (VaadinRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {VaadinRequest.class}, (proxy, method, args) ->
                        method.getName().equals("getInputStream") ? body : null);
        VaadinResponse response = (VaadinResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {VaadinResponse.class}, (proxy, method, args) -> null);
        handler.handleUploadRequest(new UploadEvent(request, response, null, name, -1, "application/octet-stream",
                owner.getElement(), null, null));
        MockVaadin.clientRoundtrip();
    }

    /** A body of the given length, made as it is read, counting what was read. */
    private static final class Endless extends InputStream {

        private final long length;
        long served;

        Endless(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            return served < length ? (int) (++served & 0x7F) : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (served >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - served);
            served += n;
            return n;
        }
    }
}
