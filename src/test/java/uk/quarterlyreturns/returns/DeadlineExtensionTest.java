package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.base.calendar.BankHolidays;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.calendar.WorkingDays;

/** A return's own deadline, and which extensions the performance team may agree. */
class DeadlineExtensionTest {

    /** Friday 20 October 2017, 17:00; the report compiles on Tuesday 31 October, 09:00. */
    private static final Instant CYCLE_DEADLINE = london(2017, 10, 20, 17, 0);
    private static final Instant COMPILATION = london(2017, 10, 31, 9, 0);
    private static final Instant NOW = london(2017, 10, 18, 12, 0);
    private static final Instant EXTENDED = london(2017, 10, 27, 17, 0);

    @Test
    void aReturnIsDueAtItsExtensionWhenItHasOneElseAtItsCyclesDeadline() {
        assertThat(ServiceReturn.deadline(EXTENDED, CYCLE_DEADLINE)).isEqualTo(EXTENDED);
        assertThat(ServiceReturn.deadline(null, CYCLE_DEADLINE)).isEqualTo(CYCLE_DEADLINE);
        assertThat(draft(EXTENDED).deadline(CYCLE_DEADLINE)).isEqualTo(EXTENDED);
        assertThat(draft(null).deadline(CYCLE_DEADLINE)).isEqualTo(CYCLE_DEADLINE);
    }

    @Test
    void anExtendedReturnIsOnTimeAndNotOverdueBetweenTheTwoDeadlines() {
        Instant between = london(2017, 10, 24, 10, 0);
        Instant deadline = draft(EXTENDED).deadline(CYCLE_DEADLINE);
        assertThat(ServiceReturn.onTime(between, deadline)).isTrue();
        assertThat(ServiceReturn.overdue(null, ReturnStatus.DRAFT, deadline, between)).isFalse();
        assertThat(ServiceReturn.overdue(null, ReturnStatus.DRAFT, deadline, EXTENDED.plusSeconds(60))).isTrue();
    }

    @Test
    void theProposedExtensionIsFiveWorkingDaysOnAtTheSameTime() {
        WorkingDays workingDays = new WorkingDays(BankHolidays.bundled());
        assertThat(DeadlineExtension.proposed(CYCLE_DEADLINE, COMPILATION, NOW, workingDays))
                .as("Friday 20 October 17:00, five working days on: Friday 27 October 17:00").isEqualTo(EXTENDED);
    }

    /** Proposed on Monday 30 October, when the 27th has passed: a proposal that would only be refused helps nobody. */
    @Test
    void onceThoseDaysHavePassedTheProposalIsFiveWorkingDaysFromTodayButNoLaterThanTheCompilationDate() {
        WorkingDays workingDays = new WorkingDays(BankHolidays.bundled());
        Instant monday = london(2017, 10, 30, 10, 0);
        Instant later = london(2017, 11, 10, 9, 0);
        assertThat(DeadlineExtension.proposed(CYCLE_DEADLINE, later, monday, workingDays))
                .as("Monday 30 October, five working days on: Monday 6 November 17:00")
                .isEqualTo(london(2017, 11, 6, 17, 0));
        assertThat(DeadlineExtension.proposed(CYCLE_DEADLINE, COMPILATION, london(2017, 10, 27, 10, 0), workingDays))
                .as("Friday 27 October 10:00, before 17:00: still the 27th").isEqualTo(EXTENDED);
        Instant compilation = london(2017, 11, 6, 9, 0);
        assertThat(DeadlineExtension.proposed(CYCLE_DEADLINE, compilation, monday, workingDays))
                .as("the compilation date, Monday 6 November 09:00, at the latest").isEqualTo(compilation);
    }

