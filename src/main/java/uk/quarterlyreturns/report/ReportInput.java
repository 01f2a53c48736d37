package uk.quarterlyreturns.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a quarter's corporate performance report is compiled from, as the application holds it
 * when the cycle reaches compilation. The compiler does no I/O: it only reads this.
 *
 * @param organisation     e.g. "Kirklees Council"
 * @param quarter          1 to 4 within the reporting year (Q1 is April to June)
 * @param yearDisplay      e.g. "2017/18"
 * @param period           e.g. "July to September 2017"
 * @param status           where the report is in its sign-off
 * @param approvedBy       who approved it (APPROVED only)
 * @param approvedOn       when it was approved (APPROVED only)
 * @param version          1 for the first publication, N+1 after a correction
 * @param changeNote       why this version replaces the last one, or null for version 1
 * @param historyYears     the three outturn years' headings, e.g. ["14/15", "15/16", "16/17"]
 * @param measures         every measure in the report, in framework order
 * @param actions          every key action in the report, in framework order
 * @param previousQuarter  last quarter's counts, for "11% were judged 'at risk' in Quarter 1"; null
 *                         when not known
 * @param compliance       how the returns came in
 * @param commentary       the performance team's own words for the executive summary, or null
 * @param cabinet          the cover report for Cabinet, or null when none was entered
 * @param compiledOn       the day it was compiled, on the application's clock, or null when not known
 * @param rules            the rating rules the framework uses, for the key; null when not known
 * @param highlights       the highlight reports of the services asked for one
 */
public record ReportInput(String organisation, int quarter, String yearDisplay, String period,
                          ReportStatus status, String approvedBy, LocalDate approvedOn, int version,
                          String changeNote, List<String> historyYears, List<MeasureLine> measures,
                          List<ActionLine> actions, SummaryCounts previousQuarter,
                          ComplianceFacts compliance, String commentary, CabinetCover cabinet,
                          LocalDate compiledOn, RatingRules rules, List<HighlightLine> highlights) {

    /** A report with no cover report, compile date or stated rules. */
    public ReportInput(String organisation, int quarter, String yearDisplay, String period, ReportStatus status,
            String approvedBy, LocalDate approvedOn, int version, String changeNote, List<String> historyYears,
            List<MeasureLine> measures, List<ActionLine> actions, SummaryCounts previousQuarter,
            ComplianceFacts compliance, String commentary) {
        this(organisation, quarter, yearDisplay, period, status, approvedBy, approvedOn, version, changeNote,
                historyYears, measures, actions, previousQuarter, compliance, commentary, null, null, null, null);
    }

    public ReportInput {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("A quarter is 1 to 4; got " + quarter);
        }
        historyYears = historyYears == null ? List.of() : List.copyOf(historyYears);
        measures = measures == null ? List.of() : List.copyOf(measures);
        actions = actions == null ? List.of() : List.copyOf(actions);
        cabinet = cabinet == null ? CabinetCover.EMPTY : cabinet;
        highlights = highlights == null ? List.of() : List.copyOf(highlights);
    }

    /** The same report at another stage of its sign-off. */
    public ReportInput withStatus(ReportStatus newStatus, String by, LocalDate on) {
        return new ReportInput(organisation, quarter, yearDisplay, period, newStatus, by, on, version, changeNote,
                historyYears, measures, actions, previousQuarter, compliance, commentary, cabinet, compiledOn, rules,
                highlights);
    }

    /** The report's title as Cabinet papers print it: "Quarter (2) Corporate Performance Report 2017/18". */
    public String title() {
        return "Quarter (" + quarter + ") Corporate Performance Report " + yearDisplay;
    }
}
