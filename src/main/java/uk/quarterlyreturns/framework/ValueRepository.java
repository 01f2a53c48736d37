package uk.quarterlyreturns.framework;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Quarter values and history of measures. */
@Repository
public class ValueRepository {

    private static final int HISTORY_ROWS_A_STATEMENT = 1000;

    private final JdbcClient jdbc;
    private final NextYearHistory nextYear;

    ValueRepository(JdbcClient jdbc, NextYearHistory nextYear) {
        this.jdbc = jdbc;
        this.nextYear = nextYear;
    }

    public List<QuarterValue> forYear(long yearId) {
        return jdbc.sql("select v.* from measure_value v join measure m on m.id = v.measure_id where m.year_id = :y")
                .param("y", yearId).query(this::map).list();
    }

    /** One service's figures for the year: a return reads its own, not every service's. */
    public List<QuarterValue> forService(long yearId, long serviceId) {
        return jdbc.sql("""
                select v.* from measure_value v join measure m on m.id = v.measure_id
                where m.year_id = :y and m.service_id = :s""")
                .param("y", yearId).param("s", serviceId).query(this::map).list();
    }

    /**
     * The quarters in which each of these measures has anything a return recorded (a figure, a note, a ratio, reasons,
     * actions planned, a query explanation, an override or why the figure is not available), in order.
     */
    public Map<Long, List<Integer>> recordedQuarters(Collection<Long> measureIds) {
        Map<Long, List<Integer>> out = new HashMap<>();
        if (measureIds.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                select measure_id, quarter from measure_value where measure_id = any(:ids) and (value is not null
                    or nullif(trim(note), '') is not null or numerator is not null or denominator is not null
                    or nullif(trim(reasons), '') is not null or nullif(trim(actions_planned), '') is not null
                    or nullif(trim(query_explanation), '') is not null or rag_override is not null
                    or nullif(trim(not_available_reason), '') is not null) order by quarter""")
                .param("ids", measureIds.toArray(Long[]::new))
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getInt(2));
                });
        return out;
    }

    /**
     * As {@link #recordedQuarters}, also counting the quarters whose return said what became of an earlier provisional
     * figure of the measure (confirmed or revised it, with the RAG change that makes): that return's director signed
     * it off, as a figure, though the measure may have no figure of its own that quarter.
     */
    public Map<Long, List<Integer>> recordedOrSaidOfQuarters(Collection<Long> measureIds) {
        Map<Long, List<Integer>> out = recordedQuarters(measureIds);
        if (measureIds.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                select distinct f.measure_id, c.quarter from earlier_figure f
                join service_return r on r.id = f.return_id join cycle c on c.id = r.cycle_id
                where f.measure_id = any(:ids) order by c.quarter""")
                .param("ids", measureIds.toArray(Long[]::new))
                .query(rs -> {
                    List<Integer> quarters = out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>());
                    if (!quarters.contains(rs.getInt(2))) {
                        quarters.add(rs.getInt(2));
                    }
                });
        return out;
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

    private static final String HISTORY = """
            select h.measure_id, h.period_year, h.quarter, h.value, h.unit from measure_history h
            join measure m on m.id = h.measure_id""";

    private HistoryEntry mapHistory(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new HistoryEntry(rs.getLong(1), rs.getString(2), (Integer) rs.getObject(3, Integer.class),
                MeasureRepository.plain(rs.getBigDecimal(4)), rs.getString(5) == null ? null : Unit.of(rs.getString(5)));
    }

