package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.quarterlyreturns.support.TwoServiceFramework.HEADER;
import static uk.quarterlyreturns.support.TwoServiceFramework.csv;
import static uk.quarterlyreturns.support.TwoServiceFramework.measure;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.ImportResult;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ChaseTimers;
import uk.quarterlyreturns.support.HeldJob;
import uk.quarterlyreturns.support.LockWaits;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.TwoServiceFramework;

/**
 * A restructure withdraws a return while one of its jobs runs: here its chase timer has fired and not yet committed
 * when the framework file comes in. The withdrawal met the job's rows and failed the whole import with an optimistic
 * locking error, for a correct file.
 */
class WithdrawalWhileAJobRunsTest extends ApplicationTest {

    private static final String FROM = "Restructured Away 3740";
    private static final String TO = "Restructured Into 3740";

    @Autowired ApplicationContext context;
    @Autowired FrameworkImport imports;
    @Autowired ReturnRepository returns;
    @Autowired ReturnTrail trail;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired PeopleService people;
    @Autowired Organisation organisation;

    @Test
    void theImportWaitsForTheFiringChaseTimerAndTheReturnIsWithdrawn() throws Exception {
        String year = "3740-41";
        imports.importMeasures(year, csv(HEADER + measure("WJ-1", FROM) + measure("WJ-2", TO)));
        TwoServiceFramework.directs(organisation, people, "dir.away.3740", FROM);
        TwoServiceFramework.directs(organisation, people, "dir.into.3740", TO);
        long cycle = OpenedCycles.openSecondQuarter(context, year, 2);
        ServiceReturn away = returns.forCycle(cycle).stream().filter(r -> r.serviceName().equals(FROM)).findFirst()
                .orElseThrow();
        String instance = returns.processInstance(away.id()).orElseThrow();
        HeldJob firing = HeldJob.run(transactions, management,
                ChaseTimers.awaitSet(management, instance).getId());
        CompletableFuture<ImportResult> restructure = CompletableFuture.supplyAsync(() -> imports.importMeasures(year,
                csv(HEADER + measure("WJ-1", TO) + measure("WJ-2", TO))));
        LockWaits.until(jdbc, "the withdrawal waiting on the fired timer's rows", "%act_ru_%");
        firing.commit();

        assertThat(restructure.get(60, TimeUnit.SECONDS).changed()).as("the file is imported").isEqualTo(1);
        assertThat(returns.find(away.id()).orElseThrow().status()).isEqualTo(ReturnStatus.WITHDRAWN);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count())
                .as("its process ended, chasing and all").isZero();
        assertThat(management.createJobQuery().processInstanceId(instance).count()).isZero();
        assertThat(trail.history(away.id())).filteredOn(e -> "WITHDRAWN".equals(e.newValue())).hasSize(1);
        OpenedCycles.end(runtime, returns, cycle);
    }
}
