package uk.quarterlyreturns.returns;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The returns of a cycle reopened for correction and not yet accepted again, each with when and why it was last
 * reopened (as its history says): their figures are being corrected, so a draft report printed meanwhile says so.
 */
@Repository
public class ReopenedReturns {

    /** A return being corrected: its service, when it was reopened and the reason given. */
    public record Reopened(String service, Instant at, String reason) {
    }

    private final JdbcClient jdbc;

    ReopenedReturns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Reopened and not accepted now, in the order of their services' names: accepted once, or never accepted and sent
     * back once the published report printed them as submitted, which reopens them for correction (CycleProgress).
     */
    public List<Reopened> inCycle(long cycleId) {
        return inCycleOrNamed(cycleId, List.of());
    }

    /**
     * Those, and the reopened returns of these services (by the name the cycle's year gives them) whether accepted
     * again since or not: a report printed them as being corrected.
     */
    public List<Reopened> inCycleOrNamed(long cycleId, Collection<String> services) {
        return jdbc.sql("""
                select coalesce(p.name, s.name) as name, e.at, e.comment from service_return r
                join service s on s.id = r.service_id join cycle c on c.id = r.cycle_id
                left join service_placement p on p.year_id = c.year_id and p.service_id = r.service_id
                cross join lateral (select at, comment from return_event where return_id = r.id and kind = 'STATUS'
                                    and new_value = 'REOPENED' order by at desc, id desc limit 1) e
                where r.cycle_id = :c and r.status <> 'WITHDRAWN'
                  and (r.status <> 'ACCEPTED' or coalesce(p.name, s.name) = any(:named))
                order by 1""").param("c", cycleId).param("named", services.toArray(String[]::new))
                .query((rs, n) -> new Reopened(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3)))
                .list();
    }
}
