package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.HeldImports;
import uk.quarterlyreturns.support.LockWaits;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * A rating rule (or the year's band edges) checked while Housing's return is being submitted, with HF-1's figure
 * typed in that same submission: the check used to read no figure and no submitted return, and save the change under
 * a return submitted with the RAGs of the rule before it. The submission is held open until the change either is done
 * or waits for it.
 */
class SignedRatingsRaceTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired FrameworkImport imports;
    @Autowired BandEdgesChange bandEdges;
    @Autowired ReturnWorkflow workflow;
    @Autowired YearRepository years;
    @Autowired MeasureRepository measures;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @Test
    void aTargetChangedAsTheReturnIsSubmittedIsRefused() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 3760);

        TabularFile lowerTarget = framework("HF-1,", "80,,10,TOLERANCE", "75,,10,TOLERANCE");

        Throwable changed = whileSubmitting(scenario, () -> imports.importMeasures(scenario.year, lowerTarget));

        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SUBMITTED);
        assertThat(changed).isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors())
                .singleElement().satisfies(error -> assertThat(error.message()).contains("HF-1's figures for Q2 are"
                        + " in Housing's return, already submitted: changing its target would change the RAGs")));
        assertThat(measures.find(yearId(scenario), "HF-1").orElseThrow().definition().target().value())
                .isEqualByComparingTo("80");
    }

    @Test
    void bandEdgesChangedAsAReturnIsSubmittedAreRefused() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 3761);
        imports.importMeasures(scenario.year, framework("HF-1,", "80,,10,TOLERANCE", "80,,,FIVE_POINT"));
        ReportingYear year = years.find(scenario.year).orElseThrow();

        Throwable changed = whileSubmitting(scenario, () -> bandEdges.save(year, BandEdges.parse("2;4;6")));

        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SUBMITTED);
        assertThat(changed).isInstanceOf(IllegalStateException.class).hasMessageContaining("band edges cannot change"
                + " while returns already submitted hold five-point RAGs their directors signed off (Housing's Q2)");
        assertThat(years.find(scenario.year).orElseThrow().bandEdges()).isEqualTo(year.bandEdges());
    }

    /**
     * Runs the change while a transaction giving HF-1 its Q2 figure and submitting Housing's return (complete
     * otherwise) is held open: until the change is done, or waits on a lock. Then the submission commits.
     *
     * @return what the change threw, or null
     */
    private Throwable whileSubmitting(ReturnScenario scenario, Runnable change) throws Exception {
        scenario.enter("HF-2", 2, "55");
        scenario.keyActionOnTrack(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch submitted = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        try {
            Future<?> submission = pool.submit(() -> transactions.executeWithoutResult(tx -> {
                scenario.enter("HF-1", 2, "85");
                workflow.submit(scenario.housing.id(), "data.housing");
                submitted.countDown();
                HeldImports.await(commit);
            }));
            HeldImports.await(submitted);
            Future<Throwable> changing = pool.submit(() -> {
                try {
                    change.run();
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            });
            LockWaits.untilWaitingOrDone(jdbc, "the change done, or waiting for the submission", changing);
            commit.countDown();
            submission.get(2, TimeUnit.MINUTES);
            return changing.get(2, TimeUnit.MINUTES);
        } finally {
            commit.countDown();
            pool.shutdownNow();
        }
    }


    private long yearId(ReturnScenario scenario) {
        return years.find(scenario.year).orElseThrow().id();
    }

    /** The scenario's framework with the rule of the row starting with {@code row} changed from one text to another. */
    private static TabularFile framework(String row, String rule, String changedRule) throws Exception {
        String csv = new ClassPathResource("fixtures/framework-form.csv").getContentAsString(StandardCharsets.UTF_8);
        String line = csv.lines().filter(l -> l.startsWith(row)).findFirst().orElseThrow();
        return TabularFile.read(csv.replace(line, line.replace(rule, changedRule)).getBytes(StandardCharsets.UTF_8),
                "framework.csv");
    }
}
