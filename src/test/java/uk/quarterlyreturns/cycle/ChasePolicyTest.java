package uk.quarterlyreturns.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChasePolicyTest {

    private static final LocalTime NINE = LocalTime.of(9, 0);

    @Test
    void theDefaultRemindsSevenAndTwoDaysBeforeAtNineAndEscalatesAfterFiveAndFiveWorkingDays() {
        assertThat(ChasePolicy.DEFAULT.reminderDaysBefore()).containsExactly(7, 2);
        assertThat(ChasePolicy.DEFAULT.reminderTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(ChasePolicy.DEFAULT.graceWorkingDays()).isEqualTo(5);
        assertThat(ChasePolicy.DEFAULT.secondEscalationWorkingDays()).isEqualTo(5);
        assertThat(ChasePolicy.DEFAULT.reminderDaysText()).isEqualTo("7, 2");
    }

    @Test
    void parsesWhatTheSettingsScreenTypes() {
        assertThat(ChasePolicy.parse("7, 2", NINE, 5, 5)).isEqualTo(ChasePolicy.DEFAULT);
        assertThat(ChasePolicy.parse("2,7", NINE, 5, 5)).isEqualTo(ChasePolicy.DEFAULT);
        assertThat(ChasePolicy.parse(" 14 7, 2 ", NINE, 3, 10).reminderDaysBefore()).containsExactly(14, 7, 2);
        assertThat(ChasePolicy.parse("0", NINE, 0, 0).reminderDaysBefore()).containsExactly(0);
        assertThat(ChasePolicy.parse("60", NINE, 60, 60).reminderDaysBefore()).containsExactly(60);
    }

    @Test
    void blankReminderDaysMeanNoReminders() {
        assertThat(ChasePolicy.parse("  ", NINE, 5, 5).reminderDaysBefore()).isEmpty();
        assertThat(ChasePolicy.parse(null, NINE, 5, 5).reminderDaysBefore()).isEmpty();
        assertThat(ChasePolicy.parse("", NINE, 5, 5).reminderDaysText()).isEmpty();
    }

    @Test
    void reminderDaysAreKeptLargestFirstAndCannotBeChanged() {
        ChasePolicy policy = new ChasePolicy(List.of(1, 14, 3), NINE, 5, 5);
        assertThat(policy.reminderDaysBefore()).containsExactly(14, 3, 1);
        assertThat(policy.reminderDaysText()).isEqualTo("14, 3, 1");
        assertThatThrownBy(() -> policy.reminderDaysBefore().add(2)).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', value = {
            "seven | Reminder days must be whole numbers of days before the deadline, such as 7, 2: \"seven\" is not",
            "7.5   | Reminder days must be whole numbers of days before the deadline, such as 7, 2: \"7.5\" is not",
            "7, -1 | Reminder days cannot be negative: -1",
            "7, 7  | Reminder days must not repeat: 7 is given twice",
            "61, 2 | Reminders can go out at most 60 days before the deadline: 61",
    })
    void badReminderDaysAreRefusedWithAClearMessage(String typed, String message) {
        assertThatThrownBy(() -> ChasePolicy.parse(typed, NINE, 5, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void duplicatesAreRefusedWhenBuiltDirectlyToo() {
        assertThatThrownBy(() -> new ChasePolicy(List.of(2, 7, 2), NINE, 5, 5))
                .hasMessage("Reminder days must not repeat: 2 is given twice");
    }

    @Test
    void escalationPeriodsMustBeZeroToSixtyWorkingDays() {
        assertThatThrownBy(() -> ChasePolicy.parse("7, 2", NINE, -1, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The grace period before the strategic director is told must be between 0 and 60 "
                        + "working days: -1");
        assertThatThrownBy(() -> ChasePolicy.parse("7, 2", NINE, 61, 5))
                .hasMessageEndingWith("must be between 0 and 60 working days: 61");
        assertThatThrownBy(() -> ChasePolicy.parse("7, 2", NINE, 5, 61))
                .hasMessage("The further period before the chief executive is told must be between 0 and 60 "
                        + "working days: 61");
        assertThatThrownBy(() -> ChasePolicy.parse("7, 2", NINE, 5, -3))
                .hasMessageContaining("chief executive").hasMessageEndingWith(": -3");
    }

    @Test
    void aReminderTimeIsNeeded() {
        assertThatThrownBy(() -> ChasePolicy.parse("7, 2", null, 5, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A reminder time is needed");
    }
}
