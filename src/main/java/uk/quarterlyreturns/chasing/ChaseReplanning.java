package uk.quarterlyreturns.chasing;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.process.AfterAJob;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;

/**
 * Moves a return's running process to its deadline as it now stands: the open task's due date, and the chase. A
 * chase waiting for its next step has its timer set to the step the new plan names; a chase that had ended (every
 * escalation sent) is started again when the new plan has a step to come. The process definition is unchanged, so
 * instances running on any version are moved alike. A move meeting one of the return's jobs (its chase timer firing
 * as the deadline is extended) is made again on what the job left: the chase the job planned is moved instead.
 */
@Component
class ChaseReplanning {

    /** Where a chase branch still runs: its timer, its step about to be sent, or its loop between them. */
    private static final Set<String> CHASE_RUNNING = Set.of(ReturnProcess.GATEWAY_CHASE_LOOP,
            ReturnProcess.GATEWAY_MORE_CHASES, ReturnProcess.TIMER_NEXT_CHASE, ReturnProcess.TASK_SEND_CHASE);

    private final ReturnRepository returns;
    private final Chasing chasing;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final TaskService tasks;
    private final AfterAJob afterAJob;

    ChaseReplanning(ReturnRepository returns, Chasing chasing, RuntimeService runtime, ManagementService management,
            TaskService tasks, AfterAJob afterAJob) {
        this.afterAJob = afterAJob;
        this.returns = returns;
        this.chasing = chasing;
        this.runtime = runtime;
        this.management = management;
        this.tasks = tasks;
    }

    /**
     * A return in has no chase, but its open step (its director's sign-off, or its completion once sent back) falls
     * due at its deadline as it was made to: in the caller's transaction, after that deadline has changed.
     */
    void tasksDueAt(long returnId, Instant deadline) {
        returns.processInstance(returnId).ifPresent(pid -> afterAJob.run(() -> tasksDueAt(pid, deadline)));
    }

    private void tasksDueAt(String pid, Instant deadline) {
        tasks.createTaskQuery().processInstanceId(pid)
                .taskDefinitionKeyIn(ReturnProcess.TASK_COMPLETE_RETURN, ReturnProcess.TASK_SIGN_OFF).list()
                .forEach(t -> {
                    t.setDueDate(Date.from(deadline));
                    tasks.saveTask(t);
                });
    }

    /** In the caller's transaction, after the return's deadline has changed. */
    void replan(long returnId, Instant deadline) {
        chasing.planAfresh(returnId);
        returns.processInstance(returnId).ifPresent(pid -> afterAJob.run(() -> replan(returnId, pid, deadline)));
    }

    private void replan(long returnId, String pid, Instant deadline) {
        tasksDueAt(pid, deadline);
        Optional<Instant> next = chasing.nextChase(returnId);
        Job timer = management.createJobQuery().processInstanceId(pid).activityId(ReturnProcess.TIMER_NEXT_CHASE)
                .timers().singleResult();
        if (timer != null) {
            // with no step left the timer keeps its time: it then finds nothing to send, and the chase ends
            next.ifPresent(at -> management.setJobDuedate(timer.getId(), Date.from(at)));
            return;
        }
        ActivityInstance tree = runtime.getActivityInstance(pid);
        Optional<ActivityInstance> collecting = tree == null ? Optional.empty()
                : Arrays.stream(tree.getChildActivityInstances())
                        .filter(a -> ReturnProcess.SUBPROCESS_COLLECT.equals(a.getActivityId())).findFirst();
        // a step about to be sent waits as a job before it (a transition instance): it sends by the new plan
        if (next.isPresent() && collecting.isPresent()
                && Arrays.stream(collecting.get().getChildActivityInstances())
                        .noneMatch(a -> CHASE_RUNNING.contains(a.getActivityId()))
                && Arrays.stream(collecting.get().getChildTransitionInstances())
                        .noneMatch(t -> CHASE_RUNNING.contains(t.getActivityId()))) {
            runtime.createProcessInstanceModification(pid)
                    .startBeforeActivity(ReturnProcess.GATEWAY_CHASE_LOOP, collecting.get().getId()).execute();
        }
    }
}
