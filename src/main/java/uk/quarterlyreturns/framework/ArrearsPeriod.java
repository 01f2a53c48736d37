package uk.quarterlyreturns.framework;

import java.time.LocalDate;
import java.util.Optional;
import uk.quarterlyreturns.framework.io.FrameworkRow;

/**
 * The quarter a figure reported a quarter in arrears covers: the one before the quarter whose return gives it, so
 * that Q1's return gives the previous year's Q4 (January to March). The figure is stored, rated and compared as the
 * reported quarter's; only the words that show it say which quarter it is for.
 *
 * @param yearStart the first day of the reporting year the covered quarter belongs to
 * @param quarter   the covered quarter, 1 to 4
 */
public record ArrearsPeriod(LocalDate yearStart, int quarter, boolean lastYear) {

    private static final String[] MONTHS = {"Apr-Jun", "Jul-Sep", "Oct-Dec", "Jan-Mar"};

    /** The quarter before {@code reportedQuarter} of the year starting on {@code reportedYearStart}. */
    public static ArrearsPeriod before(LocalDate reportedYearStart, int reportedQuarter) {
        ReportingYear.requireQuarter(reportedQuarter);
        return reportedQuarter == 1 ? new ArrearsPeriod(reportedYearStart.minusYears(1), 4, true)
                : new ArrearsPeriod(reportedYearStart, reportedQuarter - 1, false);
    }

    /** As {@link #before(LocalDate, int)}, for a reporting year. */
    public static ArrearsPeriod before(ReportingYear year, int reportedQuarter) {
        return before(year.startsOn(), reportedQuarter);
    }

    /** The period a measure's figure in the quarter's return covers, when the measure is reported in arrears. */
    public static Optional<ArrearsPeriod> of(FrameworkRow measure, LocalDate reportedYearStart, int reportedQuarter) {
        return measure.inArrears() ? Optional.of(before(reportedYearStart, reportedQuarter)) : Optional.empty();
    }

    /** The quarter a measure's figure in the quarter's return covers: the quarter itself, or in arrears the one before. */
    public static ArrearsPeriod covered(FrameworkRow measure, LocalDate reportedYearStart, int reportedQuarter) {
        return of(measure, reportedYearStart, reportedQuarter).orElseGet(() -> new ArrearsPeriod(reportedYearStart,
                ReportingYear.requireQuarter(reportedQuarter), false));
    }

    /**
     * " (for Q1 (Apr-Jun 2026), reported a quarter in arrears)": said after a figure named by the quarter whose return
     * gave it ("Q2 value", "Q1 figure"); empty for a measure not in arrears.
     */
    public static String after(FrameworkRow measure, LocalDate reportedYearStart, int reportedQuarter) {
        return of(measure, reportedYearStart, reportedQuarter)
                .map(p -> " (for " + p.words() + ", reported a quarter in arrears)").orElse("");
    }

    /** The reporting year of the covered quarter, written like 2026-27. */
    public String yearLabel() {
        return ReportingYear.labelOf(yearStart.getYear());
    }

    /** "Apr-Jun 2026": the months and calendar year the figure covers. */
    public String months() {
        return MONTHS[quarter - 1] + " " + yearStart.plusMonths(3L * (quarter - 1)).getYear();
    }

    /** "Q1 (Apr-Jun 2026)", or "Q4 2025/26 (Jan-Mar 2026)" when the quarter is last year's. */
    public String words() {
        return "Q" + quarter + (lastYear ? " " + yearLabel().replace('-', '/') : "")
                + " (" + months() + ")";
    }

    /**
     * "for Q1", or "for last year's Q4": the few words beside a figure in arrears where the year goes without saying
     * (the quality check's grid).
     */
    public static String shortWords(int reportedQuarter) {
        return reportedQuarter == 1 ? "for last year's Q4" : "for Q" + (ReportingYear.requireQuarter(reportedQuarter) - 1);
    }

    /** The words a form or check shows beside the figure: "Figure for Q1 (Apr-Jun 2026), reported ...". */
    public String figureFor() {
        return "Figure for " + words() + ", reported a quarter in arrears";
    }
}
