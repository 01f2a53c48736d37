package uk.quarterlyreturns.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** quarterlyCycle's issueReturns step. */
@Component
class IssueReturnsDelegate implements JavaDelegate {

    private final CycleService cycles;

    IssueReturnsDelegate(CycleService cycles) {
        this.cycles = cycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cycles.issueReturns(((Number) execution.getVariable(CycleProcess.VAR_CYCLE_ID)).longValue());
    }
}
