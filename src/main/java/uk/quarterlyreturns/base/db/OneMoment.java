package uk.quarterlyreturns.base.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads that must all be true of one moment (a report's model, an audit pack), made in one read-only REPEATABLE READ
 * transaction: PostgreSQL takes its snapshot at the first statement, so a change committed while the reads run shows
 * in none of them rather than in some.
 *
 * <p>The transaction is one of its own, on a connection of its own: PostgreSQL cannot change a transaction's isolation
 * once it has read, and a process step's transaction has read before its delegate runs. So it does not see what the
 * caller's transaction wrote and has not committed: callers read first and write after. Reads already inside such a
 * snapshot join it, so a caller may widen the moment to reads of its own. Its reads must not lock (no FOR UPDATE or
 * FOR SHARE, which PostgreSQL refuses in a read-only transaction anyway): the caller's transaction may hold the row,
 * and neither would ever give way.
 */
@Component
public class OneMoment {

    /** Reads that stream what they read (an audit pack): their output may fail. */
    public interface Streaming {
        void write(Instant moment) throws IOException;
    }

    /** How long a streaming reader may stop reading: a 10 MB evidence file at 1 Mbit/s takes under 2 minutes. */
    static final String STALLED_STREAM = "15min";

    private static final ThreadLocal<Instant> CURRENT = new ThreadLocal<>();

    private final TransactionTemplate snapshot;
    private final JdbcClient jdbc;
    private final Clock clock;

    OneMoment(PlatformTransactionManager transactions, JdbcClient jdbc, Clock clock) {
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
        snapshot.setName("one moment");
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Runs the reads in one snapshot, given the moment it is true of: the application's time just after PostgreSQL
     * took the snapshot (anything committed before it is in, anything after is not).
     */
    public <T> T read(Function<Instant, T> reads) {
        Instant joined = CURRENT.get();
        if (joined != null && inSnapshot()) {
            return reads.apply(joined);
        }
        return snapshot.execute(tx -> {
            jdbc.sql("select 1").query(Integer.class).single(); // the first statement fixes the snapshot
            Instant moment = clock.instant();
            Instant outer = CURRENT.get();
            CURRENT.set(moment);
            try {
                return reads.apply(moment);
            } finally {
                if (outer == null) {
                    CURRENT.remove();
                } else {
                    CURRENT.set(outer);
                }
            }
        });
    }

    /**
     * The same for reads that stream: the snapshot is held until the last byte is written. A reader that stops
     * reading would hold it, and a connection, for ever; PostgreSQL ends the transaction once it has waited
     * {@link #STALLED_STREAM} between two reads, and the download is cut.
     */
    public void stream(Streaming writing) throws IOException {
        try {
            read(moment -> {
                jdbc.sql("select set_config('idle_in_transaction_session_timeout', :limit, true)")
                        .param("limit", STALLED_STREAM).query(String.class).single();
                try {
                    writing.write(moment);
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static boolean inSnapshot() {
        Integer isolation = TransactionSynchronizationManager.getCurrentTransactionIsolationLevel();
        return TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                && isolation != null && isolation == TransactionDefinition.ISOLATION_REPEATABLE_READ;
    }
}
