package uk.quarterlyreturns.report;

import java.util.List;

/**
 * The executive summary: how many actions and measures are on track, at risk, off track or missing,
 * and the Kent-style tables by directorate and by theme.
 *
 * @param counts           this quarter's counts of actions and measures together
 * @param shares           their percentages (largest remainder, adding to 100)
 * @param notDue           items not due this quarter, counted apart
 * @param noRag            items with no rating (no target, TBA), counted apart
 * @param introduction     "There are 24 actions and 46 measures included in the Q2 performance report."
 * @param sentence         "54% of all actions and measures are assessed as on track, with ..."
 * @param previousCounts   last quarter's counts, or null
 * @param previousShares   last quarter's percentages, or null
 * @param previousSentence "11% were judged 'at risk' in Quarter 1.", or null
 * @param commentary       the performance team's paragraphs
 * @param chartSvg         the RAG summary bar chart
 * @param fivePoint        the count of each status on the five-point scale, and the statuses apart
 */
public record ExecutiveSummary(SummaryCounts counts, Shares shares, int notDue, int noRag,
                               int measureCount, int actionCount, String introduction, String sentence,
                               SummaryCounts previousCounts, Shares previousShares,
                               String previousQuarterName, String previousSentence,
                               List<String> commentary, SummaryTable byDirectorate, SummaryTable byTheme,
                               String chartSvg, List<BreakdownRow> fivePoint) {

    public ExecutiveSummary {
        commentary = List.copyOf(commentary);
        fivePoint = List.copyOf(fivePoint);
    }

    /** All the actions and measures the breakdown counts: every item in the report. */
    public int fivePointTotal() {
        return fivePoint.stream().mapToInt(BreakdownRow::count).sum();
    }

    /** The Kent-style tables in print order: by directorate, then by theme. */
    public List<SummaryTable> tables() {
        return List.of(byDirectorate, byTheme);
    }
}
