package uk.quarterlyreturns.framework;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.SqlParameterValue;
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
    private final MeasureCopy copy;

    MeasureRepository(JdbcClient jdbc, MeasureCopy copy) {
        this.jdbc = jdbc;
        this.copy = copy;
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
        return forYear(yearId).stream().collect(java.util.stream.Collectors.toMap(Measure::code, m -> m));
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

    /** A measure to insert or update by code, in its service and theme, at its place in the file. */
    public record Upsert(long serviceId, long themeId, FrameworkRow row, int rowOrder) { }

    private static final String COLUMNS = """
            insert into measure (year_id, code, title, service_id, theme_id, outcome, source, unit, polarity,
                frequency, due_quarter, aggregation, target_kind, target, floor, tolerance_pct, rag_scheme,
                profile_q1, profile_q2, profile_q3, profile_q4, lower_threshold, upper_threshold, decimals, in_arrears,
                row_order)
            values """;

    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** The columns an import sets on a measure it finds by (year, code). */
    private static final List<String> UPDATED = List.of("title", "service_id", "theme_id", "outcome", "source",
            "unit", "polarity", "frequency", "due_quarter", "aggregation", "target_kind", "target", "floor",
            "tolerance_pct", "rag_scheme", "profile_q1", "profile_q2", "profile_q3", "profile_q4", "lower_threshold",
            "upper_threshold", "decimals", "in_arrears", "row_order");

    /** Updates by code, and leaves a row that would not change unwritten (a placement change alone changes none). */
    private static final String ON_CONFLICT = " on conflict (year_id, code) do update set "
            + String.join(", ", UPDATED.stream().map(c -> c + " = excluded." + c).toList())
            + " where (" + String.join(", ", UPDATED.stream().map(c -> "measure." + c).toList())
            + ") is distinct from (" + String.join(", ", UPDATED.stream().map(c -> "excluded." + c).toList()) + ")";

    /** From this many rows on, COPY and one insert ... select beat multi-row inserts. */
    static final int COPY_FROM = 100;

    /**
     * Whether saving the row would change the stored measure (absent, another service, or another definition). A row
     * without a service code leaves the service's as it is (the placement keeps it), so it changes nothing there.
     */
    static boolean changes(Measure stored, long serviceId, FrameworkRow r) {
        if (stored == null || stored.serviceId() != serviceId) {
            return true;
        }
        FrameworkRow row = normalised(r);
        return !stored.definition().equals(row.serviceCode() != null ? row
                : row.withServiceCode(stored.definition().serviceCode()));
    }

    /** Inserts or updates by code; returns true when anything changed. */
    public boolean save(long yearId, long serviceId, long themeId, FrameworkRow r, int rowOrder) {
        if (!changes(find(yearId, r.code()).orElse(null), serviceId, r)) {
            return false;
        }
        saveAll(yearId, List.of(new Upsert(serviceId, themeId, r, rowOrder)));
        return true;
    }

    /** Inserts or updates each by code, a file's worth by COPY, a few by multi-row inserts; codes must be distinct. */
    public void saveAll(long yearId, List<Upsert> upserts) {
        if (upserts.size() >= COPY_FROM) {
            copy.write(yearId, upserts, ON_CONFLICT);
            return;
        }
        if (upserts.isEmpty()) {
            return;
        }
        List<Object> params = new ArrayList<>(upserts.size() * 26);
        upserts.forEach(u -> addParams(params, yearId, u));
        jdbc.sql(COLUMNS + String.join(", ", Collections.nCopies(upserts.size(), ROW)) + ON_CONFLICT)
                .params(params).update();
    }

    /**
     * Inserts measures whose codes the year does not yet hold (read in this transaction, the year's imports
     * kept apart by {@link #lockYear}): a file's worth by COPY straight into the table, a few as {@link #saveAll}.
     */
    public void insertAll(long yearId, List<Upsert> upserts) {
        if (upserts.size() >= COPY_FROM) {
            copy.insert(yearId, upserts);
        } else {
            saveAll(yearId, upserts);
        }
    }

    /** Gives a measure its code as a file now spells it (the same code in other letters). */
    public void respell(long measureId, String code) {
        jdbc.sql("update measure set code = :c where id = :id").param("c", code).param("id", measureId).update();
    }

    /** Holds the year's framework for this transaction: another import of the year waits until it ends. */
    public void lockYear(long yearId) {
        jdbc.sql("select pg_advisory_xact_lock(" + YEAR_LOCK + ", :y)").param("y", Math.toIntExact(yearId))
                .query(rs -> { });
    }

    /** The first key of the year's import lock, apart from any other advisory lock taken by year. */
    private static final int YEAR_LOCK = 1804;

    private static void addParams(List<Object> p, long yearId, Upsert u) {
        FrameworkRow r = u.row();
        p.add(yearId);
        p.add(r.code());
        p.add(r.title());
        p.add(u.serviceId());
        p.add(u.themeId());
        p.add(text(blankToNull(r.outcome())));
        p.add(text(blankToNull(r.source())));
        p.add(r.unit().written());
        p.add(r.polarity().name());
        p.add(r.frequency().name());
        p.add(r.dueQuarter());
        p.add(r.aggregation().name());
        p.add(r.target().kind().name());
        p.add(number(r.target().value()));
        p.add(number(r.floor()));
        p.add(number(r.tolerancePct()));
        p.add(r.ragScheme().name());
        r.profilePct().forEach(pct -> p.add(number(pct)));
        p.add(number(r.lowerThreshold()));
        p.add(number(r.upperThreshold()));
        p.add(new SqlParameterValue(Types.INTEGER, r.decimals()));
        p.add(r.inArrears());
        p.add(u.rowOrder());
    }

    /** Typed, so that a null needs no look-up of the parameter's type. */
    private static SqlParameterValue text(String value) {
        return new SqlParameterValue(Types.VARCHAR, value);
    }

    private static SqlParameterValue number(BigDecimal value) {
        return new SqlParameterValue(Types.NUMERIC, value);
    }

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
                rs.getBoolean("in_arrears"));
        return new Measure(rs.getLong("id"), rs.getLong("year_id"), rs.getLong("service_id"), row);
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
                plain(r.lowerThreshold()), plain(r.upperThreshold()), r.decimals(), r.serviceCode(), r.inArrears());
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
