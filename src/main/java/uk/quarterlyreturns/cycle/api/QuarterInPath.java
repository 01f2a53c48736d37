package uk.quarterlyreturns.cycle.api;

import uk.quarterlyreturns.base.api.NotFoundException;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;

/** The cycle an API path names by year and quarter: .../years/{year}/quarters/{quarter}/... */
public final class QuarterInPath {

    private QuarterInPath() {
    }

    /** A year badly written is a 400 saying how to write it; a year or cycle not there a 404. */
    public static Cycle cycle(YearRepository years, CycleRepository cycles, String year, int quarter) {
        return cycle(cycles, year(years, year), quarter);
    }

    /** A year badly written is a 400 saying how to write it; a year with no framework a 404. */
    public static ReportingYear year(YearRepository years, String year) {
        ReportingYear.startOf(year);
        return years.find(year).orElseThrow(() -> new NotFoundException("There is no framework for " + year));
    }

    /** A quarter out of range is a 400; a cycle not opened a 404. */
    public static Cycle cycle(CycleRepository cycles, ReportingYear y, int quarter) {
        ReportingYear.requireQuarter(quarter);
        return cycles.find(y.id(), quarter).orElseThrow(
                () -> new NotFoundException("The " + y.quarterName(quarter) + " cycle has not been opened"));
    }
}
