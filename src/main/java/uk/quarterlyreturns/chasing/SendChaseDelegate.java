package uk.quarterlyreturns.chasing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.returns.ReturnProcess;

/** serviceReturn's sendChase step. */
@Component
class SendChaseDelegate implements JavaDelegate {

    private final Chasing chasing;

    SendChaseDelegate(Chasing chasing) {
        this.chasing = chasing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        chasing.sendDueChase(((Number) execution.getVariable(ReturnProcess.VAR_RETURN_ID)).longValue());
    }
}
