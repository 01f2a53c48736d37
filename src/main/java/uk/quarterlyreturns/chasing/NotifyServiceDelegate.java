package uk.quarterlyreturns.chasing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.returns.ReturnProcess;

/** serviceReturn's notifyService step: tells the service its return is issued. */
@Component(NotifyServiceDelegate.BEAN)
public class NotifyServiceDelegate implements JavaDelegate {

    /** The name serviceReturn.bpmn's delegateExpression calls this bean by. */
    public static final String BEAN = "notifyServiceDelegate";

    private final Chasing chasing;

    NotifyServiceDelegate(Chasing chasing) {
        this.chasing = chasing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        chasing.notifyIssued(((Number) execution.getVariable(ReturnProcess.VAR_RETURN_ID)).longValue());
    }
}
