package uk.quarterlyreturns.support;

import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's jobs as words, for a wait that timed out: a job that failed once is retried a second later by the
 * engine's clock, which a test that fixes the clock never reaches.
 */
public final class EngineJobs {

    private EngineJobs() {
    }

    public static String failedOrWaiting(ManagementService management) {
        String jobs = management.createJobQuery().list().stream()
                .filter(job -> job.getExceptionMessage() != null || job.getDuedate() == null
                        || !job.getDuedate().after(ClockUtil.getCurrentTime()))
                .map(job -> job.getProcessDefinitionKey() + " job " + job.getId() + " due " + job.getDuedate()
                        + " retries " + job.getRetries() + (job.getExceptionMessage() == null ? ""
                                : " failed: " + job.getExceptionMessage()))
                .collect(Collectors.joining("\n  "));
        return "\nengine clock " + ClockUtil.getCurrentTime().toInstant() + "; jobs failed or due:\n  " + jobs;
    }
}
