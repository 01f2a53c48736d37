package uk.quarterlyreturns.returns.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * A director's inbox asks whether they may still take each of their service's steps (a deputy's period may have
 * ended since a step was offered). It reads who they are and whom they deputise for once per load, not once per
 * step: PostgreSQL counts the reads of each table within the transaction.
 */
class InboxReadsTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired InboxTasks inbox;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void aDirectorsInboxReadsTheirDeputisingOnceHoweverManyStepsItHolds() throws Exception {
        ReturnScenario.open(context, 2697).awaitTask(ReturnProcess.TASK_COMPLETE_RETURN);
        long[] withFewer = readsOfALoad();
        ReturnScenario.open(context, 2698).awaitTask(ReturnProcess.TASK_COMPLETE_RETURN);
        long[] withMore = readsOfALoad();

        assertThat(withMore[0]).as("steps in the director's inbox").isGreaterThan(withFewer[0]);
        assertThat(withMore[1]).as("reads of delegations").isEqualTo(withFewer[1]).isPositive();
    }

    /** The number of steps listed, and the reads of the delegation table it took. */
    private long[] readsOfALoad() {
        return new TransactionTemplate(transactions).execute(t -> {
            long before = reads("delegation");
            List<InboxItem> items = inbox.forUser("dir.housing");
            return new long[] {items.size(), reads("delegation") - before};
        });
    }

    private long reads(String table) {
        return jdbc.sql("""
                select coalesce(seq_scan, 0) + coalesce(idx_scan, 0) from pg_stat_xact_user_tables
                where relname = :t""").param("t", table).query(Long.class).single();
    }
}
