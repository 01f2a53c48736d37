package uk.quarterlyreturns.compliance.api;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.quarterlyreturns.compliance.StoppedSteps;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.YearRepository;

/**
 * A cycle's stopped step tried again, as the compliance screen's "Try again": the performance team's only, and kept
 * with who asked. The steps, with their ids, are in the quarter's compliance answer (stoppedSteps).
 */
@RestController
@PreAuthorize("hasRole('PERFORMANCE_TEAM')")
class StoppedStepsApi {

    private final StoppedSteps stopped;
    private final YearRepository years;
    private final CycleRepository cycles;

    StoppedStepsApi(StoppedSteps stopped, YearRepository years, CycleRepository cycles) {
        this.stopped = stopped;
        this.years = years;
        this.cycles = cycles;
    }

    @PostMapping("/api/years/{year}/quarters/{quarter}/stopped-steps/{id}/try-again")
    @ApiResponse(responseCode = "404", description = "No such year, or no cycle opened for the quarter")
    @ApiResponse(responseCode = "409", description = "The step is not a stopped step of the quarter's cycle (any"
            + " more): someone tried it again, or the cycle moved on")
    ComplianceApi.StoppedStepJson tryAgain(@PathVariable String year, @PathVariable int quarter,
            @PathVariable String id, Authentication user) {
        Cycle cycle = QuarterCycle.of(years, cycles, year, quarter);
        return ComplianceApi.StoppedStepJson.of(stopped.tryAgain(cycle.id(), id, user.getName()));
    }
}
