package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.chasing.Chasing;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.AcceptedReturn;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.HeldImports;
import uk.quarterlyreturns.support.LockWaits;

/**
 * A framework import and a step on a return at the same moment both finish: a reopening or a submission takes its
 * return and then the cycle, and so does the import, so neither waits for the other in a circle (where PostgreSQL
 * would fail one of them with "deadlock detected"). The step holds its return until the import waits, then goes on.
 */
class FrameworkLockOrderTest extends ApplicationTest {

    private static final String HEADER = "code,title,directorate,service,theme,unit,polarity,frequency,aggregation,"
            + "target,floor,tolerance_pct,rag_scheme\n";
    /** AcceptedReturn's measures, RH-2 moved from Highways to Housing. */
    private static final String RH2_TO_HOUSING = HEADER
            + "RH-1,Repairs on time,Economy and Infrastructure,Housing,Ambitious,PERCENT,HIGHER_IS_BETTER,"
            + "QUARTERLY,SNAPSHOT,80,,10,TOLERANCE\n"
            + "RH-2,Potholes awaiting repair,Economy and Infrastructure,Housing,Ambitious,COUNT,"
            + "LOWER_IS_BETTER,QUARTERLY,SNAPSHOT,100,,10,TOLERANCE\n";
    private static final String ACTIONS = "code,title,directorate,service,theme\n";

    @Autowired ApplicationContext context;
    @Autowired FrameworkImport imports;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReturnRepository returns;
    @Autowired MeasureRepository measures;
    @Autowired ValueRepository values;
    @Autowired KeyActionRepository actions;
    @Autowired Chasing chasing;
    @Autowired PeopleService people;
    @Autowired YearRepository years;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @Test
    void aReturnReopenedAsAMeasureMovesIntoItAndTheImportBothFinish() throws Exception {
        String year = ReportingYear.labelOf(3885);
        ServiceReturn housing = AcceptedReturn.housing(context, year);

        Throwable imported = whileTheReturnIsHeld(housing,
                () -> workflow.reopen(housing.id(), "perf", "RH-1 was typed as 85, not 58"),
                () -> imports.importMeasures(year, AcceptedReturn.csv(RH2_TO_HOUSING)));

        assertThat(imported).isNull();
        assertThat(returns.find(housing.id()).orElseThrow().status()).isEqualTo(ReturnStatus.REOPENED);
        long yearId = years.find(year).orElseThrow().id();
        assertThat(measures.find(yearId, "RH-2").orElseThrow().serviceId()).isEqualTo(housing.serviceId());
    }

