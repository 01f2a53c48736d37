package uk.quarterlyreturns.returns.api;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.quarterlyreturns.base.api.NotFoundException;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;

/** Every service's return in a quarter's cycle, with its timeliness and how it was chased. */
@RestController
@PreAuthorize("hasAnyRole('PERFORMANCE_TEAM', 'ADMIN')")
class ReturnsApi {

    private final ReturnOverview overview;
    private final CycleRepository cycles;
    private final YearRepository years;

    ReturnsApi(ReturnOverview overview, CycleRepository cycles, YearRepository years) {
        this.overview = overview;
        this.cycles = cycles;
        this.years = years;
    }

    @GetMapping("/api/years/{year}/quarters/{quarter}/returns")
    List<ReturnJson> returns(@PathVariable String year, @PathVariable int quarter) {
        ReportingYear.startOf(year);
        ReportingYear y = years.find(year).orElseThrow(() -> new NotFoundException("There is no framework for " + year));
        ReportingYear.requireQuarter(quarter);
        Cycle cycle = cycles.find(y.id(), quarter).orElseThrow(
                () -> new NotFoundException("The " + y.quarterName(quarter) + " cycle has not been opened"));
        return overview.forCycle(cycle);
    }
}
