package uk.quarterlyreturns.base.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Mail settings that processes read by name (mailSettings.retryCycle in mailDelivery.bpmn). */
@Component("mailSettings")
public class MailSettings {

    private final String retryCycle;

    MailSettings(@Value("${quarterly.mail.retry-cycle}") String retryCycle) {
        this.retryCycle = retryCycle;
    }

    /** ISO 8601 repeat, e.g. R5/PT2M: five more tries two minutes apart, then an incident. */
    public String getRetryCycle() {
        return retryCycle;
    }
}
