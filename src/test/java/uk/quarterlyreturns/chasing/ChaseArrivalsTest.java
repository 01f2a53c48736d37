package uk.quarterlyreturns.chasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.people.Person;

/** A chase by hand reaches someone at once, or in their next daily digest: the words say which, and when. */
class ChaseArrivalsTest {

    private static final Person AT_ONCE = person(false);
    private static final Person DIGEST = person(true);

    @Test
    void someoneWithoutADigestHasItQueuedForDelivery() {
        assertThat(ChaseArrivals.when(AT_ONCE, london(10, 30))).isEqualTo("queued for delivery");
    }

    @Test
    void beforeSevenItGoesInThisMorningsDigestAndFromSevenInTomorrows() {
        assertThat(ChaseArrivals.when(DIGEST, london(6, 59))).isEqualTo("in their daily digest at 07:00 today");
        assertThat(ChaseArrivals.when(DIGEST, london(7, 0))).isEqualTo("in their daily digest at 07:00 tomorrow");
        assertThat(ChaseArrivals.when(DIGEST, london(18, 0))).isEqualTo("in their daily digest at 07:00 tomorrow");
    }

    @Test
    void theDigestHourIsLondonTimeInSummerWhateverZoneTheClockGives() {
        // 06:30 UTC on 10 July is 07:30 BST: this morning's digest has gone.
        assertThat(ChaseArrivals.when(DIGEST, ZonedDateTime.of(2820, 7, 10, 6, 30, 0, 0, ZoneOffset.UTC)))
                .endsWith("tomorrow");
        assertThat(ChaseArrivals.when(DIGEST, ZonedDateTime.of(2820, 7, 10, 5, 30, 0, 0, ZoneOffset.UTC)))
                .endsWith("today");
    }

    private static ZonedDateTime london(int hour, int minute) {
        return ZonedDateTime.of(2820, 1, 10, hour, minute, 0, 0, LondonTime.ZONE);
    }

    private static Person person(boolean digest) {
        return new Person("p", "P", "p@demo.council.test", EnumSet.of(Role.DATA_OFFICER), 1L, 1L, true, false, digest);
    }
}
