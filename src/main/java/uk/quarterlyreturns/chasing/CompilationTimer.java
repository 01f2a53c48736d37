package uk.quarterlyreturns.chasing;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.cycle.CycleProcess;

/** The cycle's timer for compiling the report: moved with the compilation date, and gone once it has fired. */
@Component
class CompilationTimer {

    private final ManagementService management;
    private final JdbcClient jdbc;

    CompilationTimer(ManagementService management, JdbcClient jdbc) {
        this.management = management;
        this.jdbc = jdbc;
    }

    void move(long cycleId, Instant compilationDate) {
        Job timer = timer(cycleId);
        if (timer != null) {
            management.setJobDuedate(timer.getId(), Date.from(compilationDate));
        }
    }

    /**
     * The compilation timer has fired (or the cycle waits on a correction's returns alone): the report compiles on
     * its job's next try whatever the dates say, though the cycle still reads as collecting returns. Not while the
     * returns are still to be issued (the step queued, or stopped for want of a mend): the timer is set after it, from
     * the dates as they then stand, so they may still be changed.
     */
    boolean begun(long cycleId) {
        String instance = processOf(cycleId);
        return instance != null && timer(cycleId) == null && management.createJobQuery().processInstanceId(instance)
                .activityId(CycleProcess.TASK_ISSUE_RETURNS).count() == 0;
    }

    private Job timer(long cycleId) {
        String instance = processOf(cycleId);
        return instance == null ? null : management.createJobQuery().processInstanceId(instance)
                .activityId(CycleProcess.TIMER_COMPILATION_DATE).timers().singleResult();
    }

    private String processOf(long cycleId) {
        return jdbc.sql("select process_instance_id from cycle where id = :c").param("c", cycleId)
                .query(String.class).optional().orElse(null);
    }
}
