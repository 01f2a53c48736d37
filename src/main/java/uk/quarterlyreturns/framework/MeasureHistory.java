package uk.quarterlyreturns.framework;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Measures' outturns of earlier years and quarters, as imported, carried over at rollover or published. */
@Repository
public class MeasureHistory {

    private static final int HISTORY_ROWS_A_STATEMENT = 1000;

    private static final String HISTORY = """
            select h.measure_id, h.period_year, h.quarter, h.value, h.unit from measure_history h
            join measure m on m.id = h.measure_id""";

    private final JdbcClient jdbc;

    MeasureHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<HistoryEntry> historyForYear(long yearId) {
        return jdbc.sql(HISTORY + " where m.year_id = :y order by h.period_year, h.quarter").param("y", yearId)
                .query(this::mapHistory).list();
    }

    /** The history of these measures. */
    public List<HistoryEntry> historyOf(Collection<Long> measureIds) {
        return jdbc.sql(HISTORY + " where h.measure_id = any(:ids) order by h.period_year, h.quarter")
                .param("ids", measureIds.toArray(Long[]::new)).query(this::mapHistory).list();
    }

    /** The history of one service's measures in the year. */
    public List<HistoryEntry> historyForService(long yearId, long serviceId) {
        return jdbc.sql(HISTORY + " where m.year_id = :y and m.service_id = :s order by h.period_year, h.quarter")
                .param("y", yearId).param("s", serviceId).query(this::mapHistory).list();
    }

    private HistoryEntry mapHistory(ResultSet rs, int n) throws SQLException {
        return new HistoryEntry(rs.getLong(1), rs.getString(2), (Integer) rs.getObject(3, Integer.class),
                MeasureRepository.plain(rs.getBigDecimal(4)),
                rs.getString(5) == null ? null : Unit.of(rs.getString(5)));
    }

    public void saveHistory(long measureId, String year, Integer quarter, BigDecimal value) {
        saveHistory(measureId, year, quarter, value, null);
    }

    /**
     * Inserts history for measures that have none for these periods yet (a new year's, as a rollover makes
     * them), a thousand rows a statement.
     */
    public void insertHistory(List<HistoryEntry> entries) {
        for (int from = 0; from < entries.size(); from += HISTORY_ROWS_A_STATEMENT) {
            List<HistoryEntry> chunk = entries.subList(from, Math.min(entries.size(), from + HISTORY_ROWS_A_STATEMENT));
            List<Object> params = new ArrayList<>(chunk.size() * 5);
            for (HistoryEntry h : chunk) {
                params.add(h.measureId());
                params.add(h.year());
                params.add(new SqlParameterValue(Types.SMALLINT, h.quarter()));
                params.add(h.value());
                params.add(new SqlParameterValue(Types.VARCHAR,
                        h.unit() == null ? null : h.unit().written()));
            }
            jdbc.sql("insert into measure_history (measure_id, period_year, quarter, value, unit) values "
                    + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?)")))
                    .params(params).update();
        }
    }

    /** @param unit the unit an outturn was published in when not the measure's, else null */
    public void saveHistory(long measureId, String year, Integer quarter, BigDecimal value, String unit) {
        int updated = jdbc.sql("""
                update measure_history set value = :v, unit = :u
                where measure_id = :m and period_year = :y and coalesce(quarter, 0) = coalesce(:q, 0)
                """).param("m", measureId).param("y", year).param("q", quarter, Types.SMALLINT)
                .param("v", value).param("u", unit, Types.VARCHAR).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into measure_history (measure_id, period_year, quarter, value, unit)
                    values (:m, :y, :q, :v, :u)""")
                    .param("m", measureId).param("y", year).param("q", quarter, Types.SMALLINT)
                    .param("v", value).param("u", unit, Types.VARCHAR).update();
        }
    }
}
