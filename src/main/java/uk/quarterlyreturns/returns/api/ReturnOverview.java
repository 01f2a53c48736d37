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
import uk.quarterlyreturns.returns.ReturnTrail;
import uk.quarterlyreturns.returns.ServiceReturn;

/**
 * Reads a cycle's returns and the chases recorded against them: reminders and chases by hand, the overdue
 * notice and the escalations; not the other mails about a return. They are counted as {@link ChaseCounts} says.
 */
@Component
class ReturnOverview {

    private static final ReturnJson.Steps NO_STEPS = new ReturnJson.Steps(null, null, null, null, null, null);

    private final ReturnRepository returns;
    private final ChaseCounts chaseCounts;
    private final JdbcClient jdbc;
    private final Countersigning countersigning;
    private final ReturnTrail trail;
    private final Clock clock;

    ReturnOverview(ReturnRepository returns, ChaseCounts chaseCounts, Countersigning countersigning, JdbcClient jdbc,
            ReturnTrail trail, Clock clock) {
        this.trail = trail;
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
                where r.cycle_id = :c and c.kind in (:kinds) and %s
                order by c.sent_at, c.id""".formatted(ChaseCounts.sent("c")))
                .param("c", cycle.id()).param("kinds", Stream.concat(ChaseCounts.REMINDERS.stream(),
                        ChaseCounts.ESCALATIONS.stream()).map(Enum::name).toList())
                .query((rs, n) -> Map.entry(rs.getLong("return_id"), new ReturnJson.Chase(rs.getString("step"),
                        rs.getString("kind"), rs.getTimestamp("sent_at").toInstant(), rs.getString("sent_by"),
                        rs.getString("recipient"))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<Long, ChaseCounts.Counts> counts = chaseCounts.forCycle(cycle.id());
        Map<Long, Countersignature> countersigned = countersigning.standingInCycle(cycle.id());
        Map<Long, Integer> submissions = trail.submissionsInCycle(cycle.id());
        Instant now = clock.instant();
        return returns.forCycle(cycle.id()).stream()
                .map(r -> json(r, r.deadline(cycle.submissionDeadline()), now, submissions.getOrDefault(r.id(), 0),
                        chases.getOrDefault(r.id(), List.of()), counts.getOrDefault(r.id(), ChaseCounts.Counts.NONE),
                        countersigned.get(r.id()))).toList();
    }

    private static ReturnJson json(ServiceReturn r, Instant deadline, Instant now, int submissions,
            List<ReturnJson.Chase> chases, ChaseCounts.Counts counts, Countersignature countersigned) {
        String submission = r.firstSubmittedAt() == null ? "NOT_IN"
                : ServiceReturn.onTime(r.firstSubmittedAt(), deadline) ? "ON_TIME" : "LATE";
        boolean overdue = ServiceReturn.overdue(r.firstSubmittedAt(), r.status(), deadline, now);
        // while the return is with the service it is preparing the version after its latest submission
        int version = r.submittedThisVersion() ? Math.max(submissions, 1) : submissions + 1;
        ReturnJson.Steps current = steps(r, true);
        ReturnJson.Steps earlier = steps(r, false);
        return new ReturnJson(r.id(), r.serviceName(), r.directorateName(), r.status().name(), r.status().label(),
                submission, overdue, r.firstSubmittedAt(), version, current.submittedAt(),
                current.submittedBy(), current.signedOffAt(), current.signedOffBy(), current.acceptedAt(),
                current.acceptedBy(), earlier.equals(NO_STEPS) ? null : earlier, counts.reminders(), counts.escalations(), counts.lastChased(),
                chases, countersigned == null ? null : countersigned.by(),
                countersigned == null ? null : countersigned.at(), countersigned == null ? null : countersigned.comment(),
                deadline, r.extendedTo(), r.extensionReason());
    }

    /** The return's steps of its current version, or those the return's page marks "(an earlier version)". */
    private static ReturnJson.Steps steps(ServiceReturn r, boolean current) {
        boolean submitted = r.submittedThisVersion() == current;
        boolean signedOff = r.signedOffThisVersion() == current;
        boolean accepted = r.acceptedThisVersion() == current;
        return new ReturnJson.Steps(submitted ? r.submittedAt() : null, submitted ? r.submittedBy() : null,
                signedOff ? r.signedOffAt() : null, signedOff ? r.signedOffBy() : null,
                accepted ? r.acceptedAt() : null, accepted ? r.acceptedBy() : null);
    }
}
