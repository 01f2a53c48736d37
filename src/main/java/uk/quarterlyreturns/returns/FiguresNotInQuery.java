package uk.quarterlyreturns.returns;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.framework.FiguresNotIn;

/**
 * A measure's figure for a quarter is not in while its service's return for it is not reported, by the rule the
 * report prints by ({@link ServiceReturn#reported}). A return withdrawn with nothing due holds no measure due that
 * quarter: its figures went with the measures, to the returns now asked for them. A measure moved after a quarter's
 * report was published is judged there by the return that held its figure ({@link EarlierQuartersHeld}), not by its
 * new service's.
 */
@Component
class FiguresNotInQuery implements FiguresNotIn {

    private final JdbcClient jdbc;

    FiguresNotInQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Set<Integer>> quartersNotIn(long yearId, Collection<Long> measureIds) {
        Map<Long, Set<Integer>> notIn = new HashMap<>();
        if (measureIds.isEmpty()) {
            return notIn;
        }
        jdbc.sql("""
                select m.id, c.quarter, r.status, r.first_submitted_at from measure m
                join cycle c on c.year_id = m.year_id
                """ + EarlierQuartersHeld.RETURN_HOLDING + """
                where m.year_id = :y and m.id = any(:ids)""")
                .param("y", yearId).param("ids", measureIds.toArray(Long[]::new)).query(rs -> {
                    Timestamp first = rs.getTimestamp(4);
                    if (!ServiceReturn.reported(first == null ? null : first.toInstant(),
                            ReturnStatus.valueOf(rs.getString(3)))) {
                        notIn.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getInt(2));
                    }
                });
        return notIn;
    }

    @Override
    public Set<Long> servicesNotIn(long yearId, int quarter) {
        Set<Long> notIn = new HashSet<>();
        jdbc.sql("""
                select r.service_id, r.status, r.first_submitted_at from service_return r
                join cycle c on c.id = r.cycle_id where c.year_id = :y and c.quarter = :q""")
                .param("y", yearId).param("q", quarter).query(rs -> {
                    Timestamp first = rs.getTimestamp(3);
                    if (!ServiceReturn.reported(first == null ? null : first.toInstant(),
                            ReturnStatus.valueOf(rs.getString(2)))) {
                        notIn.add(rs.getLong(1));
                    }
                });
        return notIn;
    }
}
