package uk.quarterlyreturns.chasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.people.Delegations;
import uk.quarterlyreturns.people.TaskGroups;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.people.UserFields;
import uk.quarterlyreturns.returns.ReturnTasks;
import uk.quarterlyreturns.returns.ReturnsStarting;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * Opening a cycle is bound by the statements each return costs. Its new returns' processes run in the issuing
 * transaction to their task and chase timer, whose expressions ask about each return: what they ask is read ahead for
 * all of them at once, and each return's own steps then read nothing. A notice step reads the return and its cycle
 * as the chase state, which a chase gateway and its timer in the same transaction share. PostgreSQL counts the reads
 * of each table within the transaction.
 */
class IssueNoticeReadsTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired Chasing chasing;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired ReturnTasks returnTasks;
    @Autowired Delegations delegations;
    @Autowired UserAdministration admin;
    @Autowired Organisation organisation;
    @Autowired Clock clock;

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

    @Test
    void aNewReturnsTaskAndChaseReadNothingOnceTheCyclesReturnsAreReadAhead() throws Exception {
        long returnId = ReturnScenario.open(context, 5850).housing.id();
        long housing = organisation.findService("Housing").orElseThrow().id();
        LocalDate today = LocalDate.now(clock);
        String deputy = "ahead.deputy5850";
        admin.create(new UserFields(deputy, "Deputy Ahead", deputy + "@council.test",
                EnumSet.of(Role.STRATEGIC_DIRECTOR), null, organisation.findService("Housing").orElseThrow()
                        .directorateId()), "a long enough password", "admin");
        long covering = delegations.name(housing, deputy, today, today.plusDays(7), "dir.housing");
        try {
            List<String> deputies = returnTasks.deputies(returnId);
            Date deadline = returnTasks.deadline(returnId);
            // other tests' deputies of Housing may be current at the engine's instant too: the shared database
            assertThat(deputies).contains(deputy);
            new TransactionTemplate(transactions).executeWithoutResult(t -> {
                context.publishEvent(new ReturnsStarting(List.of(returnId)));
                List<String> tables = List.of("service_return", "cycle", "delegation", "app_user", "user_role");
                List<Long> before = tables.stream().map(this::reads).toList();

                assertThat(returnTasks.preparerGroups(returnId)).isEqualTo(TaskGroups.service(housing));
                assertThat(returnTasks.deputies(returnId)).isEqualTo(deputies);
                assertThat(returnTasks.deadline(returnId)).isEqualTo(deadline);
                assertThat(chasing.hasMoreChases(returnId)).isTrue();
                assertThat(chasing.nextChaseAt(returnId)).isNotNull();
                assertThat(tables.stream().map(this::reads).toList()).as("reads of " + tables).isEqualTo(before);
            });
        } finally {
            delegations.end(covering, "dir.housing");
        }
    }

    /** The table's scans so far in this transaction, by index or whole. */
    private long reads(String table) {
        return jdbc.sql("""
                select coalesce(seq_scan, 0) + coalesce(idx_scan, 0) from pg_stat_xact_user_tables
                where relname = :t""").param("t", table).query(Long.class).single();
    }
}
