package uk.quarterlyreturns.compliance.api;

import uk.quarterlyreturns.base.api.NotFoundException;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;

/** The quarter's cycle a call that acts on it names. */
final class QuarterCycle {

    private QuarterCycle() {
    }

    /**
     * @throws IllegalArgumentException a year or quarter that is not one (400)
     * @throws NotFoundException no framework for the year, or no cycle opened for the quarter (404)
     */
    static Cycle of(YearRepository years, CycleRepository cycles, String year, int quarter) {
        ReportingYear.startOf(year);
        ReportingYear.requireQuarter(quarter);
        ReportingYear y = years.find(year).orElseThrow(() -> new NotFoundException("There is no framework for " + year));
        return cycles.find(y.id(), quarter)
                .orElseThrow(() -> new NotFoundException("No cycle has been opened for " + y.quarterName(quarter)));
    }
}
