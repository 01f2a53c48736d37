package uk.quarterlyreturns.framework;

import java.time.LocalDate;

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

    /** "Apr-Jun 2026": the months and calendar year the figure covers. */
    public String months() {
        return MONTHS[quarter - 1] + " " + yearStart.plusMonths(3L * (quarter - 1)).getYear();
    }

    /** "Q1 (Apr-Jun 2026)", or "Q4 2025/26 (Jan-Mar 2026)" when the quarter is last year's. */
    public String words() {
        return "Q" + quarter + (lastYear ? " " + ReportingYear.labelOf(yearStart.getYear()).replace('-', '/') : "")
                + " (" + months() + ")";
    }

    /** The words a form or check shows beside the figure: "Figure for Q1 (Apr-Jun 2026), reported ...". */
    public String figureFor() {
        return "Figure for " + words() + ", reported a quarter in arrears";
    }
}
