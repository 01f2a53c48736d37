package uk.quarterlyreturns.base.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Mail settings that processes read by name (mailSettings.retryCycle in mailDelivery.bpmn). */
@Component(MailSettings.BEAN)
public class MailSettings {

    /** The name the processes' mail retry expressions calls this bean by. */
    public static final String BEAN = "mailSettings";

    private final String retryCycle;

    MailSettings(@Value("${quarterly.mail.retry-cycle}") String retryCycle) {
        this.retryCycle = retryCycle;
    }

    /** ISO 8601 repeat, e.g. R5/PT2M: five more tries two minutes apart, then an incident. */
    public String getRetryCycle() {
        return retryCycle;
    }
}
