package uk.quarterlyreturns.framework;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A year's figures as its reports print them, for next year's history: a figure counts once its return is in; one
 * typed or fed into a return nobody submitted, or sent back for rework, does not, as the report printed Missing
 * there. A quarter with no return to be in (no cycle for it, or no return asked of the service) keeps its figures.
 */
@Component
class ReportedFigures {

    private final JdbcClient jdbc;
    private final FiguresNotIn notIn;

    ReportedFigures(JdbcClient jdbc, FiguresNotIn notIn) {
        this.jdbc = jdbc;
        this.notIn = notIn;
    }

    /** Each of these measures' figures, Q1..Q4, null where there is none the report would print. */
    Map<Long, BigDecimal[]> of(long yearId, Collection<Long> measureIds) {
        Map<Long, BigDecimal[]> figures = new HashMap<>();
        if (measureIds.isEmpty()) {
            return figures;
        }
        Map<Long, Set<Integer>> held = notIn.quartersNotIn(yearId, measureIds);
        jdbc.sql("select measure_id, quarter, value from measure_value where measure_id = any(:ids)")
                .param("ids", measureIds.toArray(Long[]::new)).query(rs -> {
                    long measure = rs.getLong(1);
                    int quarter = rs.getInt(2);
                    if (!held.getOrDefault(measure, Set.of()).contains(quarter)) {
                        figures.computeIfAbsent(measure, k -> new BigDecimal[4])[quarter - 1] =
                                MeasureRepository.plain(rs.getBigDecimal(3));
                    }
                });
        return figures;
    }

    /** Whether the measure's figure for the quarter counts: no return of the quarter holds it back. */
    boolean counts(Measure measure, int quarter) {
        return !notIn.quartersNotIn(measure.yearId(), List.of(measure.id())).getOrDefault(measure.id(), Set.of())
                .contains(quarter);
    }

    /** One measure's, as {@link #of}. */
    BigDecimal[] of(Measure measure) {
        return of(measure.yearId(), List.of(measure.id())).getOrDefault(measure.id(), new BigDecimal[4]);
    }
}
