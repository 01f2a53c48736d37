package uk.quarterlyreturns.framework;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.quarterlyreturns.base.tabular.Numbers;
import uk.quarterlyreturns.framework.io.FrameworkRow;

/** Measures of a year, stored by (year, code). */
@Repository
public class MeasureRepository {

    private static final String SELECT = """
            select m.*, coalesce(p.name, s.name) as service_name, p.service_code, d.name as directorate_name,
                   t.name as theme_name
            from measure m join service s on s.id = m.service_id
                 left join service_placement p on p.year_id = m.year_id and p.service_id = m.service_id
                 join directorate d on d.id = coalesce(p.directorate_id, s.directorate_id)
                 join theme t on t.id = m.theme_id""";

    private final JdbcClient jdbc;

    MeasureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Measure> forYear(long yearId) {
        return jdbc.sql(SELECT + " where m.year_id = :y order by m.row_order, m.id").param("y", yearId)
                .query(this::map).list();
    }

    /** These services' measures of the year, read at once. */
    List<Measure> forServices(long yearId, Collection<Long> serviceIds) {
        return jdbc.sql(SELECT + " where m.year_id = :y and m.service_id = any(:s) order by m.row_order, m.id")
                .param("y", yearId).param("s", serviceIds.toArray(Long[]::new)).query(this::map).list();
    }

    public List<Measure> forService(long yearId, long serviceId) {
        return jdbc.sql(SELECT + " where m.year_id = :y and m.service_id = :s order by m.row_order, m.id")
                .param("y", yearId).param("s", serviceId).query(this::map).list();
    }

    /** The year's measures by their stored code, read at once. */
    public Map<String, Measure> byCode(long yearId) {
        // in the year's order, which a note listing some of them keeps
        return forYear(yearId).stream().collect(java.util.stream.Collectors.toMap(Measure::code, m -> m, (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    /**
     * Each of these measures (of another year) with the year's measure of the same code in any letters, as a file's
     * row finds a measure ({@link StoredCodes}): this year's `KI 433` is last year's `ki 433`. By the given measure's
     * id; none where its code names none of the year's, or could name two.
     */
    public Map<Long, Measure> sameCodeIn(long yearId, Collection<Measure> measures) {
        Map<String, Measure> then = byCode(yearId);
        StoredCodes codes = new StoredCodes(then.keySet());
        Map<Long, Measure> out = new LinkedHashMap<>();
        measures.forEach(m -> codes.find(m.code()).map(then::get).ifPresent(was -> out.put(m.id(), was)));
        return out;
    }

    public Optional<Measure> find(long yearId, String code) {
        return jdbc.sql(SELECT + " where m.year_id = :y and m.code = :c").param("y", yearId).param("c", code)
                .query(this::map).optional();
    }

    public Optional<Measure> find(long id) {
        return jdbc.sql(SELECT + " where m.id = :id").param("id", id).query(this::map).optional();
    }

    /** Each measure's place in the year's order, by code. */
    public Map<String, Integer> rowOrders(long yearId) {
        return YearOrder.stored(jdbc, "measure", yearId);
    }

    /** Holds the year's framework for this transaction: another import of the year waits until it ends. */
    public void lockYear(long yearId) {
        jdbc.sql("select pg_advisory_xact_lock(" + YEAR_LOCK + ", :y)").param("y", Math.toIntExact(yearId))
                .query(rs -> { });
    }

    /**
     * Waits for a change of the year's framework under way (an import, a removal) to commit, and holds the next one off
     * until this transaction ends, so that what is read of the year's structure stays as read. Readers share it.
     */
    public void lockYearToRead(long yearId) {
        jdbc.sql("select pg_advisory_xact_lock_shared(" + YEAR_LOCK + ", :y)").param("y", Math.toIntExact(yearId))
                .query(rs -> { });
    }

    /** The first key of the year's import lock, apart from any other advisory lock taken by year. */
    private static final int YEAR_LOCK = 1804;

    private Measure map(ResultSet rs, int n) throws SQLException {
        FrameworkRow row = new FrameworkRow(rs.getString("code"), rs.getString("title"),
                rs.getString("directorate_name"), rs.getString("service_name"), rs.getString("theme_name"),
                Unit.of(rs.getString("unit")), Polarity.valueOf(rs.getString("polarity")),
                Frequency.valueOf(rs.getString("frequency")), Aggregation.valueOf(rs.getString("aggregation")),
                target(rs), plain(rs.getBigDecimal("floor")), plain(rs.getBigDecimal("tolerance_pct")),
                RagScheme.valueOf(rs.getString("rag_scheme")), rs.getString("outcome"), rs.getString("source"),
                rs.getInt("due_quarter"),
                List.of(plain(rs.getBigDecimal("profile_q1")), plain(rs.getBigDecimal("profile_q2")),
                        plain(rs.getBigDecimal("profile_q3")), plain(rs.getBigDecimal("profile_q4"))),
                plain(rs.getBigDecimal("lower_threshold")), plain(rs.getBigDecimal("upper_threshold")),
                (Integer) rs.getObject("decimals", Integer.class), rs.getString("service_code"),
                rs.getBoolean("in_arrears"), (Integer) rs.getObject("reported_until", Integer.class));
        return new Measure(rs.getLong("id"), rs.getLong("year_id"), rs.getLong("service_id"), row,
                (Integer) rs.getObject("reported_from", Integer.class));
    }

    private static Target target(ResultSet rs) throws SQLException {
        return switch (Target.Kind.valueOf(rs.getString("target_kind"))) {
            case VALUE -> Target.of(plain(rs.getBigDecimal("target")));
            case NO_TARGET -> Target.NO_TARGET;
            case TBA -> Target.TBA;
        };
    }

    /** The row with every number in the form the database gives back, so that equal means unchanged. */
    static FrameworkRow normalised(FrameworkRow r) {
        return new FrameworkRow(r.code(), r.title(), r.directorate(), r.service(), r.theme(), r.unit(), r.polarity(),
                r.frequency(), r.aggregation(), r.target().hasValue() ? Target.of(plain(r.target().value())) : r.target(),
                plain(r.floor()), plain(r.tolerancePct()), r.ragScheme(), blankToNull(r.outcome()),
                blankToNull(r.source()), r.dueQuarter(), r.profilePct().stream().map(MeasureRepository::plain).toList(),
                plain(r.lowerThreshold()), plain(r.upperThreshold()), r.decimals(), r.serviceCode(), r.inArrears(),
                r.reportedUntil());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /**
     * PostgreSQL numeric comes back with its stored scale; compare and print numbers without it, and never in
     * exponent form (7000, not 7E+3), as the API writes them as they are.
     */
    static BigDecimal plain(BigDecimal value) {
        return value == null ? null : Numbers.plain(value);
    }
}
