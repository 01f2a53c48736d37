package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.base.calendar.LondonTime;

/** Which changes of an open cycle's dates are refused, and what is asked first. */
class CycleDatesChangeTest {

    private static final Instant NOW = london(2017, 10, 18, 12, 0);
    private static final Instant DEADLINE = london(2017, 10, 20, 17, 0);
    private static final Instant COMPILATION = london(2017, 10, 31, 9, 0);

    @Test
    void aTypoMendedAsksNothing() {
        CycleDatesChange.Questions q = CycleDatesChange.check(true, DEADLINE, COMPILATION, DEADLINE, COMPILATION,
                "Typo: the 20th not the 2nd", List.of(new CycleDatesChange.Owed("Housing", null)), NOW);
        assertThat(q.any()).isFalse();
        assertThat(q.words("x")).isEmpty();
    }

    @Test
    void refusedOnceCompilationHasBegunOrWithDatesOutOfOrder() {
        assertThatThrownBy(() -> CycleDatesChange.check(false, DEADLINE, COMPILATION, DEADLINE, COMPILATION, "x", List.of(), NOW))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("compilation has begun");
        assertThatThrownBy(() -> CycleDatesChange.check(true, DEADLINE, COMPILATION, COMPILATION, DEADLINE, "x", List.of(), NOW))
                .hasMessage("The compilation date must come after the submission deadline");
        assertThatThrownBy(() -> CycleDatesChange.check(true, DEADLINE, COMPILATION, NOW.minusSeconds(7200),
                NOW.minusSeconds(60), "x", List.of(), NOW))
                .hasMessageContaining("has already passed: the report would be compiled at once");
        assertThatThrownBy(() -> CycleDatesChange.check(true, DEADLINE, COMPILATION, DEADLINE, COMPILATION, " ", List.of(), NOW))
                .hasMessageContaining("Give the reason");
    }

    /** Its compilation date reached, the report compiles once its timer fires, whatever a change then says. */
    @Test
    void refusedOnceTheCompilationDateIsReachedThoughItsTimerHasNotFired() {
        Instant later = london(2017, 11, 7, 9, 0);
        for (Instant now : List.of(COMPILATION, COMPILATION.plusSeconds(60))) {
            assertThatThrownBy(() -> CycleDatesChange.check(true, DEADLINE, COMPILATION, DEADLINE, later,
                    "Cabinet moved a week", List.of(), now)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("The report's compilation has begun, so the cycle's dates can no longer be changed");
        }
        assertThat(CycleDatesChange.check(true, DEADLINE, COMPILATION, DEADLINE, later, "Cabinet moved a week",
                List.of(), COMPILATION.minusSeconds(60)).any()).as("a minute before").isFalse();
    }

    @Test
    void anExtensionLaterThanTheNewCompilationDateRefusesTheChangeNamingTheService() {
        Instant highways = london(2017, 10, 30, 17, 0);
        assertThatThrownBy(() -> CycleDatesChange.check(true, DEADLINE, COMPILATION, DEADLINE, london(2017, 10, 27, 9, 0), "x",
                List.of(new CycleDatesChange.Owed("Highways", highways)), NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Highways's deadline is extended to Mon 30 Oct 2017, 17:00, after the new"
                        + " compilation date");
    }

    @Test
    void aDeadlineAlreadyPastAndExtensionsItOvertakesAreAskedFirst() {
        Instant highways = london(2017, 10, 24, 17, 0);
        CycleDatesChange.Questions q = CycleDatesChange.check(true, DEADLINE, COMPILATION, london(2017, 10, 25, 17, 0),
                COMPILATION, "x", List.of(new CycleDatesChange.Owed("Highways", highways),
                        new CycleDatesChange.Owed("Parks", london(2017, 10, 27, 17, 0))), NOW);
        assertThat(q.extensionsEnded()).containsExactly("Highways");
        assertThat(q.deadlinePassed()).isFalse();
        assertThat(String.join(" ", q.words("Wed 25 Oct 2017, 17:00"))).contains("extension agreed for Highways: it"
                + " ends");

        CycleDatesChange.Questions past = CycleDatesChange.check(true, DEADLINE, COMPILATION, london(2017, 10, 16, 17, 0),
                COMPILATION, "x", List.of(), NOW);
        assertThat(past.deadlinePassed()).isTrue();
        assertThat(past.words("Mon 16 Oct 2017, 17:00")).singleElement().asString()
                .contains("has already passed: every return not yet in becomes overdue at once");
    }

    /** After the deadline, only the compilation date moved: nothing becomes overdue by it, so nothing is asked. */
    @Test
    void aPassedDeadlineLeftAsItWasIsNotAskedAbout() {
        Instant after = london(2017, 10, 23, 9, 0);
        CycleDatesChange.Questions q = CycleDatesChange.check(true, DEADLINE, COMPILATION, DEADLINE, london(2017, 11, 3, 9, 0),
                "Report moved to the Friday", List.of(new CycleDatesChange.Owed("Highways", null)), after);
        assertThat(q.any()).isFalse();
        assertThat(q.words("Fri 20 Oct 2017, 17:00")).isEmpty();
        assertThat(CycleDatesChange.check(true, DEADLINE, COMPILATION, london(2017, 10, 19, 17, 0), london(2017, 11, 3, 9, 0),
                "Closed a day early", List.of(), after).deadlinePassed()).as("moved to another time past").isTrue();
    }

    /** Agreeing to what was asked agrees to nothing that arose since: an extension the new deadline would end. */
    @Test
    void aQuestionNotAskedIsNotAgreedTo() {
        Instant moved = london(2017, 10, 26, 17, 0);
        List<String> asked = CycleDatesChange.check(true, DEADLINE, COMPILATION, moved, COMPILATION, "x", List.of(), NOW)
                .words("Thu 26 Oct 2017, 17:00");
        CycleDatesChange.Questions now = CycleDatesChange.check(true, DEADLINE, COMPILATION, moved, COMPILATION, "x",
                List.of(new CycleDatesChange.Owed("Highways", london(2017, 10, 25, 17, 0))), NOW);
        assertThat(now.notAsked(asked, "Thu 26 Oct 2017, 17:00")).singleElement().asString()
                .contains("extension agreed for Highways");
        assertThat(now.notAsked(now.words("Thu 26 Oct 2017, 17:00"), "Thu 26 Oct 2017, 17:00")).isEmpty();
    }

    private static Instant london(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(LondonTime.ZONE).toInstant();
    }
}
