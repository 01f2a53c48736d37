package uk.quarterlyreturns.cycle;

import java.util.List;

/**
 * Who had a hand in a cycle's returns, and in whose: prepared, submitted, signed off or accepted one (the report
 * prints them, so none of them may approve it: ReportDuties); known to the returns feature.
 */
public interface ReturnsWorkedOn {

    /** Each person's work on the cycle's returns, in the words a refusal quotes ("signed off Housing's return"). */
    List<ReportDuties.Work> of(long cycleId);
}
