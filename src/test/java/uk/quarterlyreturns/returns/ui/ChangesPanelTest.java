package uk.quarterlyreturns.returns.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.base.security.Names;
import uk.quarterlyreturns.returns.ChangesSinceLastVersion;
import uk.quarterlyreturns.returns.ChangesSinceLastVersion.Change;
import uk.quarterlyreturns.returns.ReturnTrail.Event;
import uk.quarterlyreturns.returns.ReviewItem;

/** "What changed since version N" names each field and value in the users' words, the highlight report's too. */
class ChangesPanelTest {

    private static final Instant SUBMITTED = Instant.parse("2017-10-20T09:00:00Z");
    private static final Names NAMES = new Names(Map.of("perf", "Lucy Wade"));

    @Test
    void aHighlightReportsFieldIsNamedAsOnTheForm() {
        ChangesPanel panel = new ChangesPanel(new ChangesSinceLastVersion(2, SUBMITTED,
                List.of(new Change("HIGHLIGHT_NARRATIVE", "Highlight report", "A steady quarter.",
                        "A better quarter."))), NAMES, "Changed");

        assertThat(panel.getElement().getTextRecursively()).contains("Highlight report")
                .contains("Head of service's narrative").doesNotContain("HIGHLIGHT_");
    }

    @Test
    void aKeyActionsStatusAndARagOverrideAreInWordsAndTheMarkIsTheOneShown() {
        ChangesPanel panel = new ChangesPanel(new ChangesSinceLastVersion(2, SUBMITTED, List.of(
                new Change("ACTION_STATUS", "HKA-1", "AMBER_GREEN", "RED_AMBER"),
                new Change("RAG_OVERRIDE", "HF-1", null, "AMBER_GREEN"))), NAMES,
                ReviewItem.Flag.CHANGED.label());

        assertThat(panel.getElement().getTextRecursively()).contains("Amber/Green", "Red/Amber")
                .contains("marked \"Changed since last version\" below").doesNotContain("_");
    }

    /** Why the version before went back to the service: submitting again cleared it from the return. */
    @Test
    void whoSentThePreviousVersionBackSaysWhenAndWhy() {
        List<Event> trail = List.of(
                new Event(1, 1, SUBMITTED, "data.housing", "STATUS", null, "DRAFT", "SUBMITTED", null),
                new Event(2, 1, SUBMITTED.plusSeconds(60), "dir.housing", "STATUS", null, "SUBMITTED", "SIGNED_OFF",
                        null),
                new Event(3, 1, SUBMITTED.plusSeconds(3600), "perf", "STATUS", null, "SIGNED_OFF", "SENT_BACK",
                        "Explain the fall in HF-1"),
                new Event(4, 1, SUBMITTED.plusSeconds(7200), "data.housing", "REASONS", "HF-1", null, "Fewer lettings",
                        null),
                new Event(5, 1, SUBMITTED.plusSeconds(7260), "data.housing", "STATUS", null, "SENT_BACK", "SUBMITTED",
                        null));

        ChangesPanel panel = new ChangesPanel(ChangesSinceLastVersion.of(trail), NAMES, "Changed");

        assertThat(panel.getElement().getTextRecursively())
                .contains("1 field changed since version 1 as signed off on Fri 20 Oct 2017, 10:01.")
                .contains("Sent back by Lucy Wade on Fri 20 Oct 2017, 11:00 with this comment: Explain the fall in"
                        + " HF-1");
    }
}
