package uk.quarterlyreturns.returns;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The trail's entries for figures a return holds or loses other than by its service's work: those already stored when
 * it was issued, and those come in or gone out with a measure moved between services.
 */
@Repository
class IssuedAndMovedFigures {

    private final JdbcClient jdbc;
    private final Clock clock;

    IssuedAndMovedFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Each figure already stored for these newly issued returns (fed before their cycle opened), as an entry by
     * whoever stored it: every figure in a return has its entry, saying who put it there. Like the feed's entries,
     * these are nobody's work on the return ({@link ReturnTrail#workedOn}). A return issued once its cycle is under
     * way (a measure moved to a service that owed none) may hold figures the cycle's other returns have a history of:
     * then each field is by whoever stored it there, as for a move into a return already issued.
     */
    void figuresAlreadyIn(Collection<Long> returnIds, boolean cycleUnderWay) {
        if (!returnIds.isEmpty()) {
            figuresOf(returnIds, null, ReturnTrail.ALREADY_IN, cycleUnderWay);
        }
    }

    /**
     * The figures these measures brought into the return when they moved to its service, each as an entry by whoever
     * stored it, as {@link #figuresAlreadyIn} records those in a return when it is issued; nobody's work on it either.
     */
    void figuresMovedIn(long returnId, Collection<Long> measureIds) {
        if (!measureIds.isEmpty()) {
            figuresOf(List.of(returnId), measureIds, ReturnTrail.MOVED_IN, true);
        }
    }

