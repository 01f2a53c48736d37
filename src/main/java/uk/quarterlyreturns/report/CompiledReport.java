package uk.quarterlyreturns.report;

import java.util.List;

/**
 * A quarter's corporate performance report with every figure, word and chart worked out, so that the
 * HTML, PDF and spreadsheet renderers only lay it out.
 *
 * @param historyYears     headings of the three outturn columns, e.g. ["14/15", "15/16", "16/17"]
 * @param quarterHeadings  "Q1" to "Q4"
 * @param themes           in the order themes first appear among the measures, then the actions
 * @param activity         the appendix: measures with an expected range
 * @param key              the key to ratings
 * @param highlights       services' highlight reports, printed after the themes
 * @param targetChanges    "Changes to targets during the year": empty when none moved (or in a report compiled before
 *                         they were kept)
 */
public record CompiledReport(Cover cover, ExecutiveSummary summary, ComplianceStatement compliance,
                             List<ThemeSection> themes, List<ActivityRow> activity,
                             List<String> historyYears, List<String> quarterHeadings, int quarter,
                             RatingKey key, List<HighlightLine> highlights,
                             List<TargetChangeRow> targetChanges) {

    public CompiledReport {
        themes = List.copyOf(themes);
        activity = List.copyOf(activity);
        historyYears = List.copyOf(historyYears);
        quarterHeadings = List.copyOf(quarterHeadings);
        highlights = List.copyOf(highlights);
        targetChanges = targetChanges == null ? List.of() : List.copyOf(targetChanges);
    }

    /** The same report under another front page, as publication prints it: who approved it, and when. */
    public CompiledReport withCover(Cover newCover) {
        return new CompiledReport(newCover, summary, compliance, themes, activity, historyYears, quarterHeadings,
                quarter, key, highlights, targetChanges);
    }
}
