package uk.quarterlyreturns.framework;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The words beside a quarter's figure: reasons for performance, actions planned, an explanation for a query. */
@Repository
public class Narratives {

    private final JdbcClient jdbc;

    Narratives(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(long measureId, int quarter, String reasons, String actionsPlanned, String queryExplanation,
            String by) {
        jdbc.sql("""
                insert into measure_value (measure_id, quarter, reasons, actions_planned, query_explanation, updated_by)
                values (:m, :q, :r, :a, :e, :by)
                on conflict (measure_id, quarter) do update set
                    reasons = coalesce(excluded.reasons, measure_value.reasons),
                    actions_planned = coalesce(excluded.actions_planned, measure_value.actions_planned),
                    query_explanation = coalesce(excluded.query_explanation, measure_value.query_explanation),
                    updated_by = excluded.updated_by, updated_at = now(), version = measure_value.version + 1
                """).param("m", measureId).param("q", quarter).param("r", reasons).param("a", actionsPlanned)
                .param("e", queryExplanation).param("by", by).update();
    }

    /**
     * Marks a quarter's figure not available, with the reason the report prints instead of a figure: only while the
     * quarter has no figure. A reason stored behind a figure would come back, as if said again, once the figure was
     * cleared (a figure arriving ends the mark for the same reason). Returns whether the quarter is marked.
     */
    public boolean notAvailable(long measureId, int quarter, String reason, String by) {
        return jdbc.sql("""
                insert into measure_value (measure_id, quarter, not_available_reason, updated_by)
                values (:m, :q, :r, :by)
                on conflict (measure_id, quarter) do update set not_available_reason = excluded.not_available_reason,
                    updated_by = excluded.updated_by, updated_at = now(), version = measure_value.version + 1
                where measure_value.value is null
                """).param("m", measureId).param("q", quarter).param("r", reason).param("by", by).update() == 1;
    }
}
