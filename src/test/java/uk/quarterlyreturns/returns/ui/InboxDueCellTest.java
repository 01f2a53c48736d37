package uk.quarterlyreturns.returns.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The inbox's Due cell: the date on a line of its own and how soon beneath, coloured by how soon. */
class InboxDueCellTest {

    @Test
    void theDateComesFirstAndHowSoonBeneathItInTheColourOfItsUrgency() {
        // 20 October 2017 at 17:00 in London (British Summer Time)
        Div cell = InboxView.due(item(Instant.parse("2017-10-20T16:00:00Z"), "2 days overdue",
                InboxItem.Urgency.OVERDUE));

        List<Component> lines = cell.getChildren().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).getElement().getText()).isEqualTo("Fri 20 Oct 2017, 17:00");
        assertThat(lines.get(1).getElement().getText()).isEqualTo("2 days overdue");
        assertThat(lines.get(1).getElement().getClassList()).contains("cell-note", "due-overdue");
    }

    @Test
    void aMidnightDeadlineIsTheDayItEnds() {
        Div cell = InboxView.due(item(Instant.parse("2017-10-20T23:00:00Z"), "closes in 3 days",
                InboxItem.Urgency.NONE));

        assertThat(cell.getChildren().toList().get(0).getElement().getText())
                .isEqualTo("20 Oct 2017, midnight at the end of the day");
        assertThat(cell.getChildren().toList().get(1).getElement().getClassList()).contains("due-none");
    }

    @Test
    void aTaskWithoutADueDateSaysSo() {
        assertThat(InboxView.due(item(null, "", InboxItem.Urgency.NONE)).getElement().getTextRecursively())
                .isEqualTo("No due date");
    }

    private static InboxItem item(Instant due, String closesIn, InboxItem.Urgency urgency) {
        return new InboxItem("t", "Complete return", "Housing return", "Q2 2017/18", "Housing", due, closesIn,
                urgency, "Not started", "returns/1", null, null, null);
    }
}
