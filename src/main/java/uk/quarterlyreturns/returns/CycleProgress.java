package uk.quarterlyreturns.returns;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleProcess;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.CycleStatus;

/**
 * Tells a quarter's cycle what its returns did: that the last one was accepted (so it can compile), or that
 * one was reopened after publication (so a correction starts).
 */
@Component(CycleProgress.BEAN)
public class CycleProgress {

    /** The name quarterlyCycle's expressions call this bean by. */
    public static final String BEAN = "cycleProgress";

    private final CycleRepository cycles;
    private final ReturnRepository returns;
    private final RuntimeService runtime;

    CycleProgress(CycleRepository cycles, ReturnRepository returns, RuntimeService runtime) {
        this.cycles = cycles;
        this.returns = returns;
        this.runtime = runtime;
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
}
