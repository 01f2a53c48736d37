package uk.quarterlyreturns.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * Reads true of one moment: a year created by another person between two reads is in neither, a nested reading joins
 * the moment, the caller's own transaction is left as it was, and nothing is written. Years 5720 to 5722.
 */
class OneMomentTest extends ApplicationTest {

    @Autowired OneMoment moment;
    @Autowired YearRepository years;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void aChangeCommittedBetweenTwoReadsIsInNeither() {
        boolean[] seen = moment.read(at -> {
            boolean before = years.find("5720-21").isPresent();
            committedByAnother(() -> years.findOrCreate("5720-21"));
            boolean after = years.find("5720-21").isPresent();
            boolean nested = moment.read(same -> {
                assertThat(same).as("the same moment").isEqualTo(at);
                return years.find("5720-21").isPresent();
            });
            return new boolean[] {before, after, nested};
        });
        assertThat(seen).containsExactly(false, false, false);
        assertThat(years.find("5720-21")).as("committed").isPresent();
    }

    @Test
    void aStreamWhoseReaderStopsReadingIsEndedByTheDatabaseInTime() throws IOException {
        String[] limits = new String[2];
        moment.stream(at -> limits[0] = jdbc.sql("show idle_in_transaction_session_timeout").query(String.class)
                .single());
        moment.read(at -> limits[1] = jdbc.sql("show idle_in_transaction_session_timeout").query(String.class)
                .single());
        assertThat(limits).as("streamed, then read at once").containsExactly("15min", "0");
    }

    @Test
    void itsReadsWriteNothing() {
        assertThatThrownBy(() -> moment.read(at -> years.findOrCreate("5721-22")))
                .hasStackTraceContaining("read-only transaction");
        assertThat(years.find("5721-22")).isEmpty();
    }

    @Test
    void aCallersTransactionGoesOnAsItWasAndItsUncommittedWritesAreNotSeen() throws IOException {
        Boolean[] seen = new Boolean[2];
        transactions.executeWithoutResult(tx -> {
            years.findOrCreate("5722-23");
            seen[0] = moment.read(at -> years.find("5722-23").isPresent());
            seen[1] = years.find("5722-23").isPresent();
        });
        assertThat(seen).as("read first, then write: the snapshot cannot see the caller's writes")
                .containsExactly(false, true);
        Instant[] streamed = new Instant[1];
        moment.stream(at -> streamed[0] = at);
        assertThat(streamed[0]).isNotNull();
    }

    private void committedByAnother(Runnable change) {
        try {
            CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> change.run()))
                    .get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
