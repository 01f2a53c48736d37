package uk.quarterlyreturns.cycle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

@Repository
public class CycleRepository {

    private static final String SELECT = """
            select c.*, y.label as year_label from cycle c join reporting_year y on y.id = c.year_id""";

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    CycleRepository(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public Optional<Cycle> find(long id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(this::map).optional();
    }

    public Optional<Cycle> find(long yearId, int quarter) {
        return jdbc.sql(SELECT + " where c.year_id = :y and c.quarter = :q").param("y", yearId).param("q", quarter)
                .query(this::map).optional();
    }

    public List<Cycle> all() {
        return jdbc.sql(SELECT + " order by y.starts_on desc, c.quarter desc").query(this::map).list();
    }

    /** Locks the cycle row: acceptances of its returns queue here, so "all accepted" is counted once. */
    public void lock(long id) {
        jdbc.sql("select id from cycle where id = :id for update").param("id", id).query(Long.class).single();
    }

    /**
     * Waits until whoever holds the cycle's lock now has committed, without keeping it: a transaction of its own takes
     * it and lets it go at once. The compile step waits so before it reads the returns: a change checked under the lock
     * before the compilation began (a return sent back, say) is then in what it reads, not committed just after.
     */
    public void awaitLockHolders(long id) {
        ownTransaction.executeWithoutResult(tx -> jdbc.sql("select id from cycle where id = :id for share")
                .param("id", id).query(Long.class).single());
    }

    /** When the cycle's latest report version was compiled (the moment it is true of); empty before the first. */
    public Optional<Instant> lastCompiledAt(long id) {
        return jdbc.sql("select compiled_at from report_version where cycle_id = :id order by compiled_at desc limit 1")
                .param("id", id).query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
    }

    /** When the latest version published (approved, perhaps superseded since) was compiled: what readers have. */
    public Optional<Instant> lastPublishedCompiledAt(long id) {
        return jdbc.sql("""
                select compiled_at from report_version where cycle_id = :id and status in ('APPROVED', 'SUPERSEDED')
                order by compiled_at desc limit 1""")
                .param("id", id).query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
    }

    /**
     * Holds the quarter for this transaction: a second opening of it (another tab, the API, the timer on another
     * node) waits until the first commits, then finds the cycle open.
     */
    public void lockQuarter(long yearId, int quarter) {
        jdbc.sql("select pg_advisory_xact_lock(" + QUARTER_LOCK + ", :k)")
                .param("k", Math.toIntExact(yearId * 4 + quarter)).query(rs -> { });
    }

    /** The first key of a quarter's opening lock, apart from the other advisory locks (1804-1806). */
    private static final int QUARTER_LOCK = 1807;

    public long insert(long yearId, int quarter, Instant deadline, Instant compilation, String by, Instant at,
            ChasePolicy policy) {
        return jdbc.sql("""
                insert into cycle (year_id, quarter, submission_deadline, compilation_date, opened_by, opened_at,
                                   reminder_days, reminder_time, grace_working_days, second_escalation_working_days)
                values (:y, :q, :deadline, :compilation, :by, :at, :days, :time, :grace, :second) returning id
                """)
                .param("y", yearId).param("q", quarter).param("deadline", Timestamp.from(deadline))
                .param("compilation", Timestamp.from(compilation)).param("by", by).param("at", Timestamp.from(at))
                .param("days", policy.reminderDaysText()).param("time", Time.valueOf(policy.reminderTime()))
                .param("grace", policy.graceWorkingDays()).param("second", policy.secondEscalationWorkingDays())
                .query(Long.class).single();
    }

    public void setProcessInstance(long id, String processInstanceId) {
        jdbc.sql("update cycle set process_instance_id = :p where id = :id").param("p", processInstanceId)
                .param("id", id).update();
    }

    public void setStatus(long id, CycleStatus status) {
        jdbc.sql("update cycle set status = :s where id = :id").param("s", status.name()).param("id", id).update();
    }

    public String commentary(long id) {
        List<String> text = jdbc.sql("select coalesce(commentary, '') from cycle where id = :id").param("id", id)
                .query(String.class).list();
        return text.isEmpty() || text.get(0).isEmpty() ? null : text.get(0);
    }

    /** The reason for the correction under way, if any; cleared once its version is published. */
    public String pendingChangeNote(long id) {
        List<String> text = jdbc.sql("select coalesce(pending_change_note, '') from cycle where id = :id")
                .param("id", id).query(String.class).list();
        return text.isEmpty() || text.get(0).isEmpty() ? null : text.get(0);
    }

    /**
     * Whether the quarter's report has been published: the cycle says so until a correction starts, and a correction
     * under way keeps its reason as the next version's note until that version is published.
     */
    public boolean publishedOnce(Cycle cycle) {
        return cycle.status() == CycleStatus.PUBLISHED || pendingChangeNote(cycle.id()) != null;
    }

    public void setPendingChangeNote(long id, String note) {
        jdbc.sql("update cycle set pending_change_note = :n where id = :id").param("n", note).param("id", id).update();
    }

    public void setCommentary(long id, String commentary) {
        jdbc.sql("update cycle set commentary = :c where id = :id").param("c", commentary).param("id", id).update();
    }

    private Cycle map(ResultSet rs, int n) throws SQLException {
        return new Cycle(rs.getLong("id"), rs.getLong("year_id"), rs.getString("year_label"), rs.getInt("quarter"),
                CycleStatus.valueOf(rs.getString("status")), rs.getTimestamp("submission_deadline").toInstant(),
                rs.getTimestamp("compilation_date").toInstant(), rs.getString("opened_by"),
                rs.getTimestamp("opened_at").toInstant(), rs.getString("reminder_days"),
                rs.getTime("reminder_time").toLocalTime(), rs.getInt("grace_working_days"),
                rs.getInt("second_escalation_working_days"));
    }
}
