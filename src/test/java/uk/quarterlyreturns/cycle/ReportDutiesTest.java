package uk.quarterlyreturns.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.cycle.ReportDuties.Work;

/** Nobody approves a report they sent for approval or whose cover report they wrote; anyone else may. */
class ReportDutiesTest {

    private static final List<Work> WORK = List.of(new Work("pat", ReportDuties.SENT_REVISED),
            new Work("sam", ReportDuties.WROTE_COVER), new Work("pat", ReportDuties.SENT_REVISED),
            new Work("pat", ReportDuties.WROTE_COVER));

    @Test
    void whoeverWorkedOnTheReportIsToldWhatTheyDid() {
        assertThat(ReportDuties.whyNotApprove("pat", WORK)).contains("You sent the revised report for approval and"
                + " wrote its cover report for Cabinet, so you may not approve it: nobody checks their own work. It"
                + " waits for a chief executive who had no hand in it.");
        assertThat(ReportDuties.whyNotApprove("sam", WORK)).hasValueSatisfying(why -> assertThat(why)
                .startsWith("You wrote its cover report for Cabinet, so you may not approve it"));
    }

    @Test
    void anyoneElseMayApprove() {
        assertThat(ReportDuties.whyNotApprove("ceo", WORK)).isEmpty();
        assertThat(ReportDuties.whyNotApprove("ceo", List.of())).isEmpty();
    }
}
