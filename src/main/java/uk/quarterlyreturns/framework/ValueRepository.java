package uk.quarterlyreturns.framework;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Measures' figures quarter by quarter and what returns say of them, as fed, uploaded or saved on the form. Earlier
 * years' outturns are in {@link MeasureHistory}; the quarters anything was recorded in, in {@link RecordedQuarters}.
 */
@Repository
public class ValueRepository {

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
