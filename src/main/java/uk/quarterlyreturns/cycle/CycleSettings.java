package uk.quarterlyreturns.cycle;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Settings quarterlyCycle reads by name: the retry cycle of its own steps (issue returns, compile, publish),
 * kept apart from mail delivery's because a failing compilation is a different fault from a down SMTP server.
 */
@Component(CycleSettings.BEAN)
public class CycleSettings {

    /** The name quarterlyCycle's expressions call this bean by. */
    public static final String BEAN = "cycleSettings";

    private final String retryCycle;

    CycleSettings(@Value("${quarterly.cycle.retry-cycle}") String retryCycle) {
        this.retryCycle = retryCycle;
    }

    /** ISO 8601 repeat, e.g. R3/PT5M: three more tries five minutes apart, then an incident. */
    public String getRetryCycle() {
        return retryCycle;
    }
}
