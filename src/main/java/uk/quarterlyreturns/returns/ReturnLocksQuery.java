package uk.quarterlyreturns.returns;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.framework.ReturnLocks;

/** A measure is locked for the feed while its service's return for the quarter is submitted or later. */
@Component
class ReturnLocksQuery implements ReturnLocks {

    private final JdbcClient jdbc;

    ReturnLocksQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes a share lock on each return the measures belong to (in id order, so that two feeds never wait
     * for each other in a circle) and reads their status after any submission holding the row has committed.
     * A submission locks the row for update, so it either finishes first (and the feed is refused) or waits
     * until the feed's values are in, before the return is checked and submitted.
     */
    @Override
    public Set<Long> lockedMeasures(long yearId, int quarter, Collection<Long> measureIds) {
        return ofItems("measure", yearId, quarter, measureIds);
    }

    /** As for measures: a key action belongs to its service's return. */
    @Override
    public Set<Long> lockedKeyActions(long yearId, int quarter, Collection<Long> actionIds) {
        return ofItems("key_action", yearId, quarter, actionIds);
    }

    /** As for measures: the service's own return, which an item moving into it would join. */
    @Override
    public Set<Long> lockedServices(long yearId, int quarter, Collection<Long> serviceIds) {
        return locked("""
                select r.service_id as item_id, r.status from service_return r
                join cycle c on c.id = r.cycle_id
                where c.year_id = :y and c.quarter = :q and r.service_id in (:ids)
                order by r.id
                for share of r
                """, yearId, quarter, serviceIds);
    }

    private Set<Long> ofItems(String table, long yearId, int quarter, Collection<Long> ids) {
        return locked("select m.id as item_id, r.status from " + table + " m" + """

                join service_return r on r.service_id = m.service_id
                join cycle c on c.id = r.cycle_id and c.year_id = m.year_id
                where c.year_id = :y and c.quarter = :q and m.id in (:ids)
                order by r.id
                for share of r
                """, yearId, quarter, ids);
    }

    private Set<Long> locked(String sql, long yearId, int quarter, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Set<String> lockedStatuses = new HashSet<>(ReturnStatus.LOCKED_FOR_FEED.stream().map(Enum::name).toList());
        Set<Long> locked = new HashSet<>();
        jdbc.sql(sql).param("y", yearId).param("q", quarter).param("ids", ids)
                .query((rs, n) -> {
                    if (lockedStatuses.contains(rs.getString("status"))) {
                        locked.add(rs.getLong("item_id"));
                    }
                    return null;
                }).list();
        return locked;
    }
}
