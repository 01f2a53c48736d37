package uk.quarterlyreturns.faults;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.base.db.DatabaseCredentials;

/** Reads a child application's database from the test, as an operator with psql would. */
final class Sql {

    private Sql() {
    }

    /** As the superuser, with the password the embedded database keeps in its data directory. */
    static JdbcClient connect(int port, Path dataDirectory) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL("jdbc:postgresql://localhost:" + port + "/postgres");
        ds.setUser(DatabaseCredentials.SUPERUSER);
        ds.setPassword(DatabaseCredentials.read(dataDirectory).superuserPassword());
        return JdbcClient.create((DataSource) ds);
    }

    static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /**
     * Waits until no job runs and none waits to run at once (an asynchronous step with tries left), so
     * nothing more can be sent: counts taken then are final, and a duplicate would already show.
     */
    static void awaitJobsSettled(JdbcClient jdbc, Duration timeout) {
        Await.until("no job running or due at once", timeout, () -> count(jdbc, """
                select count(*) from act_ru_job
                where lock_owner_ is not null or (handler_type_ = 'async-continuation' and retries_ > 0)""") == 0);
    }

    /** Every row of the query, each as one line of its column values. */
    static List<String> rows(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Sql::line).list();
    }

    /**
     * What a crash must not lose: the returns and their contents, the cycles and reports, the chases and the
     * outbox, and the process engine's open tasks, timers and other jobs, executions and incidents.
     */
    static Map<String, List<String>> snapshot(JdbcClient jdbc) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        tables.put("cycles", rows(jdbc, "select * from cycle order by id"));
        tables.put("returns", rows(jdbc, "select * from service_return order by id"));
        tables.put("values and narratives", rows(jdbc, "select * from measure_value order by id"));
        tables.put("key action statuses", rows(jdbc, "select * from key_action_status order by id"));
        tables.put("report versions", rows(jdbc, "select * from report_version order by id"));
        tables.put("chases", rows(jdbc, "select * from chase order by id"));
        tables.put("outbox", rows(jdbc, "select * from outbox_message order by id"));
        tables.put("trail", rows(jdbc, "select * from return_event order by id"));
        tables.put("tasks", rows(jdbc, """
                select id_, proc_inst_id_, task_def_key_, name_, assignee_, due_date_, suspension_state_
                from act_ru_task order by id_"""));
        tables.put("task candidates", rows(jdbc, """
                select task_id_, user_id_, group_id_, type_ from act_ru_identitylink
                order by task_id_, type_, user_id_, group_id_"""));
        tables.put("jobs", rows(jdbc, """
                select id_, type_, process_instance_id_, process_def_key_, handler_type_, handler_cfg_, duedate_,
                       retries_, exception_msg_, suspension_state_
                from act_ru_job order by id_"""));
        tables.put("executions", rows(jdbc, """
                select id_, proc_inst_id_, business_key_, act_id_, is_active_, is_concurrent_, is_scope_
                from act_ru_execution order by id_"""));
        tables.put("variables", rows(jdbc, """
                select name_, execution_id_, type_, long_, text_ from act_ru_variable order by id_"""));
        tables.put("incidents", rows(jdbc, "select id_, incident_type_, incident_msg_ from act_ru_incident order by id_"));
        return tables;
    }

    private static String line(ResultSet rs, int n) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        StringBuilder line = new StringBuilder();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            Object value = rs.getObject(i);
            line.append(i == 1 ? "" : " | ").append(meta.getColumnName(i)).append('=')
                    .append(value instanceof byte[] bytes ? sha256(bytes) : String.valueOf(value));
        }
        return line.toString();
    }

    private static String sha256(byte[] bytes) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
