package uk.quarterlyreturns.cycle;

import java.time.Instant;
import java.time.LocalTime;

/** One quarter's run: its returns, deadline, compilation date and how late returns are chased. */
public record Cycle(long id, long yearId, String yearLabel, int quarter, CycleStatus status, Instant submissionDeadline,
        Instant compilationDate, String openedBy, Instant openedAt, String reminderDays, LocalTime reminderTime,
        int graceWorkingDays, int secondEscalationWorkingDays) {

    public ChasePolicy chasePolicy() {
        return ChasePolicy.parse(reminderDays, reminderTime, graceWorkingDays, secondEscalationWorkingDays);
    }

    /** "Q2 2017/18". */
    public String shortName() {
        return "Q" + quarter + " " + yearLabel.replace('-', '/');
    }
}
