package uk.quarterlyreturns.chasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.HeldImports;
import uk.quarterlyreturns.support.LockWaits;

/**
 * Two of the performance team at once: one agrees an extension to the 20th while the other brings the compilation
 * date forward to the 10th. The change of dates checked the extensions before the extension committed, then waited
 * for the return and kept it: the report would compile on the 10th while the service was told it had until the
 * 20th. And the two took the cycle and the return in opposite orders, so they could deadlock. An extension now holds
 * its return and the cycle until it commits, and a change of dates takes the cycle's returns before the cycle, so it
 * waits for the extension, then finds it and is refused, naming it.
 * Year 4652-53 is this class's own.
 */
class DatesChangedWhileExtendingTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired DeadlineExtensions extensions;
    @Autowired CycleDateChanges changes;
    @Autowired ReturnRepository returns;
    @Autowired CycleRepository cycles;
    @Autowired PeopleService people;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @Test
    void aChangeOfDatesMadeWhileAnExtensionCommitsIsRefusedNotLeftWithTheExtensionAfterCompilation() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);
        long returnId = ServiceOfItsOwn.returnOf(context, 4652, false, deadline);
        Cycle cycle = cycles.find(returns.find(returnId).orElseThrow().cycleId()).orElseThrow();
        Person perf = people.find("perf").orElseThrow();
        // a service with no address to tell: its extension writes nothing that waits on the cycle
        jdbc.sql("update app_user set email = null where username = 'cs.dir.4652'").update();

        CountDownLatch extended = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        // a thread each: the common pool may have one only, and the extension holds it
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CompletableFuture<Void> extension = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
            extensions.extend(returnId, perf, deadline.plus(Duration.ofDays(20)), "National data late", null);
            extended.countDown();
            HeldImports.await(commit);
        }), threads);
        HeldImports.await(extended);
        CompletableFuture<Cycle> change = CompletableFuture.supplyAsync(() -> changes.change(cycle.id(), perf,
                deadline, deadline.plus(Duration.ofDays(10)), "Compiling early for Cabinet", deadline,
                cycle.compilationDate(), true), threads);
        LockWaits.until(jdbc, "the change waiting for the return the extension holds",
                "%from service_return%for update%");
        commit.countDown();
        extension.get(60, TimeUnit.SECONDS);
        threads.shutdown();

        assertThatThrownBy(() -> change.get(60, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasMessageContaining("Chase Service 4652's deadline is extended to")
                .hasMessageContaining("after the new compilation date");
        Timestamp compilation = jdbc.sql("select compilation_date from cycle where id = :c").param("c", cycle.id())
                .query(Timestamp.class).single();
        assertThat(compilation.toInstant()).as("nothing changed").isEqualTo(cycle.compilationDate());
        assertThat(returns.find(returnId).orElseThrow().extendedTo()).isEqualTo(deadline.plus(Duration.ofDays(20)));
    }
}