    /** The import used to read no figure of RH-2, move it, then withdraw Highways' return once it was submitted. */
    @Test
    void aMeasureWhoseFigureIsSubmittedMeanwhileDoesNotMove() throws Exception {
        String year = ReportingYear.labelOf(3886);
        ServiceReturn highways = AcceptedReturn.issued(context, year).stream()
                .filter(r -> !r.serviceName().equals("Housing")).findFirst().orElseThrow();
        AcceptedReturn.awaitStep(context, highways.id(), ReturnProcess.TASK_COMPLETE_RETURN);
        long yearId = years.find(year).orElseThrow().id();
        long rh2 = measures.find(yearId, "RH-2").orElseThrow().id();

        Throwable imported = whileTheReturnIsHeld(highways, () -> {
            values.saveFigure(rh2, 2, new BigDecimal("90"), null, null, null, "data.highways");
            workflow.submit(highways.id(), "data.highways");
        }, () -> imports.importMeasures(year, AcceptedReturn.csv(RH2_TO_HOUSING)));

        assertThat(returns.find(highways.id()).orElseThrow().status()).isEqualTo(ReturnStatus.SUBMITTED);
        assertThat(imported).isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors())
                .singleElement().satisfies(error -> assertThat(error.message()).startsWith("RH-2's figures for Q2"
                        + " are in Highways and Streetscene's return, already submitted")));
        assertThat(measures.find(yearId, "RH-2").orElseThrow().serviceId()).isEqualTo(highways.serviceId());
    }

    /** The import used to read no status of KA-1, wait for Highways' return, then move KA-1 out of it once submitted. */
    @Test
    void aKeyActionWhoseStatusIsSubmittedMeanwhileDoesNotMove() throws Exception {
        String year = ReportingYear.labelOf(3900);
        ServiceReturn highways = AcceptedReturn.issued(context, year).stream()
                .filter(r -> !r.serviceName().equals("Housing")).findFirst().orElseThrow();
        imports.importKeyActions(year, AcceptedReturn.csv(ACTIONS + "KA-1,Resurface the A62,Economy and Infrastructure,"
                + "Highways and Streetscene,Ambitious\n"));
        AcceptedReturn.awaitStep(context, highways.id(), ReturnProcess.TASK_COMPLETE_RETURN);
        long yearId = years.find(year).orElseThrow().id();
        long rh2 = measures.find(yearId, "RH-2").orElseThrow().id();
        long ka1 = actions.find(yearId, "KA-1").orElseThrow().id();

        Throwable imported = whileTheReturnIsHeld(highways, () -> {
            values.saveFigure(rh2, 2, new BigDecimal("90"), null, null, null, "data.highways");
            actions.saveStatus(ka1, 2, Rag.GREEN, "Resurfaced in August", "data.highways");
            workflow.submit(highways.id(), "data.highways");
        }, () -> imports.importKeyActions(year, AcceptedReturn.csv(ACTIONS + "KA-1,Resurface the A62,"
                + "Economy and Infrastructure,Housing,Ambitious\n")));

        assertThat(returns.find(highways.id()).orElseThrow().status()).isEqualTo(ReturnStatus.SUBMITTED);
        assertThat(imported).isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors())
                .singleElement().satisfies(error -> assertThat(error.message()).startsWith("KA-1's status for Q2"
                        + " is in Highways and Streetscene's return, already submitted")));
        assertThat(actions.find(yearId, "KA-1").orElseThrow().serviceId()).isEqualTo(highways.serviceId());
    }

    @Test
    void aReturnChasedAsItsLastMeasureMovesAwayIsChasedAndWithdrawn() throws Exception {
        String year = ReportingYear.labelOf(3887);
        ServiceReturn highways = AcceptedReturn.issued(context, year).stream()
                .filter(r -> !r.serviceName().equals("Housing")).findFirst().orElseThrow();
        AcceptedReturn.awaitStep(context, highways.id(), ReturnProcess.TASK_COMPLETE_RETURN);
        Person perf = people.find("perf").orElseThrow();
        int[] chased = new int[1];

        Throwable imported = whileTheReturnIsHeld(highways,
                () -> chased[0] = chasing.chaseByHand(highways.id(), perf, "Your Q2 figures, please"),
                () -> imports.importMeasures(year, AcceptedReturn.csv(RH2_TO_HOUSING)));

        assertThat(imported).isNull();
        assertThat(chased[0]).isPositive();
        assertThat(returns.find(highways.id()).orElseThrow().status()).isEqualTo(ReturnStatus.WITHDRAWN);
    }

    /**
     * Runs the import while a transaction holds the return's row (as a step on it takes it first); once the import
     * waits on a lock, the step is taken in that transaction, which then commits.
     *
     * @return what the import threw, or null
     */
    private Throwable whileTheReturnIsHeld(ServiceReturn r, Runnable step, Callable<?> importing) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        try {
            Future<?> stepping = pool.submit(() -> transactions.executeWithoutResult(tx -> {
                returns.lock(r.id());
                held.countDown();
                HeldImports.await(goOn);
                step.run();
            }));
            HeldImports.await(held);
            Future<Throwable> imported = pool.submit(() -> {
                try {
                    importing.call();
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            });
            LockWaits.untilWaitingOrDone(jdbc, "the import waiting on a lock, or done", imported);
            goOn.countDown();
            stepping.get(2, TimeUnit.MINUTES);
            return imported.get(2, TimeUnit.MINUTES);
        } finally {
            goOn.countDown();
            pool.shutdownNow();
        }
    }

}
