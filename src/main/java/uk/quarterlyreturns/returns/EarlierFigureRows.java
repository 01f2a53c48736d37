package uk.quarterlyreturns.returns;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.quarterlyreturns.base.tabular.Numbers;
import uk.quarterlyreturns.framework.FigureRevision;

/** What later quarters' returns said of earlier provisional figures (table earlier_figure). */
@Repository
class EarlierFigureRows {

    /**
     * One return's word on one earlier figure; {@code appliedAt} once its return was accepted, and
     * {@code changedMeanwhile} when nothing was applied then, the figure having changed meanwhile.
     */
    record Row(long returnId, long measureId, FigureRevision revision, String updatedBy, Instant updatedAt,
            int version, Instant appliedAt, boolean changedMeanwhile) {
    }

    private final JdbcClient jdbc;

    EarlierFigureRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> forReturn(long returnId) {
        return jdbc.sql("select * from earlier_figure where return_id = :r order by measure_id, earlier_quarter")
                .param("r", returnId).query(this::map).list();
    }

    Optional<Row> find(long returnId, long measureId, int earlierQuarter) {
        return jdbc.sql("""
                select * from earlier_figure where return_id = :r and measure_id = :m and earlier_quarter = :q""")
                .param("r", returnId).param("m", measureId).param("q", earlierQuarter).query(this::map).optional();
    }

    /**
     * Saves the revision if the row is still at the version read (null: no row was read); empty when someone saved
     * or cleared it meanwhile.
     */
    Optional<Integer> save(long returnId, long measureId, Integer expectedVersion, FigureRevision f, String by) {
        String sql = expectedVersion == null ? """
                insert into earlier_figure (return_id, measure_id, earlier_quarter, reported, decision, revised, reason,
                    updated_by) values (:r, :m, :q, :reported, :decision, :revised, :reason, :by)
                on conflict do nothing returning version""" : """
                update earlier_figure set reported = :reported, decision = :decision, revised = :revised,
                    reason = :reason, updated_by = :by, updated_at = now(), version = version + 1
                where return_id = :r and measure_id = :m and earlier_quarter = :q and version = :expected
                    and applied_at is null
                returning version""";
        return jdbc.sql(sql).param("r", returnId).param("m", measureId).param("q", f.earlierQuarter())
                .param("reported", f.reported()).param("decision", f.decision().name())
                .param("revised", f.revised(), Types.NUMERIC).param("reason", f.reason(), Types.VARCHAR)
                .param("by", by).param("expected", expectedVersion, Types.INTEGER).query(Integer.class).optional();
    }

    /** Clears what was said (neither confirmed nor revised); false when the row moved on meanwhile. */
    boolean clear(long returnId, long measureId, int earlierQuarter, int expectedVersion) {
        return jdbc.sql("""
                delete from earlier_figure where return_id = :r and measure_id = :m and earlier_quarter = :q
                    and version = :expected and applied_at is null""")
                .param("r", returnId).param("m", measureId).param("q", earlierQuarter)
                .param("expected", expectedVersion).update() == 1;
    }

    void applied(Row row, Instant at, boolean changedMeanwhile) {
        jdbc.sql("""
                update earlier_figure set applied_at = :at, changed_meanwhile = :changed
                where return_id = :r and measure_id = :m and earlier_quarter = :q""")
                .param("at", Timestamp.from(at)).param("changed", changedMeanwhile)
                .param("r", row.returnId()).param("m", row.measureId())
                .param("q", row.revision().earlierQuarter()).update();
    }

    /**
     * What the service's later returns (of the year, or next year's Q1 for a Q4, that of the service the measure has
     * moved to too), accepted while its return of this quarter was reopened, said of that quarter's figures (the rows
     * name the earlier year's measures) and is not applied yet: in the order they were accepted, as it would have been
     * applied.
     */
    List<Row> waitingFor(long serviceId, long yearId, int earlierQuarter) {
        return jdbc.sql("""
                select f.* from earlier_figure f join service_return r on r.id = f.return_id
                join measure m on m.id = f.measure_id
                where (r.service_id = :s or m.service_id = :s) and m.year_id = :y and f.earlier_quarter = :q
                    and r.status = 'ACCEPTED' and f.applied_at is null
                order by r.accepted_at, f.measure_id""")
                .param("s", serviceId).param("y", yearId).param("q", earlierQuarter).query(this::map).list();
    }

    /**
     * The quarters up to this one of these measures whose figure was revised (not merely confirmed) by a later return,
     * once that return was accepted with it (not when the figure had changed meanwhile), and whose stored figure is
     * still the revised one: a later correction in the earlier quarter's own return replaces it. Whichever report
     * prints the figure, a quarter's own corrected again among them, prints the revised one. Next year's Q1 return,
     * which revises this year's Q4, so counts for Q4 only: a Q3 correction compiled after it prints no Q4.
     */
    List<Row> revisedBy(Collection<Long> measureIds, int upToQuarter) {
        return jdbc.sql("""
                select f.* from earlier_figure f
                join measure_value v on v.measure_id = f.measure_id and v.quarter = f.earlier_quarter
                where f.measure_id = any(:ids) and f.decision = 'REVISED' and f.applied_at is not null
                    and not f.changed_meanwhile
                    and v.value = f.revised and not v.provisional
                    and f.earlier_quarter <= :q""")
                .param("ids", measureIds.toArray(Long[]::new)).param("q", upToQuarter).query(this::map).list();
    }

    private Row map(ResultSet rs, int n) throws SQLException {
        Timestamp applied = rs.getTimestamp("applied_at");
        FigureRevision f = new FigureRevision(rs.getInt("earlier_quarter"),
                Numbers.plain(rs.getBigDecimal("reported")),
                FigureRevision.Decision.valueOf(rs.getString("decision")),
                plain(rs.getBigDecimal("revised")), rs.getString("reason"));
        return new Row(rs.getLong("return_id"), rs.getLong("measure_id"), f, rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"),
                applied == null ? null : applied.toInstant(), rs.getBoolean("changed_meanwhile"));
    }

    private static java.math.BigDecimal plain(java.math.BigDecimal value) {
        return value == null ? null : Numbers.plain(value);
    }
}
