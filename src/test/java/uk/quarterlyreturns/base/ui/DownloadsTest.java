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

/** In a UI of its own (a download is registered with the page's UI), without the application. */
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
}
