package uk.quarterlyreturns.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** quarterlyCycle's publishReport step. */
@Component(PublishReportDelegate.BEAN)
public class PublishReportDelegate implements JavaDelegate {

    /** The name quarterlyCycle.bpmn's delegateExpression calls this bean by. */
    public static final String BEAN = "publishReportDelegate";

    private final ReportApproval approval;

    PublishReportDelegate(ReportApproval approval) {
        this.approval = approval;
    }

    @Override
    public void execute(DelegateExecution execution) {
        approval.publish(((Number) execution.getVariable(CycleProcess.VAR_CYCLE_ID)).longValue());
    }
}
