package uk.quarterlyreturns.base;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Says a failed start in one sentence, found anywhere among its causes, instead of Spring Boot's page of stack
 * trace; a failure none of them describes is left to Spring Boot's own analysers.
 */
public abstract class StartFailures implements FailureAnalyzer, Ordered {

    /** The settings the application started with, to name what a failure is about; null before they are read. */
    protected final Environment environment;
    private final String action;

    protected StartFailures(String action, Environment environment) {
        this.action = action;
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String description = describe(cause);
            if (description != null) {
                return new FailureAnalysis(description, action, failure);
            }
        }
        return null;
    }

    /** The sentence for this cause, or null when it is not one this analyser knows. */
    protected abstract String describe(Throwable cause);

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
