package uk.quarterlyreturns.returns;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.CycleStatus;
import uk.quarterlyreturns.framework.ReturnsBeingCollected;

/**
 * The year's cycles whose returns a change to the framework reaches at once: any not yet published, and none being
 * corrected after publication (such a cycle is left as it was published). One whose report has begun compiling is
 * among them so that a change withdrawing or issuing its returns is refused rather than passed over.
 */
@Component
class ReturnsBeingCollectedQuery implements ReturnsBeingCollected {

    private final CycleRepository cycles;
    private final JdbcClient jdbc;

    ReturnsBeingCollectedQuery(CycleRepository cycles, JdbcClient jdbc) {
        this.cycles = cycles;
        this.jdbc = jdbc;
    }

    /** The year's cycles not yet published nor being corrected, in the order of their quarters. */
    List<Cycle> collecting(long yearId) {
        List<Cycle> collecting = new ArrayList<>();
        for (int quarter = 1; quarter <= 4; quarter++) {
            cycles.find(yearId, quarter)
                    .filter(c -> c.status() != CycleStatus.PUBLISHED && cycles.pendingChangeNote(c.id()) == null)
                    .ifPresent(collecting::add);
        }
        return collecting;
    }

    @Override
    public Map<Integer, Set<Long>> issued(long yearId) {
        Map<Integer, Set<Long>> issued = new TreeMap<>();
        for (Cycle cycle : collecting(yearId)) {
            issued.put(cycle.quarter(), Set.copyOf(jdbc.sql("select service_id from service_return where cycle_id = :c"
                    + " and status <> 'WITHDRAWN'").param("c", cycle.id()).query(Long.class).list()));
        }
        return issued;
    }
}
