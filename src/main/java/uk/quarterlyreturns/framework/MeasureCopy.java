package uk.quarterlyreturns.framework;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.framework.io.FrameworkRow;

/**
 * Writes a framework file's worth of measures the way PostgreSQL loads fastest: {@code COPY} into a temporary
 * table, then one {@code insert ... select ... on conflict} into the year. Both run in the caller's
 * transaction, so a failed file still changes nothing; the temporary table goes when the write is done.
 */
@Component
class MeasureCopy {

    private static final String CREATE = """
            create temp table measure_import (code text, title text, service_id bigint, theme_id bigint,
                outcome text, source text, unit text, polarity text, frequency text, due_quarter smallint,
                aggregation text, target_kind text, target numeric, floor numeric, tolerance_pct numeric,
                rag_scheme text, profile_q1 numeric, profile_q2 numeric, profile_q3 numeric, profile_q4 numeric,
                lower_threshold numeric, upper_threshold numeric, decimals smallint, in_arrears boolean, reported_until smallint,
                row_order int)
                on commit drop""";

    private static final String COLUMNS = """
            code, title, service_id, theme_id, outcome, source, unit, polarity,
                frequency, due_quarter, aggregation, target_kind, target, floor, tolerance_pct, rag_scheme,
                profile_q1, profile_q2, profile_q3, profile_q4, lower_threshold, upper_threshold, decimals, in_arrears,
                reported_until, row_order""";

    private static final String INSERT = "insert into measure (year_id, " + COLUMNS + ") " + """
            select :y, code, title, service_id, theme_id, outcome, source, unit, polarity,
                frequency, due_quarter, aggregation, target_kind, target, floor, tolerance_pct, rag_scheme,
                profile_q1, profile_q2, profile_q3, profile_q4, lower_threshold, upper_threshold, decimals, in_arrears,
                reported_until, row_order
            from measure_import""";

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    MeasureCopy(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** Inserts or updates each by code (codes distinct), with the given conflict clause. */
    @Transactional
    public void write(long yearId, List<MeasureSaving.Upsert> upserts, String onConflict) {
        jdbc.sql(CREATE).update();
        copyIn("copy measure_import from stdin with (format csv)", csv(null, upserts));
        jdbc.sql(INSERT + onConflict).param("y", yearId).update();
        jdbc.sql("drop table measure_import").update();
    }

    /**
     * Inserts measures whose codes the year does not hold, by COPY straight into the table: no temporary table
     * and no conflict check. A code that another transaction has inserted meanwhile fails the whole import.
     */
    @Transactional
    public void insert(long yearId, List<MeasureSaving.Upsert> upserts) {
        copyIn("copy measure (year_id, " + COLUMNS + ") from stdin with (format csv)", csv(yearId, upserts));
    }

    /** Runs a COPY ... from stdin of the given CSV in the caller's transaction. */
    void copyIn(String sql, String csv) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(csv));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("The measures could not be copied into the database", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * CSV as COPY reads it, each row led by the year when one is given: text always quoted (so an empty text
     * stays empty), null as nothing at all.
     */
    static String csv(Long yearId, List<MeasureSaving.Upsert> upserts) {
        StringBuilder out = new StringBuilder(upserts.size() * 160);
        for (MeasureSaving.Upsert u : upserts) {
            FrameworkRow r = u.row();
            if (yearId != null) {
                out.append(yearId).append(',');
            }
            text(out, r.code());
            text(out, r.title());
            out.append(u.serviceId()).append(',').append(u.themeId()).append(',');
            text(out, MeasureRepository.blankToNull(r.outcome()));
            text(out, MeasureRepository.blankToNull(r.source()));
            text(out, r.unit().written());
            text(out, r.polarity().name());
            text(out, r.frequency().name());
            out.append(r.dueQuarter()).append(',');
            text(out, r.aggregation().name());
            text(out, r.target().kind().name());
            number(out, r.target().value());
            number(out, r.floor());
            number(out, r.tolerancePct());
            text(out, r.ragScheme().name());
            r.profilePct().forEach(pct -> number(out, pct));
            number(out, r.lowerThreshold());
            number(out, r.upperThreshold());
            if (r.decimals() != null) {
                out.append(r.decimals());
            }
            out.append(',').append(r.inArrears()).append(',');
            if (r.reportedUntil() != null) {
                out.append(r.reportedUntil());
            }
            out.append(',').append(u.rowOrder()).append('\n');
        }
        return out.toString();
    }

    /** A text cell as COPY's CSV reads it: always quoted, so an empty text stays empty; null as nothing at all. */
    static void text(StringBuilder out, String value) {
        if (value != null) {
            out.append('"').append(value.replace("\"", "\"\"")).append('"');
        }
        out.append(',');
    }

    private static void number(StringBuilder out, BigDecimal value) {
        if (value != null) {
            out.append(value.toPlainString());
        }
        out.append(',');
    }
}
