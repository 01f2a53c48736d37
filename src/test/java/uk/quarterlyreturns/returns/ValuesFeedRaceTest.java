package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FigureImport;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.framework.ValuesLockedException;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.HeldImports;
import uk.quarterlyreturns.support.LockWaits;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * The values feed checks that a return is not yet submitted; a submission committing just after that
 * check used to leave the feed's figures in a submitted return. Here the two are made to overlap.
 */
class ValuesFeedRaceTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired FrameworkImport imports;
    @Autowired FigureImport figures;
    @Autowired ReturnWorkflow workflow;
    @Autowired ValueRepository values;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @Test
    void aFeedOverlappingASubmissionLeavesNoFeedValueInTheSubmittedReturn() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2451);
        scenario.enter("HF-1", 2, "85");
        scenario.enter("HF-2", 2, "55");
        scenario.keyActionOnTrack(2);
        long id = scenario.housing.id();
        CountDownLatch submittedNotCommitted = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);

        CompletableFuture<Void> submission = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
            workflow.submit(id, "data.housing");
            submittedNotCommitted.countDown();
            HeldImports.await(commit);
        }));
        assertThat(submittedNotCommitted.await(60, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Throwable> feed = CompletableFuture.supplyAsync(() -> {
            try {
                figures.importValues(scenario.year, 2, TabularFile.read("code,value\nHF-1,99\n"
                        .getBytes(StandardCharsets.UTF_8), "values.csv"), "perf");
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        });
        LockWaits.untilWaitingOrDone(jdbc, "the feed waiting for the submission, or done", feed);
        commit.countDown();
        submission.get(60, TimeUnit.SECONDS);
        Throwable fed = feed.get(60, TimeUnit.SECONDS);

        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SUBMITTED);
        assertThat(values.find(scenario.measureId("HF-1"), 2).orElseThrow().value())
                .as("the submitted figure").isEqualByComparingTo("85");
        assertThat(fed).as("the feed is refused once the submission is in").isInstanceOf(ValuesLockedException.class);
    }

    @Test
    void aSubmissionOverlappingAFeedWaitsAndSubmitsTheFedFigure() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2452);
        scenario.enter("HF-1", 2, "85");
        scenario.enter("HF-2", 2, "55");
        scenario.keyActionOnTrack(2);
        long id = scenario.housing.id();
        CountDownLatch fedNotCommitted = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);

        CompletableFuture<Void> feed = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
            figures.importValues(scenario.year, 2, TabularFile.read("code,value\nHF-1,90\n"
                    .getBytes(StandardCharsets.UTF_8), "values.csv"), "perf");
            fedNotCommitted.countDown();
            HeldImports.await(commit);
        }));
        assertThat(fedNotCommitted.await(60, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> submission = CompletableFuture.runAsync(() -> workflow.submit(id, "data.housing"));
        LockWaits.untilWaitingOrDone(jdbc, "the submission waiting for the feed, or done", submission);
        commit.countDown();
        feed.get(60, TimeUnit.SECONDS);
        submission.get(60, TimeUnit.SECONDS);

        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SUBMITTED);
        assertThat(values.find(scenario.measureId("HF-1"), 2).orElseThrow().value()).isEqualByComparingTo("90");
    }
}
