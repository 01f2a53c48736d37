package uk.quarterlyreturns.chasing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ServiceReturn;

/**
 * Returns already in are judged on time or late against the deadline as it stands, so moving the cycle's deadline
 * judges them again: said before the move, naming each that would change, so nobody makes late returns on time (or
 * the reverse) unseen.
 */
@Component
class OnTimeAfterAMove {

    private final CycleRepository cycles;
    private final ReturnRepository returns;

    OnTimeAfterAMove(CycleRepository cycles, ReturnRepository returns) {
        this.cycles = cycles;
        this.returns = returns;
    }

    /** "Housing's and Parks' returns, in late, would then count as in on time"; empty when none would change. */
    List<String> changes(long cycleId, Instant newDeadline) {
        Cycle cycle = cycles.find(cycleId).orElseThrow();
        List<String> nowOnTime = new ArrayList<>();
        List<String> nowLate = new ArrayList<>();
        for (ServiceReturn r : returns.forCycle(cycleId)) {
            if (!r.isIn() || r.status() == ReturnStatus.WITHDRAWN) {
                continue;
            }
            Instant after = CycleDateChanges.deadlineAfter(r, newDeadline);
            boolean was = ServiceReturn.onTime(r.firstSubmittedAt(), r.deadline(cycle.submissionDeadline()));
            boolean will = ServiceReturn.onTime(r.firstSubmittedAt(), after);
            if (was != will) {
                (will ? nowOnTime : nowLate).add(r.serviceName());
            }
        }
        List<String> said = new ArrayList<>();
        if (!nowOnTime.isEmpty()) {
            said.add(named(nowOnTime) + ", in late, would then count as in on time");
        }
        if (!nowLate.isEmpty()) {
            said.add(named(nowLate) + ", in on time, would then count as in late");
        }
        return said;
    }

    private static String named(List<String> services) {
        List<String> owned = services.stream().map(s -> s + (s.endsWith("s") ? "'" : "'s")).toList();
        String names = owned.size() == 1 ? owned.get(0)
                : String.join(", ", owned.subList(0, owned.size() - 1)) + " and " + owned.get(owned.size() - 1);
        return names + (owned.size() == 1 ? " return" : " returns");
    }
}
