package uk.quarterlyreturns.compliance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.CycleStatus;
import uk.quarterlyreturns.framework.ContinuedDirectorates;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.returns.ChaseCounts;
import uk.quarterlyreturns.returns.DeadlineExtension;
import uk.quarterlyreturns.returns.DirectorsWhenDue;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.returns.TaskClaims;

/** Compliance of a cycle's returns, as the compliance view and the report's statement show it. */
@Service
public class ComplianceService {

    private final JdbcClient jdbc;
    private final CycleRepository cycles;
    private final YearRepository years;
    private final ChaseCounts chaseCounts;
    private final ContinuedDirectorates continuations;
    private final Clock clock;

    ComplianceService(JdbcClient jdbc, CycleRepository cycles, YearRepository years, ChaseCounts chaseCounts,
            ContinuedDirectorates continuations, Clock clock) {
        this.jdbc = jdbc;
        this.continuations = continuations;
        this.cycles = cycles;
        this.years = years;
        this.chaseCounts = chaseCounts;
        this.clock = clock;
    }

    /** The whole organisation's compliance in a cycle. */
    public CycleCompliance forCycle(long cycleId) {
        return forCycle(cycleId, null);
    }

    /**
     * One directorate's compliance in a cycle (null: the whole organisation): every figure over its returns, with
     * those of a directorate that was renamed into it (its strategic directors answer for them).
     */
    public CycleCompliance forCycle(long cycleId, Long directorateId) {
        Cycle cycle = cycles.find(cycleId).orElseThrow();
        ReportingYear year = years.find(cycle.yearId()).orElseThrow();
        Instant close = year.quarterClose(cycle.quarter()).toInstant();
        Instant now = clock.instant();
        Map<Long, ChaseCounts.Counts> chased = chaseCounts.forCycle(cycleId);
        // a strategic director's directorate with any renamed into it (-1: none, when the whole organisation is asked)
        var directorates = directorateId == null ? List.of(-1L) : continuations.answeredFor(directorateId,
                cycle.yearId());
        List<ReturnCompliance> rows = jdbc.sql("""
                select r.id, r.service_id, coalesce(p.name, s.name) as service, d.name as directorate, r.status,
                    r.first_submitted_at, r.extended_to, r.extension_reason,
                    %s as director,
                    (select max(at) from return_event e where e.return_id = r.id and e.kind not in (:holding))
                        as last_activity
                from service_return r join service s on s.id = r.service_id join cycle cy on cy.id = r.cycle_id
                    left join service_placement p on p.year_id = cy.year_id and p.service_id = r.service_id
                    join directorate d on d.id = coalesce(p.directorate_id, s.directorate_id)
                where r.cycle_id = :c and (:all or d.id in (:ds))
                order by d.name, coalesce(p.name, s.name)
                """.formatted(DirectorsWhenDue.DIRECTORS_NOW)).param("c", cycleId).param("all", directorateId == null)
                // a step claimed, released or taken over is no work done: a return claimed and left untouched
                // would otherwise look busy to whoever decides whom to chase
                // nor is an extension the performance team agreed
                .param("holding", Stream.concat(TaskClaims.HOLDING.stream(), Stream.of(DeadlineExtension.TRAIL_KIND))
                        .toList())
                .param("ds", directorates).query((rs, n) -> {
                    Instant first = instant(rs.getTimestamp("first_submitted_at"));
                    ReturnStatus status = ReturnStatus.valueOf(rs.getString("status"));
                    ChaseCounts.Counts counts = chased.getOrDefault(rs.getLong("id"), ChaseCounts.Counts.NONE);
                    Instant extendedTo = instant(rs.getTimestamp("extended_to"));
                    Instant deadline = ServiceReturn.deadline(extendedTo, cycle.submissionDeadline());
                    // the days the page's words count ("closes tomorrow"): a midnight deadline closes the day before
                    long days = LondonTime.daysUntil(now.atZone(LondonTime.ZONE), deadline.atZone(LondonTime.ZONE));
                    return new ReturnCompliance(rs.getLong("id"), rs.getLong("service_id"), rs.getString("service"),
                            rs.getString("directorate"), rs.getString("director"), status, first,
                            ComplianceFigures.onTime(first, deadline),
                            ComplianceFigures.overdue(first, status, deadline, now),
                            now.isAfter(deadline), days,
                            counts.reminders(), counts.escalations(),
                            counts.lastChased(), instant(rs.getTimestamp("last_activity")), extendedTo,
                            rs.getString("extension_reason"));
                }).list();
        // a return withdrawn with nothing due is owed no more: named apart, and in no figure
        Map<Boolean, List<ReturnCompliance>> withdrawn = rows.stream()
                .collect(Collectors.partitioningBy(r -> r.status() == ReturnStatus.WITHDRAWN));
        List<ReturnCompliance> owed = withdrawn.get(false);
        Instant until = until(cycle, owed, now);
        return new CycleCompliance(cycleId, close, cycle.submissionDeadline(), cycle.compilationDate(), until, owed,
                ComplianceFigures.of(close, cycle.submissionDeadline(), until, owed),
                withdrawn.get(true).stream().map(ReturnCompliance::service).toList());
    }

    /**
     * Now while the cycle collects returns; once its report is compiled, the cycle's close: its compilation
     * date, or the last return's first submission when that came later.
     */
    static Instant until(Cycle cycle, List<ReturnCompliance> rows, Instant now) {
        if (cycle.status() == CycleStatus.OPEN) {
            return now;
        }
        Instant close = cycle.compilationDate();
        for (ReturnCompliance r : rows) {
            if (r.firstSubmittedAt() != null && r.firstSubmittedAt().isAfter(close)) {
                close = r.firstSubmittedAt();
            }
        }
        return close.isAfter(now) ? now : close;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
