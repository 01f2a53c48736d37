package uk.quarterlyreturns.cycle;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.chasing.ChasePolicy;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Role;
import uk.quarterlyreturns.returns.ReturnEvent;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;

/** Opens a quarter's cycle and issues its returns; tells the cycle when every return is accepted. */
@Service("cycles")
public class CycleService {

    private final CycleRepository cycles;
    private final ReturnRepository returns;
    private final YearRepository years;
    private final PeopleService people;
    private final RuntimeService runtime;
    private final JdbcClient jdbc;
    private final Clock clock;

    CycleService(CycleRepository cycles, ReturnRepository returns, YearRepository years, PeopleService people,
            RuntimeService runtime, JdbcClient jdbc, Clock clock) {
        this.cycles = cycles;
        this.returns = returns;
        this.years = years;
        this.people = people;
        this.runtime = runtime;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The performance team opens the quarter: a deadline for returns, and a date to compile with what is in. */
    @Transactional
    public Cycle open(String yearLabel, int quarter, Instant deadline, Instant compilationDate, ChasePolicy policy,
            String user) {
        if (!people.find(user).map(p -> p.has(Role.PERFORMANCE_TEAM)).orElse(false)) {
            throw new NotAllowedException("Only the performance team opens a cycle");
        }
        return openAs(yearLabel, quarter, deadline, compilationDate, policy, user);
    }

    /** Opening by the timer (see AutomaticOpening), recorded as opened by "timer". */
    @Transactional
    public Cycle openAs(String yearLabel, int quarter, Instant deadline, Instant compilationDate, ChasePolicy policy,
            String openedBy) {
        ReportingYear.requireQuarter(quarter);
        ReportingYear year = years.find(yearLabel).orElseThrow(() -> new IllegalArgumentException(
                "There is no framework for " + yearLabel + ": import its measures first"));
        if (cycles.find(year.id(), quarter).isPresent()) {
            throw new IllegalStateException("The " + year.quarterName(quarter) + " cycle is already open");
        }
        if (!compilationDate.isAfter(deadline)) {
            throw new IllegalArgumentException("The compilation date must come after the submission deadline");
        }
        long id = cycles.insert(year.id(), quarter, deadline, compilationDate, openedBy, clock.instant(), policy);
        String instance = runtime.startProcessInstanceByKey(CycleProcess.PROCESS_ID, CycleProcess.businessKey(id),
                Map.of(CycleProcess.VAR_CYCLE_ID, id)).getId();
        cycles.setProcessInstance(id, instance);
        return cycles.find(id).orElseThrow();
    }

    /** One return per service that owns a measure due this quarter or a key action; each in its own process. */
    @Transactional
    public int issueReturns(long cycleId) {
        Cycle cycle = cycles.find(cycleId).orElseThrow();
        List<Long> services = jdbc.sql("""
                select distinct service_id from measure
                where year_id = :y and (frequency = 'QUARTERLY' or due_quarter = :q)
                union select distinct service_id from key_action where year_id = :y
                """).param("y", cycle.yearId()).param("q", cycle.quarter()).query(Long.class).list();
        int issued = 0;
        for (long service : services) {
            if (returns.find(cycleId, service).isPresent()) {
                continue; // a retried step issues nothing twice
            }
            long returnId = returns.insert(cycleId, service);
            String instance = runtime.startProcessInstanceByKey(ReturnProcess.PROCESS_ID,
                    ReturnProcess.businessKey(returnId), Map.of(ReturnProcess.VAR_RETURN_ID, returnId)).getId();
            returns.setProcessInstance(returnId, instance);
            issued++;
        }
        return issued;
    }

    public Date compilationDate(long cycleId) {
        return Date.from(cycles.find(cycleId).orElseThrow().compilationDate());
    }

    public boolean allAccepted(long cycleId) {
        return returns.countNotAccepted(cycleId) == 0;
    }

    /** Acceptances queue on the cycle's lock, so exactly one of them sees the last return accepted. */
    @EventListener
    void onReturnEvent(ReturnEvent event) {
        if (event.kind() == ReturnEvent.Kind.REOPENING) {
            correctIfPublished(returns.find(event.returnId()).orElseThrow().cycleId(), event.comment());
            return;
        }
        if (event.kind() != ReturnEvent.Kind.ACCEPTED) {
            return;
        }
        long cycleId = returns.find(event.returnId()).orElseThrow().cycleId();
        cycles.lock(cycleId);
        if (allAccepted(cycleId)) {
            runtime.createMessageCorrelation(CycleProcess.MESSAGE_ALL_ACCEPTED)
                    .processInstanceBusinessKey(CycleProcess.businessKey(cycleId))
                    .correlateAllWithResult();
        }
    }

    /**
     * Reopening a return after publication starts a correction: the cycle waits for the return again,
     * then the report is compiled, approved and published as the next version with the reason as its note.
     */
    private void correctIfPublished(long cycleId, String reason) {
        cycles.lock(cycleId);
        Cycle cycle = cycles.find(cycleId).orElseThrow();
        if (cycle.status() != CycleStatus.PUBLISHED) {
            if (cycles.pendingChangeNote(cycleId) != null) {
                cycles.setPendingChangeNote(cycleId, cycles.pendingChangeNote(cycleId) + "; " + reason);
            }
            return;
        }
        cycles.setStatus(cycleId, CycleStatus.OPEN);
        cycles.setPendingChangeNote(cycleId, reason);
        runtime.createMessageCorrelation(CycleProcess.MESSAGE_CORRECTION)
                .processInstanceBusinessKey(CycleProcess.businessKey(cycleId))
                .setVariable(CycleProcess.VAR_CYCLE_ID, cycleId)
                .correlateStartMessage();
    }

    public List<Cycle> all() {
        return cycles.all();
    }
}
