package uk.quarterlyreturns.returns;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.people.PeopleChanging;

/**
 * The directors each service had when its return fell due (its own deadline: the cycle's, or an agreed extension):
 * who answered for a return its own director never signed off. People change through roles and access alone, each
 * change taking its turn (PeopleChanging): just before one, every return whose deadline has gone by keeps its
 * service's directors, unless already kept for that deadline. Those kept are the directors at the deadline, as none
 * changed between; a return with none kept has the same directors now.
 */
@Component
public class DirectorsWhenDue {

    /** A return r's service's directors now, their names in order (null when none), as compliance lists them. */
    public static final String DIRECTORS_NOW = """
            (select string_agg(u.display_name, ', ' order by u.display_name)
                from app_user u join user_role ur on ur.username = u.username
                where u.service_id = r.service_id and ur.role = 'SERVICE_DIRECTOR' and u.enabled)""";

    private static final String DEADLINE = "coalesce(r.extended_to, c.submission_deadline)";

    private final JdbcClient jdbc;
    private final Clock clock;

    DirectorsWhenDue(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Keeps the directors of each return gone past its deadline since the last change (or kept for an earlier one). */
    @EventListener
    void keep(PeopleChanging changing) {
        jdbc.sql("""
                insert into return_director_when_due (return_id, due_at, directors)
                select r.id, %1$s, %2$s
                from service_return r join cycle c on c.id = r.cycle_id
                where %1$s <= :now and not exists (select 1 from return_director_when_due k
                    where k.return_id = r.id and k.due_at = %1$s)
                on conflict (return_id) do update set due_at = excluded.due_at, directors = excluded.directors"""
                .formatted(DEADLINE, DIRECTORS_NOW)).param("now", Timestamp.from(clock.instant())).update();
    }

    /**
     * The directors in post when each of the cycle's returns fell due, by return: those kept at its deadline, or
     * (none kept: the post has not changed since, or the return is not yet due) those now; a null name for none.
     */
    public Map<Long, String> ofCycle(long cycleId) {
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("""
                select r.id, case when k.due_at = %s then k.directors else %s end as directors
                from service_return r join cycle c on c.id = r.cycle_id
                    left join return_director_when_due k on k.return_id = r.id
                where r.cycle_id = :c""".formatted(DEADLINE, DIRECTORS_NOW)).param("c", cycleId)
                .query(rs -> {
                    names.put(rs.getLong("id"), rs.getString("directors"));
                });
        return names;
    }
}
