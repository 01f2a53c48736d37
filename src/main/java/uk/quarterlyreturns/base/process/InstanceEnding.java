package uk.quarterlyreturns.base.process;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Ends a process instance within the caller's transaction, even while one of its jobs runs (a chase timer firing,
 * the issue notice being sent): a delete that meets the job committing is tried again on what the job left
 * ({@link AfterAJob}).
 */
@Component
public class InstanceEnding {

    private final RuntimeService runtime;
    private final AfterAJob afterAJob;

    InstanceEnding(RuntimeService runtime, AfterAJob afterAJob) {
        this.runtime = runtime;
        this.afterAJob = afterAJob;
    }

    /** Deletes the instance, if it is still there, with this reason; its listeners and mappings skipped. */
    public void end(String instanceId, String reason) {
        afterAJob.run(() -> runtime.deleteProcessInstanceIfExists(instanceId, reason, true, true, true, false));
    }
}