    /**
     * Records a fed or uploaded figure; narratives and overrides already entered are kept. A figure clears the mark
     * "not available" and its reason: kept, they would come back as if said again once the figure was cleared. The
     * same figure, note and ratio again change nothing (a feed sent twice): a form opened meanwhile still saves. The
     * files have no column for the mark "provisional": a figure keeps the mark it had, unless it is cleared.
     * Returns the row as stored.
     */
    public QuarterValue saveFigure(long measureId, int quarter, BigDecimal value, String note, BigDecimal numerator,
            BigDecimal denominator, String by) {
        Optional<QuarterValue> saved = jdbc.sql("""
                insert into measure_value (measure_id, quarter, value, note, numerator, denominator, updated_by)
                values (:m, :q, :v, :note, :num, :den, :by)
                on conflict (measure_id, quarter) do update set value = excluded.value, note = excluded.note,
                    numerator = excluded.numerator, denominator = excluded.denominator,
                    not_available_reason = case when excluded.value is null then measure_value.not_available_reason end,
                    provisional = measure_value.provisional and excluded.value is not null,
                    updated_by = excluded.updated_by, updated_at = now(), version = measure_value.version + 1
                where (measure_value.value, measure_value.note, measure_value.numerator, measure_value.denominator)
                    is distinct from (excluded.value, excluded.note, excluded.numerator, excluded.denominator)
                    or excluded.value is not null and measure_value.not_available_reason is not null
                returning *
                """)
                .param("m", measureId).param("q", quarter).param("v", value).param("note", note)
                .param("num", numerator).param("den", denominator).param("by", by).query(this::map).optional();
        if (saved.isEmpty()) {
            return find(measureId, quarter).orElseThrow();
        }
        nextYear.carry(measureId);
        return saved.get();
    }

    public Optional<QuarterValue> find(long measureId, int quarter) {
        return jdbc.sql("select * from measure_value where measure_id = :m and quarter = :q")
                .param("m", measureId).param("q", quarter).query(this::map).optional();
    }

    /**
     * Saves what the return's form holds for a measure, only if the row is still at the version the form
     * read ({@code expectedVersion} null: the form saw no row yet). A figure typed by hand drops a fed
     * numerator and denominator, which would no longer match it. Returns the new version.
     *
     * @throws SavedMeanwhileException when someone saved the row meanwhile; nothing is changed
     */
    public int saveEntry(long measureId, int quarter, Integer expectedVersion, MeasureEntry entry, String by) {
        Optional<QuarterValue> before = find(measureId, quarter);
        boolean sameValue = before.map(v -> equal(v.value(), entry.value())).orElse(true);
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("value", entry.value(), Types.NUMERIC).addValue("reasons", entry.reasons())
                .addValue("actions_planned", entry.actionsPlanned())
                .addValue("query_explanation", entry.queryExplanation())
                .addValue("not_available_reason", entry.notAvailableReason())
                .addValue("provisional", entry.provisional()).addValue("updated_by", by);
        List<String> columns = new ArrayList<>(List.of("value", "reasons", "actions_planned", "query_explanation",
                "not_available_reason", "provisional", "updated_by"));
        FigureSource source = entry.source();
        if (source != null) {
            params.addValue("note", source.note());
            columns.add("note");
        }
        if (source != null || !sameValue) {
            params.addValue("numerator", source == null ? null : source.numerator(), Types.NUMERIC)
                    .addValue("denominator", source == null ? null : source.denominator(), Types.NUMERIC);
            columns.addAll(List.of("numerator", "denominator"));
        }
        int version = versioned().save(measureId, quarter, expectedVersion, params, columns.toArray(String[]::new))
                .orElseThrow(() -> savedMeanwhile(measureId, quarter));
        BigDecimal was = before.map(QuarterValue::value).orElse(null);
        if (was != null && entry.value() == null) {
            nextYear.withdraw(measureId, quarter, was);
        } else if (!equal(was, entry.value())) {
            nextYear.carry(measureId);
        }
        return version;
    }

