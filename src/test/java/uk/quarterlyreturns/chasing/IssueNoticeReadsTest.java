package uk.quarterlyreturns.chasing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * Opening a cycle is bound by the statements each return costs. A return's notice step reads the return and its
 * cycle, and the chase gateway and its timer after it, in the same transaction, ask for the same rows: they are read
 * once for all three. PostgreSQL counts the reads of each table within the transaction.
 */
class IssueNoticeReadsTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired Chasing chasing;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void theChaseGatewayAndItsTimerReadNothingTheNoticeHasRead() throws Exception {
        long returnId = ReturnScenario.open(context, 2485).housing.id();
        new TransactionTemplate(transactions).executeWithoutResult(t -> {
            chasing.notifyIssued(returnId);
            long returns = reads("service_return");
            long cycles = reads("cycle");
            assertThat(returns).as("the notice read the return").isPositive();
            assertThat(cycles).as("the notice read the cycle").isPositive();

            assertThat(chasing.hasMoreChases(returnId)).isTrue();
            assertThat(chasing.nextChaseAt(returnId)).isNotNull();
            assertThat(reads("service_return")).as("reads of the return").isEqualTo(returns);
            assertThat(reads("cycle")).as("reads of the cycle").isEqualTo(cycles);
        });
    }

    /** The table's scans so far in this transaction, by index or whole. */
    private long reads(String table) {
        return jdbc.sql("""
                select coalesce(seq_scan, 0) + coalesce(idx_scan, 0) from pg_stat_xact_user_tables
                where relname = :t""").param("t", table).query(Long.class).single();
    }
}
