package uk.quarterlyreturns.cycle.api;

import java.time.Instant;
import java.util.List;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.Cycle;

/** A cycle as GET .../cycle gives it: its dates (instants, UTC), status and reminder schedule. */
record CycleJson(String year, int quarter, String name, String status, String statusLabel, Instant deadline,
        Instant compilationDate, String openedBy, Instant openedAt, List<Integer> reminderDays, String reminderTime,
        int graceWorkingDays, int secondEscalationWorkingDays) {

    static CycleJson of(Cycle c) {
        ChasePolicy policy = c.chasePolicy();
        return new CycleJson(c.yearLabel(), c.quarter(), c.shortName(), c.status().name(), c.status().label(),
                c.submissionDeadline(), c.compilationDate(), c.openedBy(), c.openedAt(), policy.reminderDaysBefore(),
                policy.reminderTime().toString(), policy.graceWorkingDays(), policy.secondEscalationWorkingDays());
    }
}