    /**
     * Sets or (with null) clears a director's RAG override, under the same version check as
     * {@link #saveEntry}. Returns the new version.
     */
    public int saveOverride(long measureId, int quarter, Integer expectedVersion, RagOverride override,
            String by) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("rag_override", override == null ? null : override.rag().name())
                .addValue("override_by", override == null ? null : override.by())
                .addValue("override_at", override == null ? null : Timestamp.from(override.at()), Types.TIMESTAMP)
                .addValue("override_justification", override == null ? null : override.justification())
                .addValue("updated_by", by);
        return versioned().save(measureId, quarter, expectedVersion, params, "rag_override", "override_by",
                        "override_at", "override_justification", "updated_by")
                .orElseThrow(() -> savedMeanwhile(measureId, quarter));
    }

    /**
     * Marks the stored figure provisional or final, under the same version check as {@link #saveEntry}; a row with no
     * figure is never marked (see ProvisionalFigure). Returns the new version.
     */
    public int saveProvisional(long measureId, int quarter, Integer expectedVersion, boolean provisional, String by) {
        BigDecimal figure = find(measureId, quarter).map(QuarterValue::value).orElse(null);
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("provisional", ProvisionalFigure.holds(figure, provisional))
                .addValue("updated_by", by);
        return versioned().save(measureId, quarter, expectedVersion, params, "provisional", "updated_by")
                .orElseThrow(() -> savedMeanwhile(measureId, quarter));
    }

    /**
     * Makes a provisional figure final, at the value given (a revised figure drops a fed numerator and denominator,
     * which would no longer match it). Nothing changes, and false is returned, when the figure is no longer
     * provisional or no longer the one reported: it was changed meanwhile by another route.
     */
    public boolean finalise(long measureId, int quarter, BigDecimal reported, BigDecimal value, String by) {
        int updated = jdbc.sql("""
                update measure_value set value = :v, provisional = false,
                    numerator = case when value = :v then numerator end,
                    denominator = case when value = :v then denominator end,
                    updated_by = :by, updated_at = now(), version = version + 1
                where measure_id = :m and quarter = :q and provisional and value = :reported""")
                .param("v", value).param("by", by).param("m", measureId).param("q", quarter)
                .param("reported", reported).update();
        if (updated == 1 && !equal(reported, value)) {
            nextYear.carry(measureId);
        }
        return updated == 1;
    }

    private VersionedRow versioned() {
        return new VersionedRow(jdbc, "measure_value", "measure_id");
    }

    private static boolean equal(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private SavedMeanwhileException savedMeanwhile(long measureId, int quarter) {
        Optional<QuarterValue> now = find(measureId, quarter);
        return new SavedMeanwhileException("This measure", now.map(QuarterValue::updatedBy).orElse(null),
                now.map(QuarterValue::updatedAt).orElse(null));
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
                """).param("m", measureId).param("y", year).param("q", quarter, java.sql.Types.SMALLINT)
                .param("v", value).param("u", unit, java.sql.Types.VARCHAR).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into measure_history (measure_id, period_year, quarter, value, unit)
                    values (:m, :y, :q, :v, :u)""")
                    .param("m", measureId).param("y", year).param("q", quarter, java.sql.Types.SMALLINT)
                    .param("v", value).param("u", unit, java.sql.Types.VARCHAR).update();
        }
    }

    private QuarterValue map(ResultSet rs, int n) throws SQLException {
        String overrideRag = rs.getString("rag_override");
        RagOverride override = overrideRag == null ? null : new RagOverride(Rag.valueOf(overrideRag),
                rs.getString("override_by"), rs.getTimestamp("override_at").toInstant(),
                rs.getString("override_justification"));
        Timestamp updated = rs.getTimestamp("updated_at");
        return new QuarterValue(rs.getLong("measure_id"), rs.getInt("quarter"), plain(rs.getBigDecimal("value")),
                rs.getString("note"), plain(rs.getBigDecimal("numerator")), plain(rs.getBigDecimal("denominator")),
                rs.getString("reasons"), rs.getString("actions_planned"), rs.getString("query_explanation"),
                rs.getString("not_available_reason"), override,
                rs.getString("updated_by"), updated.toInstant(), rs.getInt("version"), rs.getBoolean("provisional"));
    }

    private static BigDecimal plain(BigDecimal value) {
        return MeasureRepository.plain(value);
    }
}
