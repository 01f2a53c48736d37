package uk.quarterlyreturns.support;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.CycleService;
import uk.quarterlyreturns.cycle.CycleProcess;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;

/** Ends a test's cycle in the engine, so that none of its chases runs on into the tests after it. */
public final class OpenedCycles {

    /** What a reopened return's key adds to the return's own ({@code return-7-reopened-<millis>}). */
    private static final Pattern REOPENED = Pattern.compile("-reopened-.*$");

    private OpenedCycles() {
    }

    /** The year's Q2 cycle opened by the performance team, due in 14 days, once its returns are issued: its id. */
    public static long openSecondQuarter(ApplicationContext context, String year, int returns) {
        Instant now = Instant.now();
        long cycle = context.getBean(CycleService.class).open(year, 2, now.plus(Duration.ofDays(14)),
                now.plus(Duration.ofDays(30)), ChasePolicy.DEFAULT, "perf").id();
        ReturnRepository issued = context.getBean(ReturnRepository.class);
        Await.until(returns + " returns issued", ReturnScenario.WAIT, () -> issued.forCycle(cycle).size() == returns);
        return cycle;
    }

    /** The cycle's process and its returns' (reopened ones too), deleted. */
    public static void end(RuntimeService runtime, ReturnRepository returns, long cycleId) {
        endAll(runtime, instancesOf(runtime, returns, cycleId));
    }

    /**
     * The cycle's process and its returns' (reopened ones too) held where they are: suspended, none of their timers
     * comes due and none of their tasks is in an inbox, as when they are deleted, which took seconds for a cycle of
     * 300 returns. Tests that move the clock on leave them be.
     */
    public static void hold(RuntimeService runtime, ReturnRepository returns, long cycleId) {
        List<String> ids = instancesOf(runtime, returns, cycleId);
        if (!ids.isEmpty()) {
            runtime.updateProcessInstanceSuspensionState().byProcessInstanceIds(ids).suspend();
        }
    }

    /**
     * The running instances of the cycle and its returns, picked by key from all read at once: two queries a return
     * took seconds for a cycle of 300.
     */
    private static List<String> instancesOf(RuntimeService runtime, ReturnRepository returns, long cycleId) {
        Set<String> keys = new HashSet<>();
        keys.add(CycleProcess.businessKey(cycleId));
        returns.forCycle(cycleId).forEach(r -> keys.add(ReturnProcess.businessKey(r.id())));
        return runtime.createProcessInstanceQuery()
                .processDefinitionKeyIn(CycleProcess.PROCESS_ID, ReturnProcess.PROCESS_ID).list().stream()
                .filter(p -> p.getBusinessKey() != null
                        && keys.contains(REOPENED.matcher(p.getBusinessKey()).replaceFirst("")))
                .map(ProcessInstance::getId).toList();
    }

    /**
     * Ends every cycle and return the engine still runs (held ones aside, which run nothing): at the start of a test,
     * those that tests before it left. A test that moves the clock months or years on calls it first; otherwise the
     * reminders, escalations and report compilations of every cycle left open come due at that moment and run while
     * it waits for its own.
     */
    public static void endThoseLeftRunning(RuntimeService runtime) {
        endAll(runtime, runtime.createProcessInstanceQuery()
                .processDefinitionKeyIn(CycleProcess.PROCESS_ID, ReturnProcess.PROCESS_ID).active().list().stream()
                .map(ProcessInstance::getId).toList());
    }

    /**
     * Deletes the instances: at once, in one transaction (one by one, 300 took seconds); one by one, trying again,
     * when the job executor was busy with one of them at that moment.
     */
    public static void endAll(RuntimeService runtime, List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        try {
            runtime.deleteProcessInstancesIfExists(ids, "test finished", true, true, true);
            return;
        } catch (OptimisticLockingException | ProcessEnginePersistenceException | NullPointerException busy) {
            // one of them was busy: the transaction is rolled back, so each is tried again on its own. The engine
            // can also fail with a NullPointerException when the job executor ended a task's execution (a deadline
            // already past: the overdue notice and escalation run at once) while the batch was deleting it.
        }
        for (String id : ids) {
            Await.until("instance " + id + " deleted", Duration.ofSeconds(30), () -> {
                try {
                    runtime.deleteProcessInstanceIfExists(id, "test finished", true, true, true, true);
                    return true;
                } catch (OptimisticLockingException | ProcessEnginePersistenceException | NullPointerException busy) {
                    // The job executor holds it this moment (a stale row, or a deadlock PostgreSQL broke on our
                    // side): try again.
                    return false;
                }
            });
        }
    }
}
