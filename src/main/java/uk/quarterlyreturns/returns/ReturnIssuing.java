package uk.quarterlyreturns.returns;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.YearStructure;

/** Issues a cycle's returns: one per service that owes something this quarter, each in its own process. */
@Service
public class ReturnIssuing {

    private final CycleRepository cycles;
    private final ReturnRepository returns;
    private final RuntimeService runtime;
    private final JdbcClient jdbc;
    private final YearStructure structure;
    private final ReturnTrail trail;

    ReturnIssuing(CycleRepository cycles, ReturnRepository returns, RuntimeService runtime, JdbcClient jdbc,
            YearStructure structure, ReturnTrail trail) {
        this.trail = trail;
        this.cycles = cycles;
        this.returns = returns;
        this.runtime = runtime;
        this.jdbc = jdbc;
        this.structure = structure;
    }

    /** One return per service that owns a measure due this quarter or a key action. */
    @Transactional
    public int issueReturns(long cycleId) {
        List<Long> services = owingServices(cycles.find(cycleId).orElseThrow());
        // A retried step issues nothing twice.
        Set<Long> alreadyIssued = new HashSet<>(jdbc.sql("select service_id from service_return where cycle_id = :c")
                .param("c", cycleId).query(Long.class).list());
        // The returns' rows go in, and their instances are noted, one statement each for the whole cycle: opening a
        // cycle waits on its statements, and the engine already writes the instances in batches at the commit.
        List<Long> toIssue = services.stream().filter(s -> !alreadyIssued.contains(s)).toList();
        Map<Long, Long> returnIds = returns.insert(cycleId, toIssue);
        trail.figuresAlreadyIn(returnIds.values());
        Map<Long, String> instances = new LinkedHashMap<>();
        for (long service : toIssue) {
            long returnId = returnIds.get(service);
            instances.put(returnId, start(returnId));
        }
        returns.setProcessInstances(instances);
        return toIssue.size();
    }

    /** The services that own a measure due in the cycle's quarter or a key action of its year. */
    List<Long> owingServices(Cycle cycle) {
        return structure.owingServices(cycle.yearId(), cycle.quarter());
    }

    /** A return withdrawn with nothing due whose service owes something again: issued afresh, notice and all. */
    void issueAgain(long returnId) {
        returns.setStatus(returnId, ReturnStatus.NOT_STARTED);
        returns.setProcessInstance(returnId, start(returnId));
    }

    private String start(long returnId) {
        return runtime.startProcessInstanceByKey(ReturnProcess.PROCESS_ID, ReturnProcess.businessKey(returnId),
                Map.of(ReturnProcess.VAR_RETURN_ID, returnId)).getId();
    }
}
