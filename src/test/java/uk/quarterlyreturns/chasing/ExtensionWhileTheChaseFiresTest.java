package uk.quarterlyreturns.chasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.ChaseTimers;
import uk.quarterlyreturns.support.HeldJob;
import uk.quarterlyreturns.support.LockWaits;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * An extension agreed at the moment the return's chase timer fires (the performance team agreeing a later deadline as
 * the deadline's overdue notice falls due): the extension goes through once the timer has committed, and the chase
 * then waits for the new deadline. Year 5968 is this class's own.
 */
class ExtensionWhileTheChaseFiresTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired DeadlineExtensions extensions;
    @Autowired Chasing chasing;
    @Autowired PeopleService people;
    @Autowired ReturnRepository returns;
    @Autowired ManagementService management;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired RuntimeService runtime;

    @Test
    void theExtensionGoesThroughOnceTheFiringTimerCommitsAndTheChaseFollowsIt() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 5968);
        long id = scenario.housing.id();
        String instance = returns.processInstance(id).orElseThrow();
        Instant extendTo = extensions.proposed(scenario.cycle);

        HeldJob firing = HeldJob.run(transactions, management,
                ChaseTimers.awaitSet(management, instance).getId());
        CompletableFuture<Void> extension = CompletableFuture.runAsync(() -> extensions.extend(id,
                people.find("perf").orElseThrow(), extendTo, "Data from the regulator comes late", null));
        LockWaits.untilWaitingOrDone(jdbc, "the extension waiting on the fired timer's rows", extension);
        firing.commit();

        extension.get(60, TimeUnit.SECONDS);
        assertThat(returns.find(id).orElseThrow().extendedTo()).isEqualTo(extendTo);
        // the fired timer left its step to send, which sends by the extended deadline and plans the next chase
        Instant next = chasing.nextChase(id).orElseThrow();
        Await.until("the chase planned by the extended deadline", Duration.ofSeconds(60), () -> {
            Job timer = ChaseTimers.of(management, instance);
            return timer != null && timer.getDuedate().toInstant().equals(next);
        });
        OpenedCycles.end(runtime, returns, scenario.cycle.id());
    }
}
