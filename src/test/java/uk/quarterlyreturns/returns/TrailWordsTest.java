package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The history's words for the trail's codes; a code it does not know is shown as stored, never dropped. */
class TrailWordsTest {

    @Test
    void kindsChaseStepsStatusesAndRagsInWords() {
        assertThat(TrailWords.what("ACTION_ACTIONS_PLANNED")).isEqualTo("Key action actions planned");
        assertThat(TrailWords.what("STEP_TAKEN_OVER")).isEqualTo("Step taken over");
        assertThat(TrailWords.what("STEP_CLAIMED")).isEqualTo("Step claimed");
        assertThat(TrailWords.what("STEP_RELEASED")).isEqualTo("Step released");
        assertThat(TrailWords.what("COUNTERSIGNED")).isEqualTo("Countersigned");
        assertThat(TrailWords.item("CHASE", "REMINDER_5")).isEqualTo("Reminder 5 days before the deadline");
        assertThat(TrailWords.item("CHASE", "REMINDER_1")).isEqualTo("Reminder 1 day before the deadline");
        assertThat(TrailWords.item("CHASE", "ESCALATION_STRATEGIC")).isEqualTo("Escalation to the strategic director");
        assertThat(TrailWords.item("VALUE", "REMINDER_5")).as("a measure's code is never read as a chase")
                .isEqualTo("REMINDER_5");
        assertThat(TrailWords.value("STATUS", "SIGNED_OFF")).isEqualTo("Signed off");
        assertThat(TrailWords.value("RAG_OVERRIDE", "AMBER_GREEN")).isEqualTo("Amber/Green");
        assertThat(TrailWords.value("VALUE", "GREEN")).as("a narrative saying GREEN stays as written").isEqualTo("GREEN");
        assertThat(TrailWords.what("SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");
    }

    /** A chase planned from an agreed extension is named apart in the trail, and read as the same step. */
    @Test
    void aChaseAfterAnExtensionAndTheExtensionItselfInWords() {
        assertThat(TrailWords.item("CHASE", "OVERDUE@1509206400")).isEqualTo("Overdue notice (extended deadline)");
        assertThat(TrailWords.item("CHASE", "REMINDER_2@1509206400"))
                .isEqualTo("Reminder 2 days before the deadline (extended deadline)");
        assertThat(TrailWords.item("CHASE", "EXTENDED")).isEqualTo("Deadline extended");
        assertThat(TrailWords.what(DeadlineExtension.TRAIL_KIND)).isEqualTo("Deadline");
        assertThat(TrailWords.value("STATUS", null)).isNull();
    }

    /** A chase planned from a cycle's deadline once changed is named apart in the trail too. */
    @Test
    void aChaseAfterTheCyclesDeadlineChangedInWords() {
        assertThat(TrailWords.item("CHASE", "OVERDUE#1509206400")).isEqualTo("Overdue notice (changed deadline)");
        assertThat(TrailWords.item("CHASE", "REMINDER_2#1509206400"))
                .isEqualTo("Reminder 2 days before the deadline (changed deadline)");
    }
}
