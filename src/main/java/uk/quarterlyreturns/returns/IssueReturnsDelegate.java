package uk.quarterlyreturns.returns;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.cycle.CycleProcess;

/** quarterlyCycle's issueReturns step. */
@Component(IssueReturnsDelegate.BEAN)
public class IssueReturnsDelegate implements JavaDelegate {

    /** The name quarterlyCycle.bpmn's delegateExpression calls this bean by. */
    public static final String BEAN = "issueReturnsDelegate";

    private final ReturnIssuing issuing;

    IssueReturnsDelegate(ReturnIssuing issuing) {
        this.issuing = issuing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        issuing.issueReturns(((Number) execution.getVariable(CycleProcess.VAR_CYCLE_ID)).longValue());
    }
}
