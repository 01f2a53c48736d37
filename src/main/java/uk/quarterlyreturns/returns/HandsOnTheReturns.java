package uk.quarterlyreturns.returns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.cycle.ReportDuties;
import uk.quarterlyreturns.cycle.ReturnsWorkedOn;

/**
 * Who had a hand in a cycle's returns, from their trails: each person's strongest step in each return (signed off,
 * submitted, or prepared: any change of its content, as {@link ReturnTrail#workedOn} counts it), and who accepted it.
 */
@Component
class HandsOnTheReturns implements ReturnsWorkedOn {

    private final JdbcClient jdbc;

    HandsOnTheReturns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ReportDuties.Work> of(long cycleId) {
        record Hand(String actor, String did, String service) {
        }
        List<Hand> hands = ReturnTrail.handIn(jdbc.sql("""
                select e.actor, case when bool_or(e.kind = 'STATUS' and e.new_value = 'SIGNED_OFF') then 'signed off'
                    when bool_or(e.kind = 'STATUS' and e.new_value = 'SUBMITTED') then 'submitted'
                    else 'prepared' end as did, s.name
                from (select * from return_event where return_id in (select id from service_return where cycle_id = :c)
                    and """ + ReturnTrail.HAND_IN + """
                ) e join service_return r on r.id = e.return_id join service s on s.id = r.service_id
                group by e.actor, s.name
                union
                select e.actor, 'accepted', s.name from return_event e join service_return r on r.id = e.return_id
                join service s on s.id = r.service_id
                where r.cycle_id = :c and e.kind = 'STATUS' and e.new_value = 'ACCEPTED'
                order by 1, 2, 3""")).param("c", cycleId)
                .query((rs, n) -> new Hand(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        Map<List<String>, List<String>> services = new LinkedHashMap<>();
        hands.forEach(h -> services.computeIfAbsent(List.of(h.actor(), h.did()), k -> new ArrayList<>())
                .add(h.service()));
        return services.entrySet().stream().map(e -> new ReportDuties.Work(e.getKey().get(0),
                ReportDuties.onReturns(e.getKey().get(1), e.getValue()))).toList();
    }
}
