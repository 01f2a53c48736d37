package uk.quarterlyreturns.returns;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The trail's entries for key actions moved between services mid-quarter: a status and its words belong to the key
 * action and the quarter, whichever service gave them, so they go with it, and the histories of the return it joins
 * and of the one it left say so, as they do for a measure's figure ({@link IssuedAndMovedFigures}). Neither is the
 * service's work on its return ({@link ReturnTrail#workedOn}).
 */
@Repository
class MovedKeyActions {

    private final JdbcClient jdbc;
    private final Clock clock;

    MovedKeyActions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * What these key actions brought into the returns whose services now have them: each of their status, commentary,
     * reasons and actions planned stored for the return's quarter, as an entry by whoever stored it (the same kinds as
     * the return's form records), so an auditor reading the return can say who gave it. Each field is by whoever last
     * stored it in a return of the quarter, as a moved measure's are ({@link IssuedAndMovedFigures#storedBy}): a data
     * officer's status and the director's reasons beside it are two people's work; failing any, whoever last saved the
     * row.
     */
    void statusesMovedIn(Collection<Long> returnIds, Collection<Long> actionIds) {
        if (returnIds.isEmpty() || actionIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into return_event (return_id, at, actor, kind, item, old_value, new_value, comment)
                select r.id, :at, coalesce(stored.actor, s.updated_by, 'system'), f.kind, a.code, null, f.text,
                  :comment
                from service_return r join cycle c on c.id = r.cycle_id
                join key_action a on a.service_id = r.service_id and a.year_id = c.year_id and a.id = any(:actions)
                join key_action_status s on s.action_id = a.id and s.quarter = c.quarter
                cross join lateral (values (1, 'ACTION_STATUS', s.status),
                    (2, 'ACTION_COMMENTARY', nullif(btrim(s.commentary), '')),
                    (3, 'ACTION_REASONS', nullif(btrim(s.reasons), '')),
                    (4, 'ACTION_ACTIONS_PLANNED', nullif(btrim(s.actions_planned), ''))) as f(n, kind, text)
                """ + IssuedAndMovedFigures.storedBy("a.code") + """
                where r.id = any(:ids) and f.text is not null
                order by r.id, a.code, f.n""")
                .param("at", Timestamp.from(clock.instant())).param("comment", ReturnTrail.KEY_ACTION_MOVED_IN)
                .param("moved", true)
                .param("ids", returnIds.toArray(Long[]::new)).param("actions", actionIds.toArray(Long[]::new))
                .update();
    }

    /**
     * These key actions moved out of the return, to another service, by whoever moved them: an entry each, its old
     * value the status that went with it (if any), its new value the service it went to, under the year's name for it.
     */
    void movedOut(long returnId, String by, Collection<Long> actionIds) {
        if (actionIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into return_event (return_id, at, actor, kind, item, old_value, new_value, comment)
                select :r, :at, :by, :kind, a.code, st.status, coalesce(p.name, s.name),
                  'Key action ' || a.code || ' moved to ' || coalesce(p.name, s.name) || case when st.status is not null
                    or nullif(btrim(st.commentary), '') is not null or nullif(btrim(st.reasons), '') is not null
                    or nullif(btrim(st.actions_planned), '') is not null
                  then '; its status went with it' else '; it had no status yet' end
                from service_return r join cycle c on c.id = r.cycle_id
                join key_action a on a.year_id = c.year_id and a.id = any(:actions)
                join service s on s.id = a.service_id
                left join service_placement p on p.year_id = a.year_id and p.service_id = a.service_id
                left join key_action_status st on st.action_id = a.id and st.quarter = c.quarter
                where r.id = :r order by a.code""")
                .param("r", returnId).param("at", Timestamp.from(clock.instant())).param("by", by)
                .param("kind", ReturnTrail.KEY_ACTION_MOVED_OUT).param("actions", actionIds.toArray(Long[]::new))
                .update();
    }
}
