package uk.quarterlyreturns.returns;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which service's return held a moved measure's figure in the quarters whose returns the move did not reach (their
 * report published): the service it left, unless an earlier move already said. {@link FiguresNotInQuery} judges those
 * quarters' figures by that return, as the report that printed them did.
 */
@Repository
class EarlierQuartersHeld {

    /**
     * Joins to measure m and cycle c the return r holding m's figure of c's quarter: the return it was given in, for a
     * quarter published before m moved; else its service's.
     */
    static final String RETURN_HOLDING = """
            left join measure_quarter_service h on h.measure_id = m.id and h.quarter = c.quarter
            join service_return r on r.cycle_id = c.id and r.service_id = coalesce(h.service_id, m.service_id)
            """;

    private final JdbcClient jdbc;

    EarlierQuartersHeld(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param movedFrom   the measures moved, each with the service it left
     * @param followingIds the year's cycles whose returns follow the move (the figure goes with the measure there)
     */
    void keep(long yearId, Map<Long, Long> movedFrom, Collection<Long> followingIds) {
        if (movedFrom.isEmpty()) {
            return;
        }
        List<Map.Entry<Long, Long>> moves = List.copyOf(movedFrom.entrySet());
        jdbc.sql("""
                insert into measure_quarter_service (measure_id, quarter, service_id)
                select u.measure_id, c.quarter, u.service_id from unnest(:measures, :services) as u(measure_id, service_id)
                join cycle c on c.year_id = :y and c.id <> all(:following)
                on conflict do nothing""")
                .param("measures", moves.stream().map(Map.Entry::getKey).toArray(Long[]::new))
                .param("services", moves.stream().map(Map.Entry::getValue).toArray(Long[]::new))
                .param("y", yearId).param("following", followingIds.toArray(Long[]::new)).update();
    }
}
