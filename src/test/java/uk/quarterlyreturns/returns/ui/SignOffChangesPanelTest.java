package uk.quarterlyreturns.returns.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.NativeTable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.base.security.Names;
import uk.quarterlyreturns.returns.ChangesSinceLastVersion;
import uk.quarterlyreturns.returns.ReturnTrail.Event;

/**
 * The changes at sign-off name who made them. A username may hold a comma (a council account's, say): it is one
 * person, named once, not cut in two.
 */
class SignOffChangesPanelTest {

    private static final Instant SUBMITTED = Instant.parse("2950-07-20T09:00:00Z");

    @Test
    void aUsernameWithACommaIsOnePersonNamedOnce() {
        List<Event> trail = List.of(
                new Event(1, 1, SUBMITTED, "data.housing", "STATUS", null, "DRAFT", "SUBMITTED", null),
                new Event(2, 1, SUBMITTED.plusSeconds(60), "smith, jo", "VALUE", "HF-1", "85", "88", null),
                new Event(3, 1, SUBMITTED.plusSeconds(120), "dir.housing", "VALUE", "HF-1", "88", "89", null));
        Names names = new Names(Map.of("smith, jo", "Jo Smith", "dir.housing", "Imran Hussain"));

        SignOffChangesPanel panel = new SignOffChangesPanel(ChangesSinceLastVersion.of(trail), names);

        assertThat(panel.getElement().getTextRecursively()).contains("changed at sign-off by Jo Smith, Imran Hussain.")
                .doesNotContain("smith");
        NativeTable table = (NativeTable) panel.getChildren().filter(NativeTable.class::isInstance).findFirst()
                .orElseThrow();
        assertThat(table.getBody().getRow(0).orElseThrow().getElement().getTextRecursively())
                .contains("Jo Smith, Imran Hussain");
    }

    @Test
    void aKeyActionsStatusChangedAtSignOffIsInWords() {
        List<Event> trail = List.of(
                new Event(1, 1, SUBMITTED, "data.housing", "STATUS", null, "DRAFT", "SUBMITTED", null),
                new Event(2, 1, SUBMITTED.plusSeconds(60), "dir.housing", "ACTION_STATUS", "HKA-1", "AMBER_GREEN",
                        "RED_AMBER", null));

        SignOffChangesPanel panel = new SignOffChangesPanel(ChangesSinceLastVersion.of(trail), Names.NONE);

        assertThat(panel.getElement().getTextRecursively()).contains("Amber/Green", "Red/Amber")
                .doesNotContain("AMBER_");
    }
}
