package uk.quarterlyreturns.base.mail;

/** Ids in processes/mailDelivery.bpmn, shared by code and tests. */
public final class MailDeliveryProcess {

    public static final String PROCESS_ID = "mailDelivery";
    public static final String START = "messageRecorded";
    public static final String TASK_DELIVER_MESSAGE = "deliverMessage";
    public static final String END_HANDLED = "messageDelivered";
    public static final String VAR_MESSAGE_ID = "outboxMessageId";

    private MailDeliveryProcess() {
    }
}
