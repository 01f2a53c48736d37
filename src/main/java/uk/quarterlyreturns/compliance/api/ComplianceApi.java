package uk.quarterlyreturns.compliance.api;

import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.quarterlyreturns.base.api.NotFoundException;
import uk.quarterlyreturns.compliance.ComplianceFigures;
import uk.quarterlyreturns.compliance.ComplianceService;
import uk.quarterlyreturns.compliance.CycleCompliance;
import uk.quarterlyreturns.compliance.ReturnCompliance;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;

/**
 * A quarter's compliance figures. They come from the same {@link ComplianceService} call as the compliance
 * view, so the numbers are the screen's by construction.
 */
@RestController
@PreAuthorize("hasAnyRole('PERFORMANCE_TEAM', 'ADMIN')")
class ComplianceApi {

    /**
     * The figures of one cycle, as the compliance screen's tiles show them: returns due, in (on time and late),
     * missing (not yet in) and how many of those are overdue, sent back, accepted, days to 95% in, and the share in
     * at three weeks after quarter end as the curve and the report print it (null until the figures reach that day).
     */
    record ComplianceJson(String year, int quarter, Instant quarterClose, Instant deadline, int due, int in,
            int inOnTime, int inLate, int missing, int overdue, int sentBack, int accepted, Integer daysTo95,
            Integer inAtThreeWeeksPct, List<ServiceJson> returns) {
    }

    /** One service's return as compliance sees it; chaseable: not in yet, or sent back and not resubmitted. */
    record ServiceJson(String service, String directorate, String director, String status, Instant firstSubmittedAt,
            boolean in, boolean onTime, boolean overdue, boolean chaseable, int remindersSent, int escalations,
            Instant lastChased) {

        static ServiceJson of(ReturnCompliance r) {
            return new ServiceJson(r.service(), r.directorate(), r.director(), r.status().name(), r.firstSubmittedAt(),
                    r.isIn(), r.onTime(), r.overdue(), r.chaseable(), r.remindersSent(), r.escalations(),
                    r.lastChased());
        }
    }

    private final ComplianceService compliance;
    private final CycleRepository cycles;
    private final YearRepository years;

    ComplianceApi(ComplianceService compliance, CycleRepository cycles, YearRepository years) {
        this.compliance = compliance;
        this.cycles = cycles;
        this.years = years;
    }

    @GetMapping("/api/years/{year}/quarters/{quarter}/compliance")
    ComplianceJson compliance(@PathVariable String year, @PathVariable int quarter) {
        ReportingYear.startOf(year);
        ReportingYear.requireQuarter(quarter);
        ReportingYear y = years.find(year)
                .orElseThrow(() -> new NotFoundException("There is no framework for " + year));
        Cycle cycle = cycles.find(y.id(), quarter).orElseThrow(() -> new NotFoundException(
                "No cycle has been opened for " + y.quarterName(quarter)));
        CycleCompliance c = compliance.forCycle(cycle.id());
        ComplianceFigures f = c.figures();
        return new ComplianceJson(y.label(), quarter, c.quarterClose(), c.deadline(), f.due(), f.in(), f.onTime(),
                f.late(), f.missing(), f.overdue(), f.sentBack(), f.accepted(), f.daysTo95(),
                f.inAtThreeWeeksPct(), c.returns().stream().map(ServiceJson::of).toList());
    }
}
