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

    @Override
    public Set<Long> lockedMeasures(long yearId, int quarter, Collection<Long> measureIds) {
        if (measureIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                select m.id from measure m
                join service_return r on r.service_id = m.service_id
                join cycle c on c.id = r.cycle_id and c.year_id = m.year_id
                where c.year_id = :y and c.quarter = :q and m.id in (:ids) and r.status in (:locked)
                """)
                .param("y", yearId).param("q", quarter).param("ids", measureIds)
                .param("locked", ReturnStatus.LOCKED_FOR_FEED.stream().map(Enum::name).toList())
                .query(Long.class).list());
    }
}