    /**
     * These measures moved out of the return, to another service, by whoever moved them: an entry each, its old value
     * the figure that went with it (if any), so the return's director sees where a figure went. Nobody's work on it.
     */
    void measuresMovedOut(long returnId, String by, Collection<Long> measureIds) {
        if (measureIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into return_event (return_id, at, actor, kind, item, old_value, new_value, comment)
                select :r, :at, :by, :kind, m.code, trim_scale(v.value)::text, s.name,
                  'Measure ' || m.code || ' moved to ' || s.name || case when v.value is not null
                    or nullif(btrim(v.note), '') is not null or v.numerator is not null
                    or nullif(btrim(v.not_available_reason), '') is not null or exists (select 1 from
                      measure_evidence e where e.measure_id = m.id and e.quarter = c.quarter
                        and e.removed_at is null)
                  then '; its figure went with it' else '; it had no figure yet' end
                from service_return r join cycle c on c.id = r.cycle_id
                join measure m on m.year_id = c.year_id and m.id = any(:measures)
                join service s on s.id = m.service_id
                left join measure_value v on v.measure_id = m.id and v.quarter = c.quarter
                where r.id = :r order by m.code""")
                .param("r", returnId).param("at", Timestamp.from(clock.instant())).param("by", by)
                .param("kind", ReturnTrail.MOVED_OUT).param("measures", measureIds.toArray(Long[]::new)).update();
    }

    /**
     * Joins "stored": whoever last stored the field of kind f.kind of the item of this code (a measure's, a key
     * action's) in a return of return r's cycle, the history's latest entry for it, read through the V59 index on
     * return_event(item, kind, at); none while :moved is false (a cycle just opened has no history to read).
     */
    static String storedBy(String code) {
        return """
                left join lateral (select e.actor from return_event e join service_return er on er.id = e.return_id
                                   where :moved and er.cycle_id = r.cycle_id and e.item = %s and e.kind = f.kind
                                   order by e.at desc, e.id desc limit 1) stored on true
                """.formatted(code);
    }

    /**
     * The figures of the returns' measures (all, or only these), each as an entry with this comment: the figure, and
     * whatever was stored with it (not available, the words, the provisional mark, an override by whoever made it,
     * the evidence files by whoever added them). Each field is by whoever last stored it in a return of the quarter
     * (the history's latest entry for it: a data officer's figure and the director's reasons beside it are two people's
     * work), or failing any, whoever last saved the measure's row.
     */
    private void figuresOf(Collection<Long> returnIds, Collection<Long> measureIds, String comment, boolean history) {
        jdbc.sql("""
                insert into return_event (return_id, at, actor, kind, item, old_value, new_value, comment)
                select r.id, :at, coalesce(stored.actor, f.actor, v.updated_by, 'system'), f.kind, m.code, null, f.text,
                  :comment
                from service_return r join cycle c on c.id = r.cycle_id
                join measure m on m.service_id = r.service_id and m.year_id = c.year_id
                join measure_value v on v.measure_id = m.id and v.quarter = c.quarter
                cross join lateral (values (1, 'VALUE', trim_scale(v.value)::text, null::text),
                    (2, 'NOTE', nullif(btrim(v.note), ''), null),
                    (3, 'RATIO', trim_scale(v.numerator)::text || '/' || trim_scale(v.denominator)::text, null),
                    (4, 'NOT_AVAILABLE', nullif(btrim(v.not_available_reason), ''), null),
                    (5, 'REASONS', nullif(btrim(v.reasons), ''), null),
                    (6, 'ACTIONS_PLANNED', nullif(btrim(v.actions_planned), ''), null),
                    (7, 'QUERY_EXPLANATION', nullif(btrim(v.query_explanation), ''), null),
                    (8, :provisional, case when v.provisional then 'Provisional' end, null),
                    (9, 'RAG_OVERRIDE', v.rag_override, v.override_by),
                    (10, 'OVERRIDE_JUSTIFICATION', case when v.rag_override is not null
                        then nullif(btrim(v.override_justification), '') end, v.override_by))
                  as f(n, kind, text, actor)
                """ + storedBy("m.code") + """
                where r.id = any(:ids) and f.text is not null and (:all or m.id = any(:measures))
                order by r.id, m.code, f.n""")
                .param("at", Timestamp.from(clock.instant())).param("comment", comment)
                .param("provisional", ReturnEditing.PROVISIONAL)
                // only a cycle under way has a history to read: one just opened has none (V59)
                .param("moved", history)
                .param("ids", returnIds.toArray(Long[]::new)).param("all", measureIds == null)
                .param("measures", (measureIds == null ? List.<Long>of() : measureIds).toArray(Long[]::new))
                .update();
        evidenceOf(returnIds, measureIds, comment);
    }

    /**
     * An "evidence added" entry for each file kept behind the figures, named as the history names an upload (not those
     * removed: the return never held them).
     */
    private void evidenceOf(Collection<Long> returnIds, Collection<Long> measureIds, String comment) {
        List<FileIn> files = jdbc.sql("""
                select r.id as return_id, m.code, e.* from service_return r join cycle c on c.id = r.cycle_id
                join measure m on m.service_id = r.service_id and m.year_id = c.year_id
                join measure_evidence e on e.measure_id = m.id and e.quarter = c.quarter and e.removed_at is null
                where r.id = any(:ids) and (:all or m.id = any(:measures))
                order by r.id, m.code, e.uploaded_at, e.id""")
                .param("ids", returnIds.toArray(Long[]::new)).param("all", measureIds == null)
                .param("measures", (measureIds == null ? List.<Long>of() : measureIds).toArray(Long[]::new))
                .query((rs, n) -> new FileIn(rs.getLong("return_id"), rs.getString("code"), new EvidenceFile(
                        rs.getLong("id"), rs.getLong("measure_id"), rs.getInt("quarter"), rs.getString("file_name"),
                        rs.getString("media_type"), rs.getInt("size_bytes"), rs.getString("sha256"),
                        rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant()))).list();
        Timestamp at = Timestamp.from(clock.instant());
        for (FileIn f : files) {
            jdbc.sql("""
                    insert into return_event (return_id, at, actor, kind, item, old_value, new_value, comment)
                    values (:r, :at, :by, :kind, :item, null, :file, :comment)""")
                    .param("r", f.returnId()).param("at", at).param("by", f.file().uploadedBy())
                    .param("kind", Evidence.ADDED).param("item", f.code()).param("file", f.file().described())
                    .param("comment", comment).update();
        }
    }

    private record FileIn(long returnId, String code, EvidenceFile file) {
    }
}
