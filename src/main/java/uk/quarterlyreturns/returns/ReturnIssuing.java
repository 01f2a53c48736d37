package uk.quarterlyreturns.returns;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;

/** Issues a cycle's returns: one per service that owes something this quarter, each in its own process. */
@Service
public class ReturnIssuing {

    private final CycleRepository cycles;
    private final ReturnRepository returns;
    private final RuntimeService runtime;
    private final JdbcClient jdbc;

    ReturnIssuing(CycleRepository cycles, ReturnRepository returns, RuntimeService runtime, JdbcClient jdbc) {
        this.cycles = cycles;
        this.returns = returns;
        this.runtime = runtime;
        this.jdbc = jdbc;
    }

    /** One return per service that owns a measure due this quarter or a key action. */
    @Transactional
    public int issueReturns(long cycleId) {
        Cycle cycle = cycles.find(cycleId).orElseThrow();
        List<Long> services = jdbc.sql("""
                select distinct service_id from measure
                where year_id = :y and (frequency = 'QUARTERLY' or due_quarter = :q)
                union select distinct service_id from key_action where year_id = :y
                """).param("y", cycle.yearId()).param("q", cycle.quarter()).query(Long.class).list();
        // A retried step issues nothing twice.
        Set<Long> alreadyIssued = new HashSet<>(jdbc.sql("select service_id from service_return where cycle_id = :c")
                .param("c", cycleId).query(Long.class).list());
        int issued = 0;
        for (long service : services) {
            if (alreadyIssued.contains(service)) {
                continue;
            }
            long returnId = returns.insert(cycleId, service);
            String instance = runtime.startProcessInstanceByKey(ReturnProcess.PROCESS_ID,
                    ReturnProcess.businessKey(returnId), Map.of(ReturnProcess.VAR_RETURN_ID, returnId)).getId();
            returns.setProcessInstance(returnId, instance);
            issued++;
        }
        return issued;
    }
}
