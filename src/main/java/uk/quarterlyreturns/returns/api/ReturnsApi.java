package uk.quarterlyreturns.returns.api;

import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.quarterlyreturns.base.api.MediaTypes;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.api.QuarterInPath;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.returns.ReturnTrail;
import uk.quarterlyreturns.returns.TrailTable;

/**
 * Every service's return in a quarter's cycle, with its timeliness and how it was chased; and every return's history
 * in one file, as each return's page exports its own, for an auditor.
 */
@RestController
@PreAuthorize("hasAnyRole('PERFORMANCE_TEAM', 'ADMIN')")
class ReturnsApi {

    private final ReturnOverview overview;
    private final CycleRepository cycles;
    private final YearRepository years;
    private final ReturnTrail trail;

    ReturnsApi(ReturnOverview overview, CycleRepository cycles, YearRepository years, ReturnTrail trail) {
        this.overview = overview;
        this.cycles = cycles;
        this.years = years;
        this.trail = trail;
    }

    @GetMapping("/api/years/{year}/quarters/{quarter}/returns")
    List<ReturnJson> returns(@PathVariable String year, @PathVariable int quarter) {
        return overview.forCycle(cycle(year, quarter));
    }

    @GetMapping(value = "/api/years/{year}/quarters/{quarter}/returns/history", produces = MediaTypes.CSV)
    ResponseEntity<byte[]> history(@PathVariable String year, @PathVariable int quarter) {
        Cycle cycle = cycle(year, quarter);
        byte[] csv = TrailTable.quarterCsv(trail.forCycle(cycle.id()));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(MediaTypes.CSV + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + TrailTable.quarterFileName(cycle)
                        + ".csv\"")
                .body(csv);
    }

    private Cycle cycle(String year, int quarter) {
        return QuarterInPath.cycle(years, cycles, year, quarter);
    }
}
