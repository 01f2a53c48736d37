package uk.quarterlyreturns.returns;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.ObjIntConsumer;
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
        return locked("measure", yearId, quarter, measureIds);
    }

    /** As for measures: a key action belongs to its service's return. */
    @Override
    public Set<Long> lockedKeyActions(long yearId, int quarter, Collection<Long> actionIds) {
        return locked("key_action", yearId, quarter, actionIds);
    }

    /** As for one quarter, for each of the year's quarters at once: every return of the year is locked, in id order. */
    @Override
    public Map<Integer, Set<Long>> lockedMeasuresByQuarter(long yearId, Collection<Long> measureIds) {
        Map<Integer, Set<Long>> locked = new HashMap<>();
        if (!measureIds.isEmpty()) {
            read("measure", yearId, null, measureIds, (id, quarter) -> locked.computeIfAbsent(quarter,
                    q -> new HashSet<>()).add(id));
        }
        return locked;
    }

    /** Printed as submitted: in before the latest published version was compiled (a late one printed as Missing). */
    @Override
    public Map<Integer, Set<Long>> printedAwaitingAcceptance(long yearId, Collection<Long> measureIds) {
        Map<Integer, Set<Long>> printed = new HashMap<>();
        if (!measureIds.isEmpty()) {
            query("select m.id as item_id, c.quarter, r.status from measure m"
                    + " join cycle c on c.year_id = m.year_id " + EarlierQuartersHeld.RETURN_HOLDING + """
                    where c.year_id = :y and m.id in (:ids) and c.status = 'PUBLISHED'
                    and r.status in ('SUBMITTED', 'SIGNED_OFF') and r.submitted_at <= (select max(v.compiled_at)
                        from report_version v where v.cycle_id = c.id and v.status in ('APPROVED', 'SUPERSEDED'))
                    order by r.id
                    for share of r
                    """, yearId, measureIds, (id, quarter) -> printed.computeIfAbsent(quarter,
                            q -> new HashSet<>()).add(id));
        }
        return printed;
    }

    /** As for measures: the service's own return, which an item moving into it would join. */
    @Override
    public Set<Long> lockedServices(long yearId, int quarter, Collection<Long> serviceIds) {
        Set<Long> locked = new HashSet<>();
        if (!serviceIds.isEmpty()) {
            query("""
                    select r.service_id as item_id, c.quarter, r.status from service_return r
                    join cycle c on c.id = r.cycle_id
                    where c.year_id = :y and r.service_id in (:ids) and c.quarter = """ + quarter + """

                    order by r.id
                    for share of r
                    """, yearId, serviceIds, (id, q) -> locked.add(id));
        }
        return locked;
    }

    @Override
    public void lockYearsReturns(long yearId) {
        jdbc.sql("""
                select r.id from service_return r join cycle c on c.id = r.cycle_id where c.year_id = :y
                order by r.id for share of r""").param("y", yearId).query(Long.class).list();
    }

    private Set<Long> locked(String table, long yearId, int quarter, Collection<Long> ids) {
        Set<Long> locked = new HashSet<>();
        if (!ids.isEmpty()) {
            read(table, yearId, quarter, ids, (id, q) -> locked.add(id));
        }
        return locked;
    }

    /** Share-locks the returns the items belong to (of one quarter, or of all when null), passing on the locked ones. */
    private void read(String table, long yearId, Integer quarter, Collection<Long> ids,
            ObjIntConsumer<Long> lockedItem) {
        // a measure moved after a quarter was published: that quarter's figure is in the return it was given in
        boolean measures = table.equals("measure");
        query("select m.id as item_id, c.quarter, r.status from " + table + " m"
                + " join cycle c on c.year_id = m.year_id"
                + (measures ? " " + EarlierQuartersHeld.RETURN_HOLDING
                        : " join service_return r on r.cycle_id = c.id and r.service_id = m.service_id") + """

                where c.year_id = :y and m.id in (:ids)""" + (quarter == null ? "" : " and c.quarter = " + quarter) + """

                order by r.id
                for share of r
                """, yearId, ids, lockedItem);
    }

    private void query(String sql, long yearId, Collection<Long> ids, ObjIntConsumer<Long> lockedItem) {
        Set<String> lockedStatuses = new HashSet<>(ReturnStatus.LOCKED_FOR_FEED.stream().map(Enum::name).toList());
        jdbc.sql(sql)
                .param("y", yearId).param("ids", ids)
                .query(rs -> {
                    if (lockedStatuses.contains(rs.getString("status"))) {
                        lockedItem.accept(rs.getLong("item_id"), rs.getInt("quarter"));
                    }
                });
    }
}
