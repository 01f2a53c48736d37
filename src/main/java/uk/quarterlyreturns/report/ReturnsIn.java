package uk.quarterlyreturns.report;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.compliance.ComplianceService;
import uk.quarterlyreturns.compliance.CycleCompliance;
import uk.quarterlyreturns.compliance.ReturnCompliance;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.returns.Highlight;
import uk.quarterlyreturns.returns.HighlightReports;

/** What the report reads of the quarter's returns: which are in, and compliance's own figures about them. */
@Component
class ReturnsIn {

    /** Why a sent-back return's items are Missing, printed after "Missing: ". */
    static final String BEING_REWORKED = "sent back for rework, not yet submitted again";
    /** Why a draft prints a return's items as Missing while its agreed extension still runs, before the date. */
    static final String NOT_YET_DUE = "not yet due, its deadline extended to ";
    /** Why a highlight report asked for is not printed, after "Missing: ": its return is not in, or it is empty. */
    static final String HIGHLIGHT_NOT_IN = "asked for, but the service's return is not in";
    static final String HIGHLIGHT_NOT_GIVEN = "asked for, but the service's return gives none";

    /**
     * The cycle's returns as compliance counts them; the services whose return is not in, and of those, the ones
     * sent back for rework, and the ones whose agreed extension still runs (in a draft: not ones the service failed
     * to make).
     */
    record OfCycle(CycleCompliance returns, Set<Long> notIn, Set<Long> reworked, Map<Long, String> notYetDue) {

        /** Why a service's items print as Missing, when it is not simply that nothing came in; or null. */
        String missingReason(long serviceId) {
            return reworked.contains(serviceId) ? BEING_REWORKED : notYetDue.get(serviceId);
        }
    }

    private final ComplianceService compliance;
    private final CycleRepository cycles;

    ReturnsIn(ComplianceService compliance, CycleRepository cycles) {
        this.compliance = compliance;
        this.cycles = cycles;
    }

    OfCycle of(Cycle cycle) {
        CycleCompliance returns = compliance.forCycle(cycle.id());
        Set<Long> notIn = returns.returns().stream().filter(r -> !r.reported()).map(ReturnCompliance::serviceId)
                .collect(Collectors.toSet());
        Set<Long> reworked = returns.returns().stream().filter(r -> r.status().beingReworked())
                .map(ReturnCompliance::serviceId).collect(Collectors.toSet());
        Map<Long, String> notYetDue = returns.returns().stream().filter(r -> r.notYetDue(returns.until()))
                .collect(Collectors.toMap(ReturnCompliance::serviceId,
                        r -> NOT_YET_DUE + ReportDates.dateTime(r.extendedTo())));
        return new OfCycle(returns, notIn, reworked, notYetDue);
    }

    /**
     * The services whose return of an earlier quarter of the year was never submitted, or is being reworked; none
     * without its cycle.
     */
    Set<Long> earlierNotIn(ReportingYear year, int quarter) {
        return cycles.find(year.id(), quarter).map(c -> compliance.forCycle(c.id()).returns().stream()
                .filter(r -> !r.reported()).map(ReturnCompliance::serviceId).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    /** Compliance's own figures, so the report prints the numbers the compliance screen shows. */
    static ComplianceFacts facts(CycleCompliance c) {
        Integer atThreeWeeks = c.figures().inAtThreeWeeksPct();
        int chases = c.returns().stream().mapToInt(r -> r.remindersSent() + r.escalations()).sum();
        return new ComplianceFacts(c.due(), c.inOnTime(), c.inLate(), c.missing(), c.daysTo95(),
                c.returns().stream().map(r -> new ServiceCompliance(r.service(), r.director(), r.status().label(),
                        r.firstSubmittedAt(), r.onTime(), r.remindersSent(), r.escalations(), r.extendedTo())).toList(),
                c.deadline(), atThreeWeeks, chases, c.until(), c.figures().extended());
    }

    /**
     * A service's highlight report as the report prints it: what its return gave, once the return is in; otherwise,
     * or when it gave nothing, the words saying so, rather than empty headings.
     */
    static HighlightLine highlightLine(HighlightReports.ServiceHighlight h, ReturnCompliance r) {
        Highlight given = h.highlight();
        if (r != null && !r.reported()) {
            return new HighlightLine(h.service(), h.directorate(), null, null, null, "Missing: " + (r.status()
                    .beingReworked() ? BEING_REWORKED : HIGHLIGHT_NOT_IN));
        }
        return new HighlightLine(h.service(), h.directorate(), given.currentIssues(), given.improvements(),
                given.narrative(), given.isBlank() ? "Missing: " + HIGHLIGHT_NOT_GIVEN : null);
    }
}
