package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.quarterlyreturns.support.TwoServiceFramework.HEADER;
import static uk.quarterlyreturns.support.TwoServiceFramework.csv;
import static uk.quarterlyreturns.support.TwoServiceFramework.directs;
import static uk.quarterlyreturns.support.TwoServiceFramework.measure;

import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.CycleService;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.HeldImports;
import uk.quarterlyreturns.support.LockWaits;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * A restructure is imported as the quarter's cycle opens: the import found no cycle to follow when it looked, and the
 * cycle's returns were issued while it ran, from the framework as it stood before. Highways kept a return for a
 * measure it no longer had, and Parks, given it, had none. Issuing now waits for the import under way and follows the
 * structure it leaves. Years 6206-07 (the cycle's) and 6207-08 (where Parks is first named).
 */
class IssuingWhileAnImportRunsTest extends ApplicationTest {

    private static final String PARKS = "Parks 6206";

    @Autowired FrameworkImport imports;
    @Autowired CycleService cycles;
    @Autowired ReturnRepository returns;
    @Autowired Organisation organisation;
    @Autowired PeopleService people;
    @Autowired RuntimeService runtime;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @Test
    void theReturnsFollowTheStructureTheImportLeaves() throws Exception {
        String year = "6206-07";
        imports.importMeasures("6207-08", csv(HEADER + measure("PK-9", PARKS)));
        directs(organisation, people, "dir.parks.6206", PARKS);
        imports.importMeasures(year, csv(HEADER + measure("IW-1", "Housing") + measure("IW-2",
                "Highways and Streetscene")));

        long cycle = HeldImports.secondWhileFirstOpen(transactions,
                () -> imports.importMeasures(year, csv(HEADER + measure("IW-1", "Housing") + measure("IW-2", PARKS))),
                () -> {
                    Instant now = Instant.now();
                    long opened = cycles.open(year, 2, now.plus(Duration.ofDays(14)), now.plus(Duration.ofDays(30)),
                            ChasePolicy.DEFAULT, "perf").id();
                    Await.until("the returns issued, or their issuing waiting for the import", ReturnScenario.WAIT,
                            () -> !returns.forCycle(opened).isEmpty()
                                    || LockWaits.count(jdbc, "%pg_advisory_xact_lock_shared%") > 0);
                    return opened;
                }).second();
        try {
            Await.until("both returns issued", ReturnScenario.WAIT, () -> returns.forCycle(cycle).size() == 2);
            assertThat(returns.forCycle(cycle)).extracting(ServiceReturn::serviceName)
                    .containsExactlyInAnyOrder("Housing", PARKS);
        } finally {
            OpenedCycles.end(runtime, returns, cycle);
        }
    }
}
