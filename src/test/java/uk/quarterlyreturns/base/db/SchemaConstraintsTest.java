package uk.quarterlyreturns.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.quarterlyreturns.base.mail.OutboxEntry;
import uk.quarterlyreturns.cycle.CycleStatus;
import uk.quarterlyreturns.framework.FrameworkEvent;
import uk.quarterlyreturns.framework.FrameworkWay;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.report.ReportStatus;
import uk.quarterlyreturns.returns.ReturnStatus;

/**
 * The database itself refuses unknown statuses and messages about things that do not exist (V9), and has the
 * indexes its scans need.
 */
class SchemaConstraintsTest {

    @TempDir
    static Path temp;

    private static EmbeddedDatabase db;
    private static PooledDataSource pool;
    private static JdbcTemplate sql;

    @BeforeAll
    static void migrate() {
        db = EmbeddedDatabase.start(temp.resolve("postgres"), 0);
        pool = new PooledDataSource("org.postgresql.Driver", db.jdbcUrl(), DatabaseCredentials.SUPERUSER,
                db.credentials().superuserPassword());
        Flyway.configure().dataSource(pool).locations("classpath:db/migration").table("app_schema_history").load()
                .migrate();
        sql = new JdbcTemplate(pool);
    }

    @AfterAll
    static void stop() {
        pool.forceCloseAll();
        db.close();
    }

    @Test
    void everyStatusTheApplicationWritesIsAllowedAndNothingElse() {
        assertAllows("cycle_status_known", CycleStatus.values());
        assertAllows("service_return_status_known", ReturnStatus.values());
        assertAllows("report_version_status_known", ReportStatus.values());
        assertAllows("outbox_message_status_known", OutboxEntry.Status.values());
        assertAllows("key_action_status_rag_known", Rag.values());
        assertAllows("framework_event_kind_known", FrameworkEvent.Kind.values());
        assertAllows("framework_event_way_known", FrameworkWay.values());
    }

    @Test
    void anUnknownOutboxStatusIsRefused() {
        assertThatThrownBy(() -> insertMessage("bad-status", "SENT", null, null))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("outbox_message_status_known");
        insertMessage("good-status", "HELD", null, null);
        assertThat(sql.queryForObject("select count(*) from outbox_message where message_key = 'good-status'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void aMessageAboutAReturnOrCycleThatDoesNotExistIsRefused() {
        assertThatThrownBy(() -> insertMessage("no-return", "PENDING", null, 424242L))
                .hasMessageContaining("outbox_message_return");
        assertThatThrownBy(() -> insertMessage("no-cycle", "PENDING", 424242L, null))
                .hasMessageContaining("outbox_message_cycle");
    }

    @Test
    void theOutboxHasIndexesForItsStatusAndDigestScans() {
        List<String> indexes = sql.queryForList(
                "select indexdef from pg_indexes where tablename = 'outbox_message'", String.class);
        assertThat(indexes).anyMatch(d -> d.contains("(status, created_at)"))
                .anyMatch(d -> d.contains("(recipient, created_at, id)") && d.contains("WHERE"))
                .anyMatch(d -> d.contains("(cycle_id)")).anyMatch(d -> d.contains("(return_id)"));
    }

    /** Recording a chase first looks for an earlier record of its message: by index, not by reading every chase. */
    @Test
    void anEarlierChaseOfAMessageIsFoundByIndex() {
        List<String> plan = sql.execute((Connection c) -> {
            try (var s = c.createStatement()) {
                s.execute("set enable_seqscan = off");
                List<String> lines = new ArrayList<>();
                try (var rows = s.executeQuery("explain select 1 from chase where outbox_message_id = 42")) {
                    while (rows.next()) {
                        lines.add(rows.getString(1));
                    }
                }
                s.execute("reset enable_seqscan");
                return lines;
            }
        });
        assertThat(String.join("\n", plan)).contains("chase_outbox_message").doesNotContain("Seq Scan");
    }

    private static void assertAllows(String constraint, Enum<?>[] values) {
        String definition = sql.queryForObject("select pg_get_constraintdef(oid) from pg_constraint where conname = ?",
                String.class, constraint);
        Arrays.stream(values).forEach(v -> assertThat(definition).contains("'" + v.name() + "'"));
        assertThat(definition).doesNotContain("'UNKNOWN'");
    }

    private static void insertMessage(String key, String status, Long cycleId, Long returnId) {
        sql.update("""
                insert into outbox_message (message_key, kind, recipient, subject, body_text, status, cycle_id, return_id)
                values (?, 'NOTICE', 'someone@example.test', 'Subject', 'Body', ?, ?, ?)""",
                key, status, cycleId, returnId);
    }
}
