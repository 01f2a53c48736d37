package uk.quarterlyreturns.returns;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.framework.KeyAction;
import uk.quarterlyreturns.framework.ReportedUntil;

/**
 * What a return asks for: the service's measures due that quarter and its key actions reported in it, and how many
 * are empty (a measure with neither a figure nor "not available" with its reason, a key action without a status).
 */
@Component
public class ReturnContents {

    public record Counts(int measuresDue, int actionsDue, int outstanding) {
    }

    /** Its key actions reported in the return's quarter: not one added since that quarter's report was published. */
    private static final String ACTION_REPORTED = KeyAction.reportedInSql("a", "r.quarter");

    private final JdbcClient jdbc;

    ReturnContents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Counts counts(long returnId) {
        return jdbc.sql("""
                with r as (select r.service_id, c.year_id, c.quarter from service_return r
                           join cycle c on c.id = r.cycle_id where r.id = :id),
                due as (select m.id from measure m, r where m.service_id = r.service_id and m.year_id = r.year_id
                        and (m.frequency = 'QUARTERLY' or m.due_quarter = r.quarter) and %s),
                actions as (select a.id from key_action a, r where a.service_id = r.service_id
                            and a.year_id = r.year_id and %s)
                select (select count(*) from due) as measures,
                       (select count(*) from actions) as actions,
                       (select count(*) from due where not exists (select 1 from measure_value v, r
                            where v.measure_id = due.id and v.quarter = r.quarter
                            and (v.value is not null or trim(v.not_available_reason) <> '')))
                     + (select count(*) from actions where not exists (select 1 from key_action_status s, r
                            where s.action_id = actions.id and s.quarter = r.quarter and s.status is not null))
                       as outstanding
                """.formatted(ReportedUntil.reportedInSql("m", "r.quarter"), ACTION_REPORTED))
                .param("id", returnId)
                .query((rs, n) -> new Counts(rs.getInt("measures"), rs.getInt("actions"), rs.getInt("outstanding")))
                .single();
    }

    /**
     * The items {@link Counts#outstanding()} counts, each as its code and title ("HF-1 Percentage of repairs completed
     * on time"): the measures in the framework's order, then the key actions; so a reminder can say what is missing.
     */
    public List<String> emptyItems(long returnId) {
        return jdbc.sql("""
                with r as (select r.service_id, c.year_id, c.quarter from service_return r
                           join cycle c on c.id = r.cycle_id where r.id = :id)
                select m.code || ' ' || m.title as item, 0 as kind, m.row_order, m.code from measure m, r
                 where m.service_id = r.service_id and m.year_id = r.year_id
                   and (m.frequency = 'QUARTERLY' or m.due_quarter = r.quarter) and %s
                   and not exists (select 1 from measure_value v where v.measure_id = m.id and v.quarter = r.quarter
                                   and (v.value is not null or trim(v.not_available_reason) <> ''))
                union all
                select a.code || ' ' || a.title, 1, a.row_order, a.code from key_action a, r
                 where a.service_id = r.service_id and a.year_id = r.year_id and %s
                   and not exists (select 1 from key_action_status s where s.action_id = a.id
                                   and s.quarter = r.quarter and s.status is not null)
                order by 2, 3, 4
                """.formatted(ReportedUntil.reportedInSql("m", "r.quarter"), ACTION_REPORTED))
                .param("id", returnId).query((rs, n) -> rs.getString("item")).list();
    }
}
