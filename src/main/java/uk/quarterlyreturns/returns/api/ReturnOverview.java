package uk.quarterlyreturns.returns.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.returns.ChaseCounts;
import uk.quarterlyreturns.returns.Countersignature;
import uk.quarterlyreturns.returns.Countersigning;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ServiceReturn;

/**
 * Reads a cycle's returns and the chases recorded against them: reminders and chases by hand, the overdue
 * notice and the escalations; not the other mails about a return. They are counted as {@link ChaseCounts} says.
 */
@Component
class ReturnOverview {

    private final ReturnRepository returns;
    private final ChaseCounts chaseCounts;
    private final JdbcClient jdbc;
    private final Countersigning countersigning;
    private final Clock clock;

    ReturnOverview(ReturnRepository returns, ChaseCounts chaseCounts, Countersigning countersigning, JdbcClient jdbc,
            Clock clock) {
        this.countersigning = countersigning;
        this.returns = returns;
        this.chaseCounts = chaseCounts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<ReturnJson> forCycle(Cycle cycle) {
        Map<Long, List<ReturnJson.Chase>> chases = jdbc.sql("""
                select c.return_id, c.step, c.kind, c.sent_at, c.sent_by, c.recipient
                from chase c join service_return r on r.id = c.return_id
                where r.cycle_id = :c and c.kind in (:kinds)
                order by c.sent_at, c.id""")
                .param("c", cycle.id()).param("kinds", Stream.concat(ChaseCounts.REMINDERS.stream(),
                        ChaseCounts.ESCALATIONS.stream()).map(Enum::name).toList())
                .query((rs, n) -> Map.entry(rs.getLong("return_id"), new ReturnJson.Chase(rs.getString("step"),
                        rs.getString("kind"), rs.getTimestamp("sent_at").toInstant(), rs.getString("sent_by"),
                        rs.getString("recipient"))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<Long, ChaseCounts.Counts> counts = chaseCounts.forCycle(cycle.id());
        Map<Long, Countersignature> countersigned = countersigning.standingInCycle(cycle.id());
        Instant now = clock.instant();
        return returns.forCycle(cycle.id()).stream()
                .map(r -> json(r, cycle.submissionDeadline(), now, chases.getOrDefault(r.id(), List.of()),
                        counts.getOrDefault(r.id(), ChaseCounts.Counts.NONE), countersigned.get(r.id()))).toList();
    }

    private static ReturnJson json(ServiceReturn r, Instant deadline, Instant now, List<ReturnJson.Chase> chases,
            ChaseCounts.Counts counts, Countersignature countersigned) {
        String submission = r.firstSubmittedAt() == null ? "NOT_IN"
                : r.firstSubmittedAt().isAfter(deadline) ? "LATE" : "ON_TIME";
        boolean overdue = r.firstSubmittedAt() == null && now.isAfter(deadline);
        return new ReturnJson(r.id(), r.serviceName(), r.directorateName(), r.status().name(), r.status().label(),
                submission, overdue, r.firstSubmittedAt(), r.submittedAt(), r.submittedBy(), r.signedOffAt(),
                r.signedOffBy(), r.acceptedAt(), r.acceptedBy(), counts.reminders(), counts.escalations(),
                counts.lastChased(), chases, countersigned == null ? null : countersigned.by(),
                countersigned == null ? null : countersigned.at(), countersigned == null ? null : countersigned.comment());
    }
}
