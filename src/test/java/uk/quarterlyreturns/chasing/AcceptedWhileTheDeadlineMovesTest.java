package uk.quarterlyreturns.chasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.HeldImports;
import uk.quarterlyreturns.support.LockWaits;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * Two of the performance team at once: one accepts Housing's return (its row held, the cycle's lock next) while the
 * other moves the cycle's deadline two days later. The change took the cycle, then reached Housing's row; the
 * acceptance held that row and waited for the cycle, so PostgreSQL failed one of them as a deadlock and its officer got
 * an error. Both take the return before the cycle now: the change waits for the acceptance, and both go through.
 * Year 6226 is this class's own.
 */
class AcceptedWhileTheDeadlineMovesTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired ReturnWorkflow workflow;
    @Autowired CycleDateChanges changes;
    @Autowired ReturnRepository returns;
    @Autowired CycleRepository cycles;
    @Autowired PeopleService people;
    @Autowired RuntimeService runtime;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @Test
    void anAcceptanceAndAChangeOfTheCyclesDeadlineAtOnceBothGoThrough() throws Exception {
        // Highways' return stays out, so the cycle is still collecting once Housing's is accepted
        ReturnScenario scenario = ReturnScenario.open(context, 6226, "fixtures/framework-two-services.csv",
                "fixtures/actions-form.csv", Map.of("HF-1", "70", "HF-2", "50"), 2);
        long housing = scenario.housing.id();
        Cycle cycle = scenario.cycle;
        Instant later = cycle.submissionDeadline().plus(Duration.ofDays(2));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch accept = new CountDownLatch(1);
        try {
            scenario.completeAndSignOff();
            scenario.awaitTask(ReturnProcess.TASK_QUALITY_CHECK);

            CountDownLatch held = new CountDownLatch(1);
            CompletableFuture<Void> acceptance = CompletableFuture.runAsync(() -> transactions
                    .executeWithoutResult(tx -> {
                        returns.lock(housing); // as the acceptance takes it first
                        held.countDown();
                        HeldImports.await(accept);
                        workflow.accept(housing, "perf");
                    }), threads);
            HeldImports.await(held);
            CompletableFuture<Cycle> change = CompletableFuture.supplyAsync(() -> changes.change(cycle.id(),
                    people.find("perf").orElseThrow(), later, cycle.compilationDate(), "Cabinet moved a week",
                    cycle.submissionDeadline(), cycle.compilationDate(), true), threads);
            LockWaits.until(jdbc, "the change of dates waiting for Housing's return",
                    "%from service_return%for update%");
            accept.countDown();

            acceptance.get(90, TimeUnit.SECONDS);
            change.get(90, TimeUnit.SECONDS);
        } finally {
            accept.countDown();
            threads.shutdown();
            OpenedCycles.end(runtime, returns, cycle.id());
        }

        assertThat(returns.find(housing).orElseThrow().status()).isEqualTo(ReturnStatus.ACCEPTED);
        assertThat(cycles.find(cycle.id()).orElseThrow().submissionDeadline()).isEqualTo(later);
    }
}
