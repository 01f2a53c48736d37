package uk.quarterlyreturns.compliance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.compliance.ReturnCompliance;
import uk.quarterlyreturns.returns.ReturnStatus;

/**
 * An extension to midnight closes at the end of the day before it, as its mail, its page and its countdown say: the
 * compliance row said "Extended to 28 Oct 2017" for one that closes as Friday 27 October ends.
 */
class ExtendedToMidnightTest {

    @Test
    void anExtensionToMidnightIsShownAsTheDayItEnds() {
        Instant cycleDeadline = ZonedDateTime.of(2017, 10, 20, 17, 0, 0, 0, LondonTime.ZONE).toInstant();
        Instant midnight = ZonedDateTime.of(2017, 10, 28, 0, 0, 0, 0, LondonTime.ZONE).toInstant();
        ReturnCompliance highways = new ReturnCompliance(1, 1, "Highways", "Place", "Lucy Wade", ReturnStatus.DRAFT,
                null, false, false, false, 3, 0, 0, null, null, midnight, "National data late");

        String shown = ComplianceGrid.timing(highways, cycleDeadline,
                ZonedDateTime.of(2017, 10, 24, 9, 0, 0, 0, LondonTime.ZONE)).getElement().getTextRecursively();

        assertThat(shown).contains("Extended to 27 Oct 2017, " + LondonTime.MIDNIGHT_WORDS).doesNotContain("28 Oct");
    }
}
