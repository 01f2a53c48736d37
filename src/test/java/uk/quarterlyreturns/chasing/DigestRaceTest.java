package uk.quarterlyreturns.chasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.base.mail.MailMessage;
import uk.quarterlyreturns.base.mail.MailOutbox;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;

/**
 * Two application processes send the digest at 07:00. A message held while the first run is still
 * committing must not go into the second run's digest as well.
 */
class DigestRaceTest extends ApplicationTest {

    private static final String RECIPIENT = "digest.race@example.test";

    @Autowired
    DailyDigest digest;
    @Autowired
    MailOutbox outbox;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aSecondRunWaitsForTheFirstAndDigestsOnlyWhatIsLeft() throws Exception {
        outbox.hold(message("first"));
        CountDownLatch firstDone = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
            digest.sendDigests();
            firstDone.countDown();
            await(commitFirst);
        }));
        await(firstDone);
        outbox.hold(message("second"));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(digest::sendDigests);
        // The second run is under way, waiting for the first, which has not committed.
        Await.until("the second run waits on the digest lock", Duration.ofSeconds(30), () -> jdbc.sql(
                "select count(*) from pg_locks where locktype = 'advisory' and not granted").query(Long.class)
                .single() > 0);
        commitFirst.countDown();
        first.get(60, TimeUnit.SECONDS);
        second.get(60, TimeUnit.SECONDS);

        List<String> digests = jdbc.sql("""
                select body_text from outbox_message where recipient = :r and kind = 'DAILY_DIGEST' order by id""")
                .param("r", RECIPIENT).query(String.class).list();
        assertThat(digests).hasSize(2);
        assertThat(digests.get(0)).contains("Update first").doesNotContain("Update second");
        assertThat(digests.get(1)).contains("Update second").doesNotContain("Update first");
    }

    private static MailMessage message(String name) {
        return new MailMessage("race:" + name + ":" + System.nanoTime(), "NOTICE", RECIPIENT, "Update " + name,
                "Body " + name, null, null, null);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(60, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
