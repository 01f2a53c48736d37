package uk.quarterlyreturns.base.mail;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** mailDelivery's deliverMessage step: an exception leaves the job to Camunda's retries, then an incident. */
@Component(DeliverMessageDelegate.BEAN)
public class DeliverMessageDelegate implements JavaDelegate {

    /** The name mailDelivery.bpmn's delegateExpression calls this bean by. */
    public static final String BEAN = "deliverMessageDelegate";

    private final MailDelivery delivery;

    DeliverMessageDelegate(MailDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public void execute(DelegateExecution execution) {
        delivery.deliver(((Number) execution.getVariable(MailDeliveryProcess.VAR_MESSAGE_ID)).longValue());
    }
}
