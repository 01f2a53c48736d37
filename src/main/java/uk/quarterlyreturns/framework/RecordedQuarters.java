package uk.quarterlyreturns.framework;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The quarters in which measures have something a return recorded: what a change to the framework must respect. */
@Repository
public class RecordedQuarters {

    private final JdbcClient jdbc;

    RecordedQuarters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The quarters in which each of these measures has anything a return recorded (a figure, a note, a ratio, reasons,
     * actions planned, a query explanation, an override or why the figure is not available), in order.
     */
    public Map<Long, List<Integer>> of(Collection<Long> measureIds) {
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
     * As {@link #of}, also counting the quarters whose return said what became of an earlier provisional
     * figure of the measure (confirmed or revised it, with the RAG change that makes): that return's director signed
     * it off, as a figure, though the measure may have no figure of its own that quarter.
     */
    public Map<Long, List<Integer>> orSaidOf(Collection<Long> measureIds) {
        Map<Long, List<Integer>> out = of(measureIds);
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
}
