package uk.quarterlyreturns.returns;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.YearStructure;

/** Issues a cycle's returns: one per service that owes something this quarter, each in its own process. */
@Service
public class ReturnIssuing {

    private final CycleRepository cycles;
    private final ReturnRepository returns;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final YearStructure structure;
    private final IssuedAndMovedFigures figures;
    private final MeasureRepository measures;

    ReturnIssuing(CycleRepository cycles, ReturnRepository returns, RuntimeService runtime,
            RepositoryService repository, JdbcClient jdbc, YearStructure structure, IssuedAndMovedFigures figures,
            ApplicationEventPublisher events, MeasureRepository measures) {
        this.measures = measures;
        this.repository = repository;
        this.events = events;
        this.figures = figures;
        this.cycles = cycles;
        this.returns = returns;
        this.runtime = runtime;
        this.jdbc = jdbc;
        this.structure = structure;
    }

    /**
     * One return per service that owns a measure due this quarter or a key action. Each return's process runs in
     * this transaction to its task and chase timer, so the engine writes the whole cycle's executions, tasks,
     * timers and history in a few batches at the commit; each notice is a step of its own after it. The year's
     * framework is held first: an import under way (which found no cycle to follow when it began) is waited for, so
     * the returns follow the structure it leaves, not the one it replaces.
     */
    @Transactional
    public int issueReturns(long cycleId) {
        Cycle cycle = cycles.find(cycleId).orElseThrow();
        measures.lockYearToRead(cycle.yearId());
        List<Long> services = owingServices(cycle);
        // A retried step issues nothing twice.
        Set<Long> alreadyIssued = new HashSet<>(jdbc.sql("select service_id from service_return where cycle_id = :c")
                .param("c", cycleId).query(Long.class).list());
        // The returns' rows go in, and their instances are noted, one statement each for the whole cycle: opening a
        // cycle waits on its statements, and the engine already writes the instances in batches at the commit.
        List<Long> toIssue = services.stream().filter(s -> !alreadyIssued.contains(s)).toList();
        Map<Long, Long> returnIds = returns.insert(cycleId, toIssue);
        figures.figuresAlreadyIn(returnIds.values(), !alreadyIssued.isEmpty());
        events.publishEvent(new ReturnsStarting(returnIds.values()));
        String definition = latestDefinition();
        Map<Long, String> instances = new LinkedHashMap<>();
        for (long service : toIssue) {
            long returnId = returnIds.get(service);
            instances.put(returnId, start(definition, returnId));
        }
        returns.setProcessInstances(instances);
        return toIssue.size();
    }

    /** The services that own a measure due in the cycle's quarter or a key action of its year. */
    List<Long> owingServices(Cycle cycle) {
        return structure.owingServices(cycle.yearId(), cycle.quarter());
    }

    /**
     * A return withdrawn with nothing due whose service owes something again: issued afresh, notice and all, and owed
     * as a new return though it was in once (submitted, then sent back or reopened, before it was withdrawn).
     */
    void issueAgain(long returnId) {
        returns.issueAfresh(returnId);
        // read afresh, as withdrawn earlier in this transaction perhaps
        events.publishEvent(new ReturnsStarting(List.of(returnId)));
        returns.setProcessInstance(returnId, start(latestDefinition(), returnId));
    }

    /** Started by its definition's id: by key, the engine would look the newest version up for each return. */
    private String start(String definitionId, long returnId) {
        return runtime.startProcessInstanceById(definitionId, ReturnProcess.businessKey(returnId),
                Map.of(ReturnProcess.VAR_RETURN_ID, returnId)).getId();
    }

    private String latestDefinition() {
        return repository.createProcessDefinitionQuery().processDefinitionKey(ReturnProcess.PROCESS_ID)
                .latestVersion().singleResult().getId();
    }
}
