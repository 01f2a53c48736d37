package uk.quarterlyreturns.framework;

import java.math.BigDecimal;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.quarterlyreturns.framework.io.FrameworkRow;

/** Saving a year's measures: each inserted or updated by its code, a file's worth at once. */
@Repository
class MeasureSaving {

    private final JdbcClient jdbc;
    private final MeasureCopy copy;

    MeasureSaving(JdbcClient jdbc, MeasureCopy copy) {
        this.jdbc = jdbc;
        this.copy = copy;
    }

    /** A measure to insert or update by code, in its service and theme, at its place in the file. */
    public record Upsert(long serviceId, long themeId, FrameworkRow row, int rowOrder) { }

    private static final String COLUMNS = """
            insert into measure (year_id, code, title, service_id, theme_id, outcome, source, unit, polarity,
                frequency, due_quarter, aggregation, target_kind, target, floor, tolerance_pct, rag_scheme,
                profile_q1, profile_q2, profile_q3, profile_q4, lower_threshold, upper_threshold, decimals, in_arrears,
                reported_until, row_order)
            values """;

    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** The columns an import sets on a measure it finds by (year, code). */
    private static final List<String> UPDATED = List.of("title", "service_id", "theme_id", "outcome", "source",
            "unit", "polarity", "frequency", "due_quarter", "aggregation", "target_kind", "target", "floor",
            "tolerance_pct", "rag_scheme", "profile_q1", "profile_q2", "profile_q3", "profile_q4", "lower_threshold",
            "upper_threshold", "decimals", "in_arrears", "reported_until", "row_order");

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
        FrameworkRow row = MeasureRepository.normalised(r);
        return !stored.definition().equals(row.serviceCode() != null ? row
                : row.withServiceCode(stored.definition().serviceCode()));
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
        List<Object> params = new ArrayList<>(upserts.size() * 27);
        upserts.forEach(u -> addParams(params, yearId, u));
        jdbc.sql(COLUMNS + String.join(", ", Collections.nCopies(upserts.size(), ROW)) + ON_CONFLICT)
                .params(params).update();
    }

    /**
     * Inserts measures whose codes the year does not yet hold (read in this transaction, the year's imports kept apart
     * by {@link MeasureRepository#lockYear}): a file's worth by COPY straight into the table, a few as
     * {@link #saveAll}.
     *
     * @param reportedFrom their first quarter (ReportedFromChecks.ofMeasuresAddedNow): the earlier quarters' returns,
     *                     and any correction of them, were never asked for them; null for every quarter from Q1
     */
    public void insertAll(long yearId, List<Upsert> upserts, Integer reportedFrom) {
        if (upserts.size() >= COPY_FROM) {
            copy.insert(yearId, upserts);
        } else {
            saveAll(yearId, upserts);
        }
        if (reportedFrom != null && !upserts.isEmpty()) {
            jdbc.sql("update measure set reported_from = :q where year_id = :y and code = any(:codes)")
                    .param("q", reportedFrom).param("y", yearId)
                    .param("codes", upserts.stream().map(u -> u.row().code()).toArray(String[]::new)).update();
        }
    }

    /** Gives a measure its code as a file now spells it (the same code in other letters). */
    public void respell(long measureId, String code) {
        jdbc.sql("update measure set code = :c where id = :id").param("c", code).param("id", measureId).update();
    }

    private static void addParams(List<Object> p, long yearId, Upsert u) {
        FrameworkRow r = u.row();
        p.add(yearId);
        p.add(r.code());
        p.add(r.title());
        p.add(u.serviceId());
        p.add(u.themeId());
        p.add(text(MeasureRepository.blankToNull(r.outcome())));
        p.add(text(MeasureRepository.blankToNull(r.source())));
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
        p.add(new SqlParameterValue(Types.INTEGER, r.reportedUntil()));
        p.add(u.rowOrder());
    }

    /** Typed, so that a null needs no look-up of the parameter's type. */
    private static SqlParameterValue text(String value) {
        return new SqlParameterValue(Types.VARCHAR, value);
    }

    private static SqlParameterValue number(BigDecimal value) {
        return new SqlParameterValue(Types.NUMERIC, value);
    }
}
