package uk.quarterlyreturns.chasing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.returns.ReturnProcess;

/** serviceReturn's sendChase step. */
@Component(SendChaseDelegate.BEAN)
public class SendChaseDelegate implements JavaDelegate {

    /** The name serviceReturn.bpmn's delegateExpression calls this bean by. */
    public static final String BEAN = "sendChaseDelegate";

    private final Chasing chasing;

    SendChaseDelegate(Chasing chasing) {
        this.chasing = chasing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        chasing.sendDueChase(((Number) execution.getVariable(ReturnProcess.VAR_RETURN_ID)).longValue());
    }
}
