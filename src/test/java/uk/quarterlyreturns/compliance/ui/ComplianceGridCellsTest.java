package uk.quarterlyreturns.compliance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.data.provider.SortDirection;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.ui.UkDates;
import uk.quarterlyreturns.compliance.ReturnCompliance;
import uk.quarterlyreturns.returns.ReturnStatus;

/** The compliance grid's cells that say two things at once: the service with its director, and the chasing. */
class ComplianceGridCellsTest {

    private static final Instant DEADLINE = Instant.parse("2017-10-20T16:00:00Z");
    private static final Instant MONDAY = Instant.parse("2017-10-23T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2017-10-24T09:00:00Z");

    @Test
    void theDirectorIsNamedUnderTheServiceAndAServiceWithoutOneSaysSo() {
        assertThat(ComplianceGrid.service(row("Housing", "Imran Hussain", 0, 0, null)).getElement()
                .getTextRecursively()).isEqualTo("HousingDirector now: Imran Hussain");
        assertThat(ComplianceGrid.service(row("Parks", null, 0, 0, null)).getElement().getTextRecursively())
                .isEqualTo("ParksNo director now");
    }

    @Test
    void theChasingIsCountedInWordsWithWhenTheLastWent() {
        assertThat(text(row("A", "D", 2, 1, TUESDAY))).isEqualTo("2 reminders, 1 escalation"
                + "Last " + UkDates.WHEN.format(TUESDAY));
        assertThat(text(row("A", "D", 1, 0, MONDAY))).startsWith("1 reminderLast ");
        assertThat(text(row("A", "D", 0, 3, MONDAY))).startsWith("3 escalationsLast ");
        assertThat(text(row("A", "D", 0, 0, null))).isEqualTo("Not chased");
    }

    @Test
    void theChasedSortByHowOftenThenByWhenTheLastWent() {
        ComplianceGrid grid = new ComplianceGrid(DEADLINE, ZonedDateTime.of(2017, 10, 25, 9, 0, 0, 0,
                LondonTime.ZONE), null, null);
        ReturnCompliance never = row("Never", "D", 0, 0, null);
        ReturnCompliance onceMonday = row("Once Monday", "D", 1, 0, MONDAY);
        ReturnCompliance onceTuesday = row("Once Tuesday", "D", 0, 1, TUESDAY);
        ReturnCompliance thrice = row("Thrice", "D", 2, 1, MONDAY);
        List<ReturnCompliance> rows = new ArrayList<>(List.of(thrice, onceTuesday, never, onceMonday));

        rows.sort(grid.getColumnByKey("chased").getComparator(SortDirection.ASCENDING));

        assertThat(rows).containsExactly(never, onceMonday, onceTuesday, thrice);
    }

    private static String text(ReturnCompliance r) {
        return ComplianceGrid.chased(r).getElement().getTextRecursively();
    }

    private static ReturnCompliance row(String service, String director, int reminders, int escalations,
            Instant lastChased) {
        return new ReturnCompliance(1, 1, service, "Place", director, ReturnStatus.DRAFT, null, false, true, true,
                -3, reminders, escalations, lastChased, MONDAY);
    }
}