    /**
     * A deadline at midnight closes as the day before it ends: five working days on from the end of Friday 20 October
     * is the end of Friday 27 October, not of Thursday 26th (counted from the Saturday the midnight falls on).
     */
    @Test
    void theProposedExtensionOfAMidnightDeadlineIsFiveWorkingDaysAfterTheDayItEnds() {
        assertThat(DeadlineExtension.proposed(london(2017, 10, 21, 0, 0), COMPILATION, london(2017, 10, 16, 9, 0),
                new WorkingDays(BankHolidays.bundled())))
                .isEqualTo(london(2017, 10, 28, 0, 0));
        assertThat(DeadlineExtension.when(london(2017, 10, 28, 0, 0))).startsWith("Fri 27 Oct 2017");
    }

    @Test
    void theNewDeadlineMustBeAfterNowAndTheCyclesAndNoLaterThanTheCompilationDate() {
        DeadlineExtension.check(EXTENDED, "National data on the 25th", CYCLE_DEADLINE, COMPILATION, NOW);
        DeadlineExtension.check(COMPILATION, "National data on the 25th", CYCLE_DEADLINE, COMPILATION, NOW);
        assertThatThrownBy(() -> DeadlineExtension.check(CYCLE_DEADLINE, "x", CYCLE_DEADLINE, COMPILATION, NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after the cycle's deadline");
        assertThatThrownBy(() -> DeadlineExtension.check(COMPILATION.plusSeconds(60), "x", CYCLE_DEADLINE,
                COMPILATION, NOW)).hasMessageContaining("no later than the compilation date")
                .hasMessageContaining("printed as Missing");
        assertThatThrownBy(() -> DeadlineExtension.check(EXTENDED, "x", CYCLE_DEADLINE, COMPILATION,
                EXTENDED.plusSeconds(1))).hasMessageContaining("has already passed");
        assertThatThrownBy(() -> DeadlineExtension.check(null, "x", CYCLE_DEADLINE, COMPILATION, NOW))
                .hasMessageContaining("Give the new deadline");
    }

    @Test
    void aReasonIsNeededAndKeptToTwoThousandCharacters() {
        assertThatThrownBy(() -> DeadlineExtension.check(EXTENDED, " ", CYCLE_DEADLINE, COMPILATION, NOW))
                .hasMessageContaining("Give the reason");
        DeadlineExtension.checkReason("x".repeat(2000));
        assertThatThrownBy(() -> DeadlineExtension.checkReason("x".repeat(2001)))
                .hasMessageContaining("2001 characters").hasMessageContaining("2000");
    }

    @Test
    void onlyAReturnNotYetInAndNotWithdrawnMayBeExtended() {
        DeadlineExtension.mayExtend(draft(null));
        ServiceReturn submitted = new ServiceReturn(1, 1, 1, "Highways", 1, "Place", ReturnStatus.SUBMITTED, NOW,
                NOW, "data.highways", null, null, null, null, null, 2, null, null);
        assertThatThrownBy(() -> DeadlineExtension.mayExtend(submitted)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Highways's return is submitted now, so its deadline was not changed");
        ServiceReturn sentBack = new ServiceReturn(1, 1, 1, "Highways", 1, "Place", ReturnStatus.SENT_BACK, NOW,
                NOW, "data.highways", null, null, null, null, "Fix it", 3, null, null);
        assertThatThrownBy(() -> DeadlineExtension.mayExtend(sentBack)).as("it was in: its timeliness is decided")
                .isInstanceOf(IllegalStateException.class);
        ServiceReturn withdrawn = new ServiceReturn(1, 1, 1, "Highways", 1, "Place", ReturnStatus.WITHDRAWN, null,
                null, null, null, null, null, null, null, 1, null, null);
        assertThatThrownBy(() -> DeadlineExtension.mayExtend(withdrawn)).hasMessageContaining("nothing due");
    }

    private static ServiceReturn draft(Instant extendedTo) {
        return new ServiceReturn(1, 1, 1, "Highways", 1, "Place", ReturnStatus.DRAFT, null, null, null, null, null,
                null, null, null, 1, null, null, extendedTo, extendedTo == null ? null : "National data on the 25th");
    }

    private static Instant london(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(LondonTime.ZONE).toInstant();
    }
}
