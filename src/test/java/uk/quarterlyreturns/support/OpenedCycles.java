package uk.quarterlyreturns.support;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.CycleService;
import uk.quarterlyreturns.cycle.CycleProcess;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ServiceReturn;

/** Ends a test's cycle in the engine, so that none of its chases runs on into the tests after it. */
public final class OpenedCycles {

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
        List<String> ids = new ArrayList<>();
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(CycleProcess.businessKey(cycleId)).list()
                .forEach(p -> ids.add(p.getId()));
        for (ServiceReturn r : returns.forCycle(cycleId)) {
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(ReturnProcess.businessKey(r.id())).list()
                    .forEach(p -> ids.add(p.getId()));
            runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike(ReturnProcess.businessKey(r.id())
                    + "-reopened-%").list().forEach(p -> ids.add(p.getId()));
        }
        endAll(runtime, ids);
    }

    /** Deletes the instances, trying again when the job executor is busy with one of them at that moment. */
    public static void endAll(RuntimeService runtime, List<String> ids) {
        for (String id : ids) {
            Await.until("instance " + id + " deleted", Duration.ofSeconds(30), () -> {
                try {
                    runtime.deleteProcessInstanceIfExists(id, "test finished", true, true, true, true);
                    return true;
                } catch (OptimisticLockingException | ProcessEnginePersistenceException busy) {
                    // The job executor holds it this moment (a stale row, or a deadlock PostgreSQL broke on our
                    // side): try again.
                    return false;
                }
            });
        }
    }
}
