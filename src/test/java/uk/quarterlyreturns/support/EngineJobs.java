package uk.quarterlyreturns.support;

import java.time.Duration;
import java.util.Date;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/**
 * The engine's jobs on a clock a test has fixed: a job that fails is tried again once its retry interval has passed
 * by the engine's clock, which a fixed clock never reaches, so a wait on what it does would time out.
 */
public final class EngineJobs {

    private EngineJobs() {
    }

    /**
     * As {@link Await#until}, but a job that failed and has tries left is made due at once, as if its retry interval
     * had passed; a wait that times out says which jobs failed or are due.
     */
    public static void until(ManagementService management, String what, Duration timeout, BooleanSupplier condition) {
        Await.until(what, timeout, () -> {
            retryFailedNow(management);
            return condition.getAsBoolean();
        }, () -> failedOrWaiting(management));
    }

    /**
     * Tells the job executor to look for due jobs now, as the engine does when it makes one. Timers that came due
     * because a test moved the clock are told to nobody: the job executor, idle, found them at its next look, up to
     * a second later (camunda.bpm.job-execution.max-wait).
     */
    public static void wake() {
        ProcessEngine engine = ProcessEngines.getDefaultProcessEngine();
        if (engine != null) {
            ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().jobWasAdded();
        }
    }

    /** Each job that failed and waits for its next try: due now by the engine's clock. */
    public static void retryFailedNow(ManagementService management) {
        Date now = ClockUtil.getCurrentTime();
        for (Job job : management.createJobQuery().withException().withRetriesLeft().duedateHigherThan(now).list()) {
            try {
                management.setJobDuedate(job.getId(), now);
                System.out.println("Job " + job.getId() + " (" + job.getProcessDefinitionKey() + ") failed ("
                        + job.getExceptionMessage().lines().findFirst().orElse("") + "): tried again now, as the"
                        + " fixed clock never reaches its retry");
            } catch (ProcessEngineException runningOrGone) {
                // the job executor holds it this moment, or it ended: the next poll looks again
            }
        }
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
