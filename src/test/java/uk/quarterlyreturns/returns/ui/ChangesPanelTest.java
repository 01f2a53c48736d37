package uk.quarterlyreturns.returns.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.returns.ChangesSinceLastVersion;
import uk.quarterlyreturns.returns.ChangesSinceLastVersion.Change;

/** "What changed since version N" names each field in the users' words, the highlight report's too. */
class ChangesPanelTest {

    @Test
    void aHighlightReportsFieldIsNamedAsOnTheForm() {
        ChangesPanel panel = new ChangesPanel(new ChangesSinceLastVersion(2, Instant.parse("2017-10-20T09:00:00Z"),
                List.of(new Change("HIGHLIGHT_NARRATIVE", "Highlight report", "A steady quarter.",
                        "A better quarter."))));

        assertThat(panel.getElement().getTextRecursively()).contains("Highlight report")
                .contains("Head of service's narrative").doesNotContain("HIGHLIGHT_");
    }
}
