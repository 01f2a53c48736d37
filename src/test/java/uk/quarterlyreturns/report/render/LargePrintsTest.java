package uk.quarterlyreturns.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.report.KirkleesFixture;
import uk.quarterlyreturns.report.ReportCompiler;

/**
 * Large prints go one at a time, each telling its progress: a draft asked for while the chief executive's report
 * prints waits for it and says so, where two at once could exhaust the heap. Small prints never wait.
 */
class LargePrintsTest {

    private static final int PART_SIZE = 3000;
    private static String html;
    private final ExecutorService threads = Executors.newFixedThreadPool(3);
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeAll
    static void report() {
        html = new HtmlReportRenderer().render(ReportCompiler.compile(KirkleesFixture.input()));
    }

    @AfterEach
    void stop() throws Exception {
        release.countDown();
        threads.shutdown();
        assertThat(threads.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aSecondLargePrintWaitsForTheFirstAndSaysSoWhileASmallOneGoesAhead() throws Exception {
        PdfReportRenderer everyPrintLarge = new PdfReportRenderer(1, PART_SIZE, 1);
        CountDownLatch firstPrinting = new CountDownLatch(1);
        CountDownLatch secondWaiting = new CountDownLatch(1);
        List<String> firstSteps = new CopyOnWriteArrayList<>();
        List<String> secondSteps = new CopyOnWriteArrayList<>();

        Future<byte[]> first = threads.submit(() -> everyPrintLarge.render(html, null, (steps, of) -> {
            firstSteps.add(steps + "/" + of);
            firstPrinting.countDown();
            await(release); // the first stays in the middle of its print until the test lets it go on
        }));
        assertThat(firstPrinting.await(60, TimeUnit.SECONDS)).as("the first print under way").isTrue();
        Future<byte[]> second = threads.submit(() -> everyPrintLarge.render(html, null, new PrintProgress() {
            @Override
            public void waiting() {
                secondWaiting.countDown();
            }

            @Override
            public void printed(int steps, int of) {
                secondSteps.add(steps + "/" + of);
            }
        }));
        assertThat(secondWaiting.await(60, TimeUnit.SECONDS)).as("the second told it waits").isTrue();
        byte[] small = threads.submit(() -> new PdfReportRenderer(Integer.MAX_VALUE, PART_SIZE, Integer.MAX_VALUE)
                .render(html))
                .get(60, TimeUnit.SECONDS);
        assertThat(small).as("a small print while a large one prints").isNotEmpty();
        assertThat(secondSteps).as("nothing of the second printed while the first prints").isEmpty();

        release.countDown();
        assertThat(first.get(60, TimeUnit.SECONDS)).isNotEmpty();
        assertThat(second.get(60, TimeUnit.SECONDS)).isNotEmpty();
        assertThat(secondSteps).hasSize(firstSteps.size()).isEqualTo(firstSteps);
    }

    @Test
    void aPrintInPartsCountsEachPartJoinedThenTheWholeWrittenOut() {
        List<int[]> steps = new CopyOnWriteArrayList<>();
        new PdfReportRenderer(1, PART_SIZE, Integer.MAX_VALUE).render(html, null, (done, of) -> steps.add(
                new int[] {done, of}));
        int of = steps.get(0)[1];
        assertThat(of).as("the parts, then writing out").isGreaterThan(3);
        assertThat(steps).extracting(s -> s[0]).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, of).boxed().toList());
        assertThat(steps).allSatisfy(s -> assertThat(s[1]).isEqualTo(of));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
