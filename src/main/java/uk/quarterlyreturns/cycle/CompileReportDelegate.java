package uk.quarterlyreturns.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** quarterlyCycle's compileReport step. */
@Component(CompileReportDelegate.BEAN)
public class CompileReportDelegate implements JavaDelegate {

    /** The name quarterlyCycle.bpmn's delegateExpression calls this bean by. */
    public static final String BEAN = "compileReportDelegate";

    private final ReportApproval approval;

    CompileReportDelegate(ReportApproval approval) {
        this.approval = approval;
    }

    @Override
    public void execute(DelegateExecution execution) {
        approval.compileForApproval(((Number) execution.getVariable(CycleProcess.VAR_CYCLE_ID)).longValue(),
                (String) execution.getVariable(CycleProcess.VAR_REVISION));
    }
}
