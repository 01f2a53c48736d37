package uk.quarterlyreturns.cycle.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.Cycle;

/**
 * A cycle as GET .../cycle gives it: its dates (instants, UTC), status, reminder schedule and what the open-cycle
 * dialog would warn of.
 */
record CycleJson(String year, int quarter, String name, String status, String statusLabel, Instant deadline,
        Instant compilationDate, String openedBy, Instant openedAt, List<Integer> reminderDays, String reminderTime,
        int graceWorkingDays, int secondEscalationWorkingDays,
        @Schema(description = "What the open-cycle dialog would warn of, such as dates running past the end of the"
                + " bank holiday calendar; the cycle is open all the same. Empty when there is nothing to say")
        List<String> warnings) {

    static CycleJson of(Cycle c, List<String> warnings) {
        ChasePolicy policy = c.chasePolicy();
        return new CycleJson(c.yearLabel(), c.quarter(), c.shortName(), c.status().name(), c.status().label(),
                c.submissionDeadline(), c.compilationDate(), c.openedBy(), c.openedAt(), policy.reminderDaysBefore(),
                policy.reminderTime().toString(), policy.graceWorkingDays(), policy.secondEscalationWorkingDays(),
                List.copyOf(warnings));
    }
}
