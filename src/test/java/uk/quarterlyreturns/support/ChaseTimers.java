package uk.quarterlyreturns.support;

import java.time.Duration;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/** A return's chase timer, as the races with a firing timer take it. */
public final class ChaseTimers {

    private ChaseTimers() {
    }

    /** The return process's timer now, or null (none set, or its step under way). */
    public static Job of(ManagementService management, String instance) {
        return management.createJobQuery().processInstanceId(instance).timers().singleResult();
    }

    /** Waits until the return process has its chase timer, and gives it. */
    public static Job awaitSet(ManagementService management, String instance) {
        Await.until("its chase timer set", Duration.ofSeconds(60), () -> of(management, instance) != null);
        return of(management, instance);
    }
}
